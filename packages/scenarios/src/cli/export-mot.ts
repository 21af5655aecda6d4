/**
 * `lumbo export-mot`: simulate one gait cycle and write it for OpenSim — the
 * coordinates as a .mot (gait2392 names, inDegrees=yes) and, with --sto, the
 * lumbar loads, hip quantities and activations as a .sto. Files are written
 * to a temporary name and renamed, so an interrupted run leaves no half file.
 */
import { rename, writeFile } from 'node:fs/promises';
import { compileModel, gaitGroundReactionsToMot, gaitToMot, gaitToSto, ModelParamsError, simulateGait } from '@lumbo/model';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CliIo } from './io.ts';
import { addTrialOptions, scenarioGaitOptions, type GaitCliOptions } from './gait-options.ts';
import { runSource } from './run-source.ts';
import { parseAssignments } from './set-assignments.ts';
import { CliUsageError } from './usage-error.ts';

interface ExportOptions extends Omit<GaitCliOptions, 'side' | 'angle'> {
  preset?: string;
  scenario?: string;
  set?: string[];
  out: string;
  sto?: string;
  grf?: string;
}

const HELP_AFTER = `
With --scenario, the cycle is the file's gait task (the first, if it has several), as lumbo run --scenario
runs it: its frames, cycleDurationS and trial (docs/sweeps.md, "A lab's own trial"). --frames replaces its
frames; --mot (with --subject-height-m, --forces …) replaces its trial, plates included. A file without a gait
task gives the built-in cycle.

Examples:
  lumbo export-mot --preset duchenne-right --out cycle.mot --sto cycle.sto
  lumbo export-mot --scenario s01.yaml --out s01.mot --grf s01_grf.mot
  lumbo export-mot --mot my-subject.mot --forces my-subject_grf.mot --forces-mass-kg 70 --out mine.mot
`;

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

export function registerExportMotCommand(program: Command, io: CliIo): void {
  addTrialOptions(
    program
      .command('export-mot')
      .description('simulate one gait cycle and write it as an OpenSim .mot (and loads/activations as .sto)')
      .addOption(new Option('--preset <id>', 'start from a preset (list: lumbo presets)'))
      .addOption(new Option('--scenario <file>', 'start from a scenario file: its parameters and its (first) gait task, trial included'))
      .addOption(new Option('--set <path=value...>', 'override a parameter (repeatable); see lumbo params'))
      .addOption(new Option('--out <file.mot>', 'the motion file to write').makeOptionMandatory())
      .addOption(new Option('--sto <file.sto>', 'also write lumbar loads, hip demand/capacity/contact and activations'))
      .addOption(new Option('--grf <file.mot>', 'also write the ground reactions the cycle was driven with (OpenSim external-loads columns)'))
      .addOption(new Option('--frames <n>', 'frames per cycle (21–1001; default a scenario gait task\'s frames, else 101)'))
      .addOption(new Option('--mot <file>', 'baseline: an OpenSim .mot of one cycle from right heel strike, or a whole trial whose cycle --forces or --cycle-start-s/--cycle-end-s find (replaces a scenario\'s trial, plates included)')),
  )
    .addHelpText('after', HELP_AFTER)
    .action(async (options: ExportOptions) => {
      if (!options.out.endsWith('.mot')) throw new CliUsageError(`--out must name a .mot file, got ${JSON.stringify(options.out)}`);
      if (options.sto !== undefined && !options.sto.endsWith('.sto')) throw new CliUsageError(`--sto must name a .sto file, got ${JSON.stringify(options.sto)}`);
      if (options.grf !== undefined && !options.grf.endsWith('.mot')) throw new CliUsageError(`--grf must name a .mot file, got ${JSON.stringify(options.grf)}`);
      const settings = parseAssignments(options.set ?? []);
      const source = await runSource(options, settings);
      let model;
      try {
        model = compileModel(source.params);
      } catch (error) {
        if (error instanceof ModelParamsError) throw new CliUsageError(error.message);
        throw error;
      }
      // a scenario's gait task (its trial, its frames) with the command line's --frames/--mot/--forces on top
      const result = simulateGait(model, await scenarioGaitOptions(options, { file: options.scenario, tasks: source.tasks }, io));
      await writeAtomically(options.out, gaitToMot(result));
      if (options.sto !== undefined) await writeAtomically(options.sto, gaitToSto(result));
      if (options.grf !== undefined) await writeAtomically(options.grf, gaitGroundReactionsToMot(result));
      io.err(`wrote ${[options.out, options.sto, options.grf].filter(Boolean).join(', ')} (${result.frames} frames, ${result.cycleDurationS.toFixed(3)} s)\n`);
    });
}
