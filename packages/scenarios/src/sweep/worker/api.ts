/**
 * The sweep worker's API: coarse on purpose, one call per batch of design
 * points. It returns only the kept output cells (a few numbers per task)
 * rather than whole TaskResults: a TaskResult is ~30 kB, mostly pose geometry,
 * and copying it to the main thread cost ~0.3 ms per row on each side, which
 * kept two workers from scaling; batching several points per message then
 * removes most of the remaining per-message cost (see bench/sweep-throughput.ts
 * and docs/sweeps.md, "Speed").
 */
import type { ScenarioTask } from '../../scenario/tasks.ts';
import { outputSpecs, PointBatchError, solvePoints, type BatchItem, type BatchResult, type OutputCell } from '../point-solver.ts';
import type { OutputSpec } from '../../scenario/outputs.ts';

/** A failed item, as plain data: an Error's own fields do not survive the message. */
export interface BatchFailure {
  readonly index: number;
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

export type WorkerBatchResult = BatchResult | { readonly failed: BatchFailure };

export interface SweepWorkerApi {
  /** Answers 'pong' once the worker has booted (and loaded the model). */
  ping(): Promise<'pong'>;
  /**
   * Solves every task of each point of a batch, in order. Points are vectors
   * over the model's catalogue (ALL_FIELDS order: a small typed array is far
   * cheaper to send than the nested object); cells come back per point, per
   * task, in the order of `outputPaths`.
   */
  solvePoints(items: readonly BatchItem[], outputPaths: readonly string[]): Promise<WorkerBatchResult>;
}

export type { ScenarioTask, OutputCell };

export function createSweepWorkerApi(): SweepWorkerApi {
  // the output list is the same for every batch of a sweep: resolve it once
  let cached: { paths: readonly string[]; key: string; specs: OutputSpec[] } | undefined;
  const specsOf = (paths: readonly string[]) => {
    if (cached?.paths === paths) return cached.specs;
    const key = paths.join('\n');
    if (cached?.key !== key) cached = { paths, key, specs: outputSpecs(paths) };
    cached.paths = paths;
    return cached.specs;
  };
  return {
    async ping() {
      return 'pong';
    },
    async solvePoints(items, outputPaths) {
      try {
        return solvePoints(items, specsOf(outputPaths));
      } catch (error) {
        if (!(error instanceof PointBatchError)) throw error;
        const { name, message, stack } = error.failure;
        return { failed: { index: error.index, name, message, ...(stack === undefined ? {} : { stack }) } };
      }
    },
  };
}
