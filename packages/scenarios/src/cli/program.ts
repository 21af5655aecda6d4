/** The `lumbo` commander program: one registered command per file in this folder. */
import { Command } from 'commander';
import type { CliIo } from './io.ts';
import { registerOutputsCommand } from './outputs.ts';
import { registerParamsCommand } from './params.ts';
import { registerPresetsCommand } from './presets.ts';
import { registerRunCommand } from './run.ts';
import { registerSweepCommand } from './sweep.ts';
import { registerValidateCommand } from './validate.ts';
import { registerExportMotCommand } from './export-mot.ts';
import { registerMergeCommands } from './merge.ts';

export function createProgram(io: CliIo): Command {
  const program = new Command('lumbo')
    .description('Lumbo: how hip-muscle dysfunction loads the lower back (education and research tool, not a diagnostic device)')
    // errors are thrown to main(), which prints one line and picks the exit code
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  // subcommands inherit the settings above, so register them afterwards
  registerRunCommand(program, io);
  registerSweepCommand(program, io);
  registerMergeCommands(program, io);
  registerPresetsCommand(program, io);
  registerValidateCommand(program, io);
  registerParamsCommand(program, io);
  registerOutputsCommand(program, io);
  registerExportMotCommand(program, io);
  return program;
}
