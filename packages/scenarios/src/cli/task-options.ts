/**
 * Turns `--task`, `--side` and `--angle` into a model Task. The CLI checks
 * only which options go together; the values themselves (task kinds, sides,
 * the trunk-flexion range) are checked by the model's validateTask, whose
 * messages are reworded to name the command-line option.
 */
import { TaskError, validateTask, type Task } from '@lumbo/model';
import { parseDecimal } from './parse-number.ts';
import { CliUsageError } from './usage-error.ts';

type TaskKind = Task['kind'];

/** One line per task for `lumbo run --help` (a Record, so a new task kind fails to compile until described). */
export const TASK_DESCRIPTIONS: Record<TaskKind, string> = {
  standing: 'quiet bipedal standing',
  'single-leg-stance': 'standing on one leg (--side left|right), the other foot lifted',
  'trunk-flexion': 'standing forward bend of the trunk by --angle <deg> (0–90)',
  sitting: 'upright sitting',
};
export const TASK_KINDS = Object.keys(TASK_DESCRIPTIONS) as TaskKind[];

export interface TaskOptions {
  task?: string | undefined;
  side?: string | undefined;
  angle?: string | undefined;
}

/** The model names task fields (`task.angleDeg`); the user typed options (`--angle`). */
const OPTION_FOR_FIELD: Record<string, string> = { 'task.kind': '--task', 'task.side': '--side', 'task.angleDeg': '--angle' };

/** Every --task `lumbo run` accepts: the model's static tasks, and gait (handled before the model's task check). */
export const RUN_TASKS: readonly string[] = [...TASK_KINDS, 'gait'];

function asUsageError(error: TaskError): CliUsageError {
  if (error.path === 'task.kind') {
    // the model knows only static tasks; the CLI also runs gait, so the list says so
    const got = error.received === undefined ? 'nothing' : JSON.stringify(error.received);
    return new CliUsageError(`--task must be one of ${RUN_TASKS.join(', ')}, got ${got}`);
  }
  const option = OPTION_FOR_FIELD[error.path];
  let message = option && error.message.startsWith(error.path) ? option + error.message.slice(error.path.length) : error.message;
  if (error.received === undefined) message = message.replace(/got undefined$/, 'got nothing');
  return new CliUsageError(message);
}

function onlyFor(option: '--side' | '--angle', value: string | undefined, wanted: TaskKind, kind: unknown): void {
  if (value !== undefined && kind !== wanted) {
    throw new CliUsageError(`${option} applies only to --task ${wanted}, got ${option} ${value} with --task ${String(kind)}`);
  }
}

/** The Task the options describe; throws CliUsageError naming the option, what is allowed and what was given. */
export function taskFromOptions(options: TaskOptions): Task {
  const { task: kind, side, angle } = options;
  // a non-numeric angle goes to the model as the text typed, so the message quotes it
  const angleDeg = angle === undefined ? undefined : (parseDecimal(angle) ?? angle);
  try {
    const task = validateTask({ kind, side, angleDeg });
    onlyFor('--side', side, 'single-leg-stance', kind);
    onlyFor('--angle', angle, 'trunk-flexion', kind);
    return task;
  } catch (error) {
    if (error instanceof TaskError) throw asUsageError(error);
    throw error;
  }
}
