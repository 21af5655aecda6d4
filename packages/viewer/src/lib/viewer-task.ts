/**
 * What the viewer can ask the model for: one of the model's static tasks, or
 * one gait cycle (`simulateGait`). Kept apart from the model's `Task`, which
 * has no gait member.
 */
import type { GaitResult, Task, TaskResult } from '@lumbo/model';

export type ViewerTask = Task | { kind: 'gait' };

/** A model answer as the viewer keeps it: a static result or a gait cycle. */
export type Answer = { readonly kind: 'static'; readonly result: TaskResult } | { readonly kind: 'gait'; readonly gait: GaitResult };

/** Same task, ignoring the flexion angle's identity (two requests for 30° are the same task). */
export function sameTask(a: ViewerTask, b: ViewerTask): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'single-leg-stance' && b.kind === 'single-leg-stance') return a.side === b.side;
  if (a.kind === 'trunk-flexion' && b.kind === 'trunk-flexion') return a.angleDeg === b.angleDeg;
  return true;
}

/** A short key per kind of figure (re-framing the camera when it changes). */
export function taskShapeKey(task: ViewerTask): string {
  return task.kind === 'single-leg-stance' ? `${task.kind}-${task.side}` : task.kind;
}
