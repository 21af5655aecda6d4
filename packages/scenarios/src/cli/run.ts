/**
 * `lumbo run`: solve one static task and print the result as a table or as
 * the TaskResult JSON (the output contract, unchanged).
 */
import { ALL_FIELDS, compileModel, ModelParamsError, simulateGait, solveTask, type GaitResult, type ModelParams, type TaskResult } from '@lumbo/model';
import { gaitOptionsOf, isGaitTask, type ScenarioTask } from '../scenario/tasks.ts';
import { formatGaitTable, gaitToJson } from '../format/gait-table.ts';
import { addTrialOptions, scenarioGaitOptions, type GaitCliOptions } from './gait-options.ts';
import type { Command } from 'commander';
import { Option } from 'commander';
import { formatTable } from '../format/table.ts';
import type { CliIo } from './io.ts';
import { runSource } from './run-source.ts';
import { parseAssignments, type Setting } from './set-assignments.ts';
import { TASK_DESCRIPTIONS, TASK_KINDS, taskFromOptions } from './task-options.ts';
import { CliUsageError } from './usage-error.ts';

interface RunOptions extends GaitCliOptions {
  preset?: string;
  scenario?: string;
  task?: string;
  set?: string[];
  format: 'table' | 'json';
}

function helpText(): string {
  const width = Math.max(...TASK_KINDS.map((k) => k.length));
  const tasks = [...TASK_KINDS.map((k) => `  ${k.padEnd(width)}  ${TASK_DESCRIPTIONS[k]}`), `  ${'gait'.padEnd(width)}  one walking cycle (--frames <n>, --mot <file> for your own baseline, --forces <file> for its own force plates)`].join('\n');
  return `
Tasks:
${tasks}

Parameters for --set: ${ALL_FIELDS.length} fields (subject, strategy, muscles.<group>.<left|right>.<knob>).
List them with unit, range, default and description: lumbo params [filter]

Parameters and tasks may also come from a preset (lumbo presets) or a scenario file (docs/sweeps.md);
--set applies last, on top of either. A scenario's own tasks run when --task is not given.
--task gait with a scenario runs the file's (first) gait task — its frames, cycleDurationS and trial —
with --frames replacing its frames and --mot (with --forces …) replacing its trial; a file without a
gait task gives the built-in cycle.
--forces' columns are the right foot's ground_force_v*, ground_force_p*, ground_torque_* and the left's
1_ground_* unless --forces-right/--forces-left give other prefixes, or --external-loads gives the trial's
OpenSim ExternalLoads .xml: its one enabled force on a body ending _r (calcn_r…) is the right foot's, _l the
left's, force and point expressed in ground.

Examples:
  lumbo run --task standing
  lumbo run --preset lower-crossed-syndrome --task standing
  lumbo run --scenario my-patient.yaml
  lumbo run --scenario my-patient.yaml --task sitting --set subject.massKg=90
  lumbo run --task single-leg-stance --side right --set muscles.gluteusMedius.right.strength=0.4
  lumbo run --task trunk-flexion --angle 45 --format json
  lumbo run --task gait --preset trendelenburg-right
  lumbo run --task gait --frames 51 --format json
  lumbo run --scenario s01.yaml --task gait --frames 51
  lumbo run --task gait --mot s01_cycle.mot --forces s01_grf.mot --forces-mass-kg 72.6 --external-loads s01_grf.xml
  lumbo run --task sitting --set subject.massKg=90 --set muscles.iliopsoas.left.tightness=0.6

Exit codes: 0 ok, 2 bad input (the message names the field, the allowed values and what was given), 1 internal error.
`;
}

/** compileModel's range errors, prefixed with --set when the field came from one. */
function compileWithSettings(params: ModelParams, settings: readonly Setting[]) {
  try {
    return compileModel(params);
  } catch (error) {
    if (error instanceof ModelParamsError) {
      const fromSet = settings.some((s) => s.path === error.path);
      throw new CliUsageError(fromSet ? `--set ${error.message}` : error.message);
    }
    throw error;
  }
}

export function registerRunCommand(program: Command, io: CliIo): void {
  addTrialOptions(
    program
      .command('run')
      .description('solve one static task and print posture, lumbar loads, hip loads and muscle forces')
      .addOption(new Option('--preset <id>', 'start from a preset (list: lumbo presets)'))
      .addOption(new Option('--scenario <file>', 'start from a scenario file (YAML or JSON, see docs/sweeps.md); its tasks run unless --task is given (--task gait: its gait task, trial included)'))
      .addOption(new Option('--task <kind>', `task to solve: ${[...TASK_KINDS, 'gait'].join(' | ')}`))
      .addOption(new Option('--side <side>', 'stance leg for single-leg-stance: left | right'))
      .addOption(new Option('--angle <deg>', 'trunk flexion angle in degrees for trunk-flexion (0–90)'))
      .addOption(new Option('--set <path=value...>', 'override a parameter (repeatable); see lumbo params'))
      .addOption(new Option('--format <format>', 'output: table (readable) | json (the TaskResult contract; for gait the GaitResult without drawing geometry)').choices(['table', 'json']).default('table'))
      .addOption(new Option('--frames <n>', 'gait: frames per cycle (21–1001; default a scenario gait task\'s frames, else 101)'))
      .addOption(new Option('--mot <file>', 'gait: an OpenSim .mot of one cycle from right heel strike, or a whole trial whose cycle --forces or --cycle-start-s/--cycle-end-s find, as the baseline (replaces a scenario\'s trial, plates included)')),
  )
    .addHelpText('after', helpText())
    .action(async (options: RunOptions) => {
      const settings = parseAssignments(options.set ?? []);
      const source = await runSource(options, settings);
      if (options.task === 'gait') {
        // a scenario's gait task (its trial, its frames) with the command line's --frames/--mot/--forces on top
        const gaitOptions = await scenarioGaitOptions(options, { file: options.scenario, tasks: source.tasks }, io);
        const result = simulateGait(compileWithSettings(source.params, settings), gaitOptions);
        const origin = source.origin === undefined ? {} : { origin: source.origin };
        io.out(options.format === 'json' ? `${JSON.stringify(gaitToJson(result), null, 2)}\n` : formatGaitTable(result, { settings, ...origin }));
        return;
      }
      if (options.frames !== undefined || options.mot !== undefined || options.forces !== undefined) throw new CliUsageError('--frames, --mot and --forces apply to --task gait only');
      // a scenario's tasks stand in for --task; --side/--angle still need --task
      const tasks: readonly ScenarioTask[] =
        options.task === undefined && options.side === undefined && options.angle === undefined && source.tasks ? source.tasks : [taskFromOptions(options)];
      const model = compileWithSettings(source.params, settings);
      // a scenario's gait task runs one cycle with its own options (and its lab's trial, read with the file)
      const results: (TaskResult | GaitResult)[] = tasks.map((task) => (isGaitTask(task) ? simulateGait(model, gaitOptionsOf(task)) : solveTask(model, task)));
      const isGait = (r: TaskResult | GaitResult): r is GaitResult => 'animation' in r;
      if (options.format === 'json') {
        // one task prints the TaskResult contract unchanged; several print an array of them
        const json = results.map((r) => (isGait(r) ? gaitToJson(r) : r));
        io.out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
      } else {
        const origin = source.origin === undefined ? {} : { origin: source.origin };
        io.out(results.map((r) => (isGait(r) ? formatGaitTable(r, { settings, ...origin }) : formatTable(r, { settings, ...origin }))).join('\n'));
      }
    });
}
