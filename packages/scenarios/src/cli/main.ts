/** Entry of the `lumbo` CLI (booted by bin/lumbo.mjs): parse, run, report; returns the exit code. */
import { endQuietlyOnClosedPipe, processIo, EXIT_OK, type CliIo } from './io.ts';
import { createProgram } from './program.ts';
import { reportError } from './report-error.ts';

export async function main(args: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedPipe(process.stdout);
  try {
    await (await createProgram(io, args)).parseAsync([...args], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}
