/**
 * Reads the `tasks:` list of a scenario file. A task is its kind alone
 * (`standing`, `sitting`, `gait`) or an object with the kind's options
 * (`{ kind: single-leg-stance, side: right }`, `{ kind: trunk-flexion, angleDeg: 45 }`,
 * `{ kind: gait, frames: 51 }`, `{ kind: gait, trial: { kinematics: walk.mot } }`).
 * Static tasks are checked by the model's validateTask; gait options against
 * the model's own ranges; a gait trial by gait-trial.ts, which reads its files.
 */
import { CYCLE_DURATION_RANGE_S, FRAMES_RANGE, TaskError, validateTask } from '@lumbo/model';
import { describeValue, fieldName, ScenarioFileError } from './errors.ts';
import { checkTrialFields, loadTrial, type TrialTexts } from './gait-trial.ts';
import type { SourceFile } from './source.ts';
import type { GaitTask, ScenarioTask } from './tasks.ts';

/** Which options each kind takes (anything else in the object is an error). */
const OPTIONS_BY_KIND: Record<ScenarioTask['kind'], readonly string[]> = {
  standing: [],
  sitting: [],
  'single-leg-stance': ['side'],
  'trunk-flexion': ['angleDeg'],
  gait: ['frames', 'cycleDurationS', 'trial'],
};
const KINDS = Object.keys(OPTIONS_BY_KIND);

async function readGaitTask(
  raw: Record<string, unknown>,
  fail: (path: (string | number)[], detail: string) => ScenarioFileError,
  source: SourceFile,
  texts: TrialTexts,
): Promise<GaitTask> {
  const check = (key: 'frames' | 'cycleDurationS', [lo, hi]: readonly [number, number], unit: string, integer: boolean): number | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < lo || value > hi || (integer && !Number.isInteger(value))) {
      throw fail([key], `expected ${integer ? 'an integer' : 'a number'} within [${lo}, ${hi}] ${unit}, got ${describeValue(value)}`);
    }
    return value;
  };
  const frames = check('frames', FRAMES_RANGE, 'frames', true);
  const cycleDurationS = check('cycleDurationS', CYCLE_DURATION_RANGE_S, 's', false);
  const task: GaitTask = { kind: 'gait', ...(frames === undefined ? {} : { frames }), ...(cycleDurationS === undefined ? {} : { cycleDurationS }) };
  if (raw.trial === undefined) return task;
  const failTrial = (field: string | undefined, detail: string) => fail(field === undefined ? ['trial'] : ['trial', field], detail);
  const fields = checkTrialFields(raw.trial, failTrial);
  if (fields.groundReactions !== undefined && cycleDurationS !== undefined) {
    // the model refuses it too (checkGaitOptions), but only when the row runs: here it stops the sweep before any row
    throw fail(['cycleDurationS'], `cannot be changed with the trial's measured groundReactions (they were measured at the trial's own pace); leave it out, got ${describeValue(cycleDurationS)}`);
  }
  return { ...task, trial: await loadTrial(fields, source.file, texts, failTrial) };
}

async function readTask(entry: unknown, index: number, source: SourceFile, texts: TrialTexts): Promise<ScenarioTask> {
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
  if (kind === 'gait') return readGaitTask(raw, (path, detail) => fail([...where, ...path], detail), source, texts);
  try {
    return validateTask(raw);
  } catch (error) {
    if (!(error instanceof TaskError)) throw error;
    const field = error.path.replace(/^task\.?/, '');
    const message = error.message.replace(/^task(\.\w+)? /, '').replace(/got undefined$/, 'got nothing');
    throw fail(field ? [...where, field] : where, message);
  }
}

/**
 * Reads `tasks:` (already known to be a non-empty list); the default is standing. Tasks are read in order,
 * each trial's files when its task is reached; a file several tasks name is read once.
 */
export async function readTasks(entries: readonly unknown[] | undefined, source: SourceFile): Promise<ScenarioTask[]> {
  if (entries === undefined) return [{ kind: 'standing' }];
  const texts: TrialTexts = new Map();
  const tasks: ScenarioTask[] = [];
  for (const [index, entry] of entries.entries()) tasks.push(await readTask(entry, index, source, texts));
  return tasks;
}
