/**
 * The `tasks:` list of a scenario file. A task is its kind alone
 * (`standing`, `sitting`) or an object with the kind's options
 * (`{ kind: single-leg-stance, side: right }`, `{ kind: trunk-flexion, angleDeg: 45 }`).
 * Values are checked by the model's validateTask; kinds that are planned but
 * not built yet (gait) get their own message.
 */
import { TaskError, validateTask, type Task } from '@lumbo/model';
import { describeValue, fieldName, ScenarioFileError } from './errors.ts';
import type { SourceFile } from './source.ts';

/** Task kinds announced in the roadmap, so a file using one gets "not available yet" rather than "unknown". */
const PLANNED_KINDS: Record<string, string> = {
  gait: 'gait is not available yet: it comes with the gait simulation (see docs/sweeps.md, "Tasks")',
};

/** Which options each kind takes (anything else in the object is an error). */
const OPTIONS_BY_KIND: Record<Task['kind'], readonly string[]> = {
  standing: [],
  sitting: [],
  'single-leg-stance': ['side'],
  'trunk-flexion': ['angleDeg'],
};
const KINDS = Object.keys(OPTIONS_BY_KIND);

function readTask(entry: unknown, index: number, source: SourceFile): Task {
  const where = ['tasks', index];
  const fail = (path: (string | number)[], detail: string) =>
    new ScenarioFileError(source.file, source.lineOf(path), fieldName(path), detail);
  const raw: Record<string, unknown> =
    typeof entry === 'string' ? { kind: entry } : typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? { ...entry } : {};
  if (!('kind' in raw)) {
    throw fail(where, `expected a task kind (${KINDS.join(', ')}) or an object with "kind", got ${describeValue(entry)}`);
  }
  const kind = raw.kind;
  if (typeof kind === 'string' && PLANNED_KINDS[kind]) throw fail([...where, 'kind'], `${PLANNED_KINDS[kind]}; expected one of ${KINDS.join(', ')}, got "${kind}"`);
  if (typeof kind === 'string' && kind in OPTIONS_BY_KIND) {
    const allowed = OPTIONS_BY_KIND[kind as Task['kind']];
    for (const key of Object.keys(raw)) {
      if (key !== 'kind' && !allowed.includes(key)) {
        const expected = allowed.length ? `only ${allowed.join(', ')}` : 'no options';
        throw fail([...where, key], `${kind} takes ${expected}, got "${key}"`);
      }
    }
  }
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
export function readTasks(entries: readonly unknown[] | undefined, source: SourceFile): Task[] {
  if (entries === undefined) return [{ kind: 'standing' }];
  return entries.map((entry, index) => readTask(entry, index, source));
}

/** Column values describing a task: kind, side (or null), angle in degrees (or null). */
export function taskColumns(task: Task): [string, string | null, number | null] {
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
export function taskLabel(task: Task): string {
  const [kind, side, angleDeg] = taskColumns(task);
  return side !== null ? `${kind} ${side}` : angleDeg !== null ? `${kind} ${angleDeg}deg` : kind;
}
