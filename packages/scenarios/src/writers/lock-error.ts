/**
 * The error a second writer on the same `--out` gets (lock.ts). Its own module so that
 * the CLI's error reporter (cli/report-error.ts, loaded by every command) can recognise
 * it without loading the lock itself and `node:os` (start-up: docs/performance.md, "CLI start-up").
 */
export class SweepLockedError extends Error {
  override readonly name = 'SweepLockedError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
