/**
 * `lumbo run`: solve one static task and print the result as a table or as
 * the TaskResult JSON (the output contract, unchanged).
 */
import { ALL_FIELDS, compileModel, ModelParamsError, solveTask } from '@lumbo/model';
import type { Command } from 'commander';
import { Option } from 'commander';
import { formatTable } from '../format/table.ts';
import type { CliIo } from './io.ts';
import { parseAssignments, settingsToParams, type Setting } from './set-assignments.ts';
import { TASK_DESCRIPTIONS, TASK_KINDS, taskFromOptions } from './task-options.ts';
import { CliUsageError } from './usage-error.ts';

interface RunOptions {
  task?: string;
  side?: string;
  angle?: string;
  set?: string[];
  format: 'table' | 'json';
}

function helpText(): string {
  const width = Math.max(...TASK_KINDS.map((k) => k.length));
  const tasks = TASK_KINDS.map((k) => `  ${k.padEnd(width)}  ${TASK_DESCRIPTIONS[k]}`).join('\n');
  return `
Tasks:
${tasks}

Parameters for --set: ${ALL_FIELDS.length} fields (subject, strategy, muscles.<group>.<left|right>.<knob>).
List them with unit, range, default and description: lumbo params [filter]

Examples:
  lumbo run --task standing
  lumbo run --task single-leg-stance --side right --set muscles.gluteusMedius.right.strength=0.4
  lumbo run --task trunk-flexion --angle 45 --format json
  lumbo run --task sitting --set subject.massKg=90 --set muscles.iliopsoas.left.tightness=0.6

Exit codes: 0 ok, 2 bad input (the message names the field, the allowed values and what was given), 1 internal error.
`;
}

/** compileModel's range errors, prefixed with --set when the field came from one. */
function compileWithSettings(settings: readonly Setting[]) {
  try {
    return compileModel(settingsToParams(settings));
  } catch (error) {
    if (error instanceof ModelParamsError) {
      const fromSet = settings.some((s) => s.path === error.path);
      throw new CliUsageError(fromSet ? `--set ${error.message}` : error.message);
    }
    throw error;
  }
}

export function registerRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('solve one static task and print posture, lumbar loads, hip loads and muscle forces')
    .addOption(new Option('--task <kind>', `task to solve: ${TASK_KINDS.join(' | ')}`))
    .addOption(new Option('--side <side>', 'stance leg for single-leg-stance: left | right'))
    .addOption(new Option('--angle <deg>', 'trunk flexion angle in degrees for trunk-flexion (0–90)'))
    .addOption(new Option('--set <path=value...>', 'override a parameter (repeatable); see lumbo params'))
    .addOption(new Option('--format <format>', 'output: table (readable) | json (the TaskResult contract)').choices(['table', 'json']).default('table'))
    .addHelpText('after', helpText())
    .action((options: RunOptions) => {
      const task = taskFromOptions(options);
      const settings = parseAssignments(options.set ?? []);
      const result = solveTask(compileWithSettings(settings), task);
      io.out(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result, { settings }));
    });
}
