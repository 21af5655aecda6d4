/**
 * Solving one design point: compile its parameters once, solve each task,
 * and keep only the outputs the sweep asked for. The same function runs in a
 * sweep worker and, for `workers: 0`, in the calling thread, so both give the
 * same numbers.
 */
import { compileModel, solveTask, type Task } from '@lumbo/model';
import { findOutput, type OutputSpec } from '../scenario/outputs.ts';
import { nestVector } from '../scenario/param-vector.ts';

/** An output cell: a number, a boolean, or null for a non-finite number (JSON and CSV cannot hold NaN or Infinity). */
export type OutputCell = number | boolean | null;

export function outputSpecs(paths: readonly string[]): OutputSpec[] {
  return paths.map((path) => {
    const spec = findOutput(path);
    if (!spec) throw new Error(`unknown output path ${path}`);
    return spec;
  });
}

/** The kept outputs of each task at one parameter set, given as a catalogue vector (outer index: task). */
export function solvePoint(vector: Float64Array, tasks: readonly Task[], outputs: readonly OutputSpec[]): OutputCell[][] {
  const model = compileModel(nestVector(vector));
  return tasks.map((task) => {
    const result = solveTask(model, task);
    return outputs.map((o) => {
      const value = o.read(result);
      return typeof value === 'number' && !Number.isFinite(value) ? null : value;
    });
  });
}
