/** A sweep cannot write where it was asked to (existing output, foreign journal, unknown extension): bad input, exit 2. */
export class SweepFileError extends Error {
  override readonly name = 'SweepFileError';
}
