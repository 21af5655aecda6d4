/**
 * Every failure becomes one line on stderr and an exit code, never a stack
 * trace: bad input exits 2, anything unexpected exits 1 (LUMBO_DEBUG=1 adds
 * the stack for developers).
 */
import { CommanderError } from 'commander';
import { ModelParamsError, TaskError } from '@lumbo/model';
import { EXIT_FAILURE, EXIT_IO, EXIT_LOCKED, EXIT_NOT_MERGEABLE, EXIT_OK, EXIT_USAGE, type CliIo } from './io.ts';
import { ScenarioFileError } from '../scenario/errors.ts';
import { SweepRowError } from '../sweep/sweep-row-error.ts';
import { SweepFileError } from '../writers/sweep-file-error.ts';
import { causeText, errnoCode, SweepIoError } from '../writers/io-error.ts';
import { SweepLockedError } from '../writers/lock-error.ts';
import { PartsError } from '../merge/parts-error.ts';
import { CliExit, CliInterrupted } from './interrupted.ts';
import { CliUsageError } from './usage-error.ts';

/** Errors whose message is the whole story for the user: bad input, exit 2. */
export function isBadInput(error: unknown): error is Error {
  return (
    error instanceof CliUsageError ||
    error instanceof ModelParamsError ||
    error instanceof TaskError ||
    error instanceof ScenarioFileError ||
    error instanceof SweepFileError ||
    (error instanceof SweepRowError && error.badInput)
  );
}

function oneLine(text: string): string {
  return text.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim();
}

export function reportError(error: unknown, io: CliIo, env: NodeJS.ProcessEnv = process.env): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT_OK; // --help, --version
    // commander already printed the help text itself (e.g. `lumbo` with no command)
    if (error.code !== 'commander.help') io.err(`lumbo: ${oneLine(error.message)} (see --help)\n`);
    return EXIT_USAGE;
  }
  if (error instanceof CliExit) return error.code;
  if (error instanceof CliInterrupted) {
    io.err(`lumbo: ${error.message}\n`);
    return error.exitCode;
  }
  if (isBadInput(error)) {
    io.err(`lumbo: ${oneLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof SweepIoError) {
    io.err(`lumbo: ${oneLine(error.message)}\n`);
    return EXIT_IO;
  }
  if (error instanceof SweepLockedError) {
    io.err(`lumbo: ${oneLine(error.message)}\n`);
    return EXIT_LOCKED;
  }
  if (error instanceof PartsError) {
    io.err(`lumbo: ${oneLine(error.message)}\n`);
    return EXIT_NOT_MERGEABLE;
  }
  // a file-system failure the writers did not wrap still names its path and cause, as an I/O failure
  const code = errnoCode(error);
  if (code && typeof (error as NodeJS.ErrnoException).syscall === 'string') {
    const e = error as NodeJS.ErrnoException;
    io.err(`lumbo: cannot ${e.syscall}${e.path ? ` ${e.path}` : ''}: ${causeText(code, e.message)} (${code})\n`);
    return EXIT_IO;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`lumbo: internal error: ${oneLine(message)}${env.LUMBO_DEBUG ? '' : ' (LUMBO_DEBUG=1 shows the stack trace)'}\n`);
  if (env.LUMBO_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return EXIT_FAILURE;
}
