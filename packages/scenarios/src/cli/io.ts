/** Where the CLI writes. main() uses the process streams; tests may capture. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The part of a writable stream endQuietlyOnClosedPipe needs (structural: the published types do not need @types/node). */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
}

/**
 * A reader that stops early (`lumbo run … | head`) closes the pipe, and the
 * next write fails with EPIPE as an 'error' event on the stream; unhandled,
 * Node prints a stack trace. The output was not wanted any more, so the
 * command ends quietly with the exit code it had so far, as Unix tools do
 * when a pipe closes under them. Any other stream error still throws.
 */
export function endQuietlyOnClosedPipe(stream: ErrorEmitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK);
  });
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/**
 * Exit codes (the table is in docs/sweeps.md, "Exit codes"): 0 ok, 1 internal
 * failure, 2 bad input (usage, parameter, task or file errors), 3 a file could
 * not be read or written (disk full, permission denied, a directory…), 4 the
 * output is locked by another run, 5 sweep parts that cannot be merged;
 * 130/143 after SIGINT/SIGTERM (interrupted.ts).
 */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_IO = 3;
export const EXIT_LOCKED = 4;
export const EXIT_NOT_MERGEABLE = 5;
