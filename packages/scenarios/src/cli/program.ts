/** The `lumbo` commander program: one registered command per file in this folder. */
import { Command } from 'commander';
import type { CliIo } from './io.ts';
import { registerParamsCommand } from './params.ts';
import { registerRunCommand } from './run.ts';

export function createProgram(io: CliIo): Command {
  const program = new Command('lumbo')
    .description('Lumbo: how hip-muscle dysfunction loads the lower back (education and research tool, not a diagnostic device)')
    // errors are thrown to main(), which prints one line and picks the exit code
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  // subcommands inherit the settings above, so register them afterwards
  registerRunCommand(program, io);
  registerParamsCommand(program, io);
  return program;
}
