/** Exits that are not failures of one input: Ctrl-C, and commands that already reported their problems. */

/** Exit code after Ctrl-C (128 + SIGINT), as shells expect; SIGTERM gives 143 (128 + 15). */
export const EXIT_INTERRUPTED = 130;
const EXIT_BY_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** A run stopped by Ctrl-C or SIGTERM (Slurm pre-emption, Kubernetes eviction): the CLI prints the message and exits 128 + signal. */
export class CliInterrupted extends Error {
  override readonly name = 'CliInterrupted';
  readonly exitCode: number;
  constructor(message: string, signal: string) {
    super(message);
    this.exitCode = EXIT_BY_SIGNAL[signal] ?? EXIT_INTERRUPTED;
  }
}

/** The command already printed what went wrong (e.g. `validate` of several files); exit with `code`, print nothing more. */
export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
