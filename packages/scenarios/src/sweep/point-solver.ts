/**
 * Solving one design point: compile its parameters once, solve each task,
 * and keep only the outputs the sweep asked for. The same function runs in a
 * sweep worker and, for `workers: 0`, in the calling thread, so both give the
 * same numbers.
 */
import { compileModel, simulateGait, solveTaskValues } from '@lumbo/model';
import { findOutput, type OutputSpec, type OutputValue } from '../scenario/outputs.ts';
import { gaitOptionsOf, isGaitTask, type ScenarioTask } from '../scenario/tasks.ts';
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

function cell(value: OutputValue): OutputCell {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/**
 * The kept outputs of each task at one parameter set, given as a catalogue
 * vector (outer index: task). An output of the other scope (a gait output in
 * a static row, a static one in a gait row) is null.
 */
export function solvePoint(vector: Float64Array, tasks: readonly ScenarioTask[], outputs: readonly OutputSpec[]): OutputCell[][] {
  const model = compileModel(nestVector(vector));
  return tasks.map((task) => {
    if (isGaitTask(task)) {
      const gait = simulateGait(model, gaitOptionsOf(task));
      return outputs.map((o) => (o.scope === 'gait' ? cell(o.read(gait)) : null));
    }
    const result = solveTaskValues(model, task); // no drawing pose: no output reads it
    return outputs.map((o) => (o.scope === 'static' ? cell(o.read(result)) : null));
  });
}

/** One design point of a batch: its parameter vector and the tasks to solve there. */
export interface BatchItem {
  readonly vector: Float64Array;
  readonly tasks: readonly ScenarioTask[];
}

/** The output cells of a batch (per item, per task) and the time the model took for it. */
export interface BatchResult {
  readonly cells: OutputCell[][][];
  /** Milliseconds spent solving the batch (run-sweep sizes later batches from it). */
  readonly solveMs: number;
}

/** A point of a batch failed: which one, and why (the model's own error). */
export class PointBatchError extends Error {
  override readonly name = 'PointBatchError';
  constructor(
    /** Index of the failed item in its batch. */
    readonly index: number,
    readonly failure: Error,
  ) {
    super(failure.message, { cause: failure });
  }
}

/**
 * Several design points in one call, in order: a sweep worker gets a batch per
 * message, so messaging costs are paid per batch, not per row (docs/sweeps.md, "Speed").
 * @throws PointBatchError naming the first item that failed.
 */
export function solvePoints(items: readonly BatchItem[], outputs: readonly OutputSpec[]): BatchResult {
  const start = performance.now();
  const cells = items.map((item, index) => {
    try {
      return solvePoint(item.vector, item.tasks, outputs);
    } catch (error) {
      throw new PointBatchError(index, error instanceof Error ? error : new Error(String(error)));
    }
  });
  return { cells, solveMs: performance.now() - start };
}
