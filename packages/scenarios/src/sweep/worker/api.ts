/**
 * The sweep worker's API: coarse on purpose, one call per design point. It
 * returns only the kept output cells (a few numbers per task) rather than whole
 * TaskResults: a TaskResult is ~30 kB, mostly pose geometry, and copying it
 * to the main thread cost ~0.3 ms per row on each side, which kept two
 * workers from scaling (see bench/sweep-throughput.ts and docs/sweeps.md).
 */
import type { ScenarioTask } from '../../scenario/tasks.ts';
import { outputSpecs, solvePoint, type OutputCell } from '../point-solver.ts';

export interface SweepWorkerApi {
  /** Answers 'pong' once the worker has booted (and loaded the model). */
  ping(): Promise<'pong'>;
  /**
   * Solves every task at one parameter set, given as a vector over the model's
   * catalogue (ALL_FIELDS order: a small typed array is far cheaper to send than
   * the nested object); returns the output cells per task, in the order of `outputPaths`.
   */
  solvePoint(vector: Float64Array, tasks: readonly ScenarioTask[], outputPaths: readonly string[]): Promise<OutputCell[][]>;
}

export function createSweepWorkerApi(): SweepWorkerApi {
  return {
    async ping() {
      return 'pong';
    },
    async solvePoint(vector, tasks, outputPaths) {
      return solvePoint(vector, tasks, outputSpecs(outputPaths));
    },
  };
}
