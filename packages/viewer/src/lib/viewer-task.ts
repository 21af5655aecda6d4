/**
 * What the viewer can ask the model for: one of the model's static tasks, or
 * one gait cycle (`simulateGait`). Kept apart from the model's `Task`, which
 * has no gait member.
 */
import type { GaitResult, Task, TaskResult } from '@lumbo/model';
import type { GaitTrial } from './gait-trial.ts';

/** The gait task runs the built-in cycle, or a lab's own trial (docs/viewer.md, "Your own trial"). */
export type ViewerTask = Task | { kind: 'gait'; trial?: GaitTrial };

/** A model answer as the viewer keeps it: a static result or a gait cycle. */
export type Answer = { readonly kind: 'static'; readonly result: TaskResult } | { readonly kind: 'gait'; readonly gait: GaitResult };

/** Same task, ignoring the flexion angle's identity (two requests for 30° are the same task). */
export function sameTask(a: ViewerTask, b: ViewerTask): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'single-leg-stance' && b.kind === 'single-leg-stance') return a.side === b.side;
  if (a.kind === 'trunk-flexion' && b.kind === 'trunk-flexion') return a.angleDeg === b.angleDeg;
  // a trial is the same trial only as the same object (its files are read once)
  if (a.kind === 'gait' && b.kind === 'gait') return a.trial === b.trial;
  return true;
}

/** A short key per kind of figure (re-framing the camera when it changes). */
export function taskShapeKey(task: ViewerTask): string {
  return task.kind === 'single-leg-stance' ? `${task.kind}-${task.side}` : task.kind;
}
