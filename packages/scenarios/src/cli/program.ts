/**
 * The `lumbo` commander program: one registered command per file in this folder.
 *
 * Each command's module (and what it imports: the model, Parquet writer,
 * progress bars, …) is loaded only when that command runs, so `lumbo run`
 * does not pay for `lumbo sweep` (start-up budget: docs/performance.md,
 * "CLI start-up"). Help, `help <command>` and an unknown command load them
 * all, so the listing and commander's suggestions stay complete.
 */
import { Command } from 'commander';
import type { CliIo } from './io.ts';

type Register = (program: Command, io: CliIo) => void;

/** Command name → loader of its register function, in the order `lumbo --help` lists them. */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['run', async () => (await import('./run.ts')).registerRunCommand],
  ['sweep', async () => (await import('./sweep.ts')).registerSweepCommand],
  // one module registers both merge and verify
  ['merge', async () => (await import('./merge.ts')).registerMergeCommands],
  ['verify', async () => (await import('./merge.ts')).registerMergeCommands],
  ['presets', async () => (await import('./presets.ts')).registerPresetsCommand],
  ['validate', async () => (await import('./validate.ts')).registerValidateCommand],
  ['params', async () => (await import('./params.ts')).registerParamsCommand],
  ['outputs', async () => (await import('./outputs.ts')).registerOutputsCommand],
  ['export-mot', async () => (await import('./export-mot.ts')).registerExportMotCommand],
];

/** The program for these arguments: only the invoked command is loaded when the first argument names one. */
export async function createProgram(io: CliIo, args: readonly string[] = []): Promise<Command> {
  const program = new Command('lumbo')
    .description('Lumbo: how hip-muscle dysfunction loads the lower back (education and research tool, not a diagnostic device)')
    // errors are thrown to main(), which prints one line and picks the exit code
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  const invoked = COMMANDS.find(([name]) => name === args[0]);
  const loaded = await Promise.all((invoked ? [invoked] : COMMANDS).map(([, load]) => load()));
  const registers = [...new Set(loaded)];
  // subcommands inherit the settings above, so register them afterwards
  for (const register of registers) register(program, io);
  return program;
}
