/** Task validation: a clear error for a malformed task, naming the field, the allowed values and the value received. */
import type { Task } from '../result/types.ts';
import { describeReceived } from '../params/errors.ts';

export class TaskError extends Error {
  override readonly name = 'TaskError';
  constructor(
    message: string,
    readonly path: string,
    readonly received: unknown,
  ) {
    super(message);
  }
}

export const TASK_KINDS = ['standing', 'single-leg-stance', 'trunk-flexion', 'sitting'] as const;
export const TRUNK_FLEXION_RANGE_DEG = [0, 90] as const;

export function validateTask(task: unknown): Task {
  if (typeof task !== 'object' || task === null) throw new TaskError(`task must be an object with a kind, got ${describeReceived(task)}`, 'task', task);
  const t = task as Record<string, unknown>;
  switch (t.kind) {
    case 'standing':
    case 'sitting':
      return { kind: t.kind };
    case 'single-leg-stance':
      if (t.side !== 'left' && t.side !== 'right') {
        throw new TaskError(`task.side must be "left" or "right" for single-leg-stance, got ${describeReceived(t.side)}`, 'task.side', t.side);
      }
      return { kind: 'single-leg-stance', side: t.side };
    case 'trunk-flexion': {
      const a = t.angleDeg;
      const [lo, hi] = TRUNK_FLEXION_RANGE_DEG;
      if (typeof a !== 'number' || !Number.isFinite(a) || a < lo || a > hi) {
        throw new TaskError(`task.angleDeg must be a number within [${lo}, ${hi}] deg, got ${describeReceived(a)}`, 'task.angleDeg', a);
      }
      return { kind: 'trunk-flexion', angleDeg: a };
    }
    default:
      throw new TaskError(`task.kind must be one of ${TASK_KINDS.join(', ')}, got ${describeReceived(t.kind)}`, 'task.kind', t.kind);
  }
}
