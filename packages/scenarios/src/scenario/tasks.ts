/**
 * The `tasks:` list of a scenario file. A task is its kind alone
 * (`standing`, `sitting`, `gait`) or an object with the kind's options
 * (`{ kind: single-leg-stance, side: right }`, `{ kind: trunk-flexion, angleDeg: 45 }`,
 * `{ kind: gait, frames: 51 }`). Static tasks are checked by the model's
 * validateTask; gait options against the model's own ranges.
 */
import { CYCLE_DURATION_RANGE_S, FRAMES_RANGE, TaskError, validateTask, type Task } from '@lumbo/model';
import { describeValue, fieldName, ScenarioFileError } from './errors.ts';
import type { SourceFile } from './source.ts';

/** One walking cycle (`simulateGait`); its outputs are the cycle summary (`gait.*` outputs). */
export interface GaitTask {
  readonly kind: 'gait';
  /** Frames per cycle, both heel strikes included (model default 101). */
  readonly frames?: number;
  /** Cycle duration in seconds (model default: the normative cycle's 1.235 s). */
  readonly cycleDurationS?: number;
}

/** A task a scenario or sweep can run: a static model task or a gait cycle. */
export type ScenarioTask = Task | GaitTask;

/** Which options each kind takes (anything else in the object is an error). */
const OPTIONS_BY_KIND: Record<ScenarioTask['kind'], readonly string[]> = {
  standing: [],
  sitting: [],
  'single-leg-stance': ['side'],
  'trunk-flexion': ['angleDeg'],
  gait: ['frames', 'cycleDurationS'],
};
const KINDS = Object.keys(OPTIONS_BY_KIND);

export function isGaitTask(task: ScenarioTask): task is GaitTask {
  return task.kind === 'gait';
}

function readGaitTask(raw: Record<string, unknown>, fail: (field: string, detail: string) => ScenarioFileError): GaitTask {
  const check = (key: 'frames' | 'cycleDurationS', [lo, hi]: readonly [number, number], unit: string, integer: boolean): number | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < lo || value > hi || (integer && !Number.isInteger(value))) {
      throw fail(key, `expected ${integer ? 'an integer' : 'a number'} within [${lo}, ${hi}] ${unit}, got ${describeValue(value)}`);
    }
    return value;
  };
  const frames = check('frames', FRAMES_RANGE, 'frames', true);
  const cycleDurationS = check('cycleDurationS', CYCLE_DURATION_RANGE_S, 's', false);
  return { kind: 'gait', ...(frames === undefined ? {} : { frames }), ...(cycleDurationS === undefined ? {} : { cycleDurationS }) };
}

function readTask(entry: unknown, index: number, source: SourceFile): ScenarioTask {
  const where = ['tasks', index];
  const fail = (path: (string | number)[], detail: string) =>
    new ScenarioFileError(source.file, source.lineOf(path), fieldName(path), detail);
  const raw: Record<string, unknown> =
    typeof entry === 'string' ? { kind: entry } : typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? { ...entry } : {};
  if (!('kind' in raw)) {
    throw fail(where, `expected a task kind (${KINDS.join(', ')}) or an object with "kind", got ${describeValue(entry)}`);
  }
  const kind = raw.kind;
  if (typeof kind === 'string' && kind in OPTIONS_BY_KIND) {
    const allowed = OPTIONS_BY_KIND[kind as ScenarioTask['kind']];
    for (const key of Object.keys(raw)) {
      if (key !== 'kind' && !allowed.includes(key)) {
        const expected = allowed.length ? `only ${allowed.join(', ')}` : 'no options';
        throw fail([...where, key], `${kind} takes ${expected}, got "${key}"`);
      }
    }
  }
  if (typeof kind !== 'string' || !(kind in OPTIONS_BY_KIND)) {
    throw fail([...where, 'kind'], `expected one of ${KINDS.join(', ')}, got ${describeValue(kind)}`);
  }
  if (kind === 'gait') return readGaitTask(raw, (field, detail) => fail([...where, field], detail));
  try {
    return validateTask(raw);
  } catch (error) {
    if (!(error instanceof TaskError)) throw error;
    const field = error.path.replace(/^task\.?/, '');
    const message = error.message.replace(/^task(\.\w+)? /, '').replace(/got undefined$/, 'got nothing');
    throw fail(field ? [...where, field] : where, message);
  }
}

/** Reads `tasks:` (already known to be a non-empty list); the default is standing. */
export function readTasks(entries: readonly unknown[] | undefined, source: SourceFile): ScenarioTask[] {
  if (entries === undefined) return [{ kind: 'standing' }];
  return entries.map((entry, index) => readTask(entry, index, source));
}

/** Column values describing a task: kind, side (or null), angle in degrees (or null). */
export function taskColumns(task: ScenarioTask): [string, string | null, number | null] {
  switch (task.kind) {
    case 'single-leg-stance':
      return [task.kind, task.side, null];
    case 'trunk-flexion':
      return [task.kind, null, task.angleDeg];
    default:
      return [task.kind, null, null];
  }
}

/** A short label: `standing`, `single-leg-stance right`, `trunk-flexion 45deg`. */
export function taskLabel(task: ScenarioTask): string {
  const [kind, side, angleDeg] = taskColumns(task);
  return side !== null ? `${kind} ${side}` : angleDeg !== null ? `${kind} ${angleDeg}deg` : kind;
}
