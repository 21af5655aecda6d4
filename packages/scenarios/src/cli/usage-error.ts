/**
 * Bad input on the command line. The message is one line that names the
 * option or field, what is allowed and what was received; the CLI prints it
 * without a stack trace and exits with code 2.
 */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
