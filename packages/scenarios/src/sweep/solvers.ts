/**
 * Where design points are solved: a pool of sweep worker threads, or the
 * calling thread when `workers` is 0. Either way a solve is deterministic in
 * (params, task): the model resets its solvers' warm starts on every call, so
 * which worker solves a point cannot change its numbers.
 */
import { outputSpecs, solvePoints, type BatchItem, type BatchResult } from './point-solver.ts';
import { createSweepWorker } from './worker/client.ts';

export interface PointSolver {
  /**
   * Output cells per point, per task, for a batch of parameter sets (vectors over the catalogue, see
   * param-vector.ts), and the time the model took. @throws PointBatchError naming the point that failed.
   */
  solvePoints(items: readonly BatchItem[], outputPaths: readonly string[]): Promise<BatchResult>;
  close(): Promise<void>;
}

/** Lets timers, signals and I/O callbacks run between two points solved in this thread. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Solves in this thread. Each batch first yields to the event loop: without
 * that, the chain of promises never returns to it, so Ctrl-C, SIGTERM and an
 * AbortSignal fired from a timer would wait for the whole sweep.
 */
export function inProcessSolver(): PointSolver {
  return {
    solvePoints: async (items, outputPaths) => {
      await yieldToEventLoop();
      return solvePoints(items, outputSpecs(outputPaths));
    },
    close: async () => undefined,
  };
}

/**
 * Boots one sweep worker and waits until it answers, so start-up cost is paid
 * (and measured) before solving. An abort while it boots terminates the thread
 * at once: a booting thread would otherwise keep the process alive.
 */
export async function workerSolver(signal?: AbortSignal): Promise<PointSolver> {
  signal?.throwIfAborted();
  const worker = createSweepWorker();
  const onAbort = () => void worker.terminate().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await worker.api.ping();
  } catch (error) {
    await worker.terminate().catch(() => undefined);
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return { solvePoints: worker.api.solvePoints, close: () => worker.terminate() };
}

/** `count` solvers: 0 means one in-process solver. Boots workers in parallel; on any failure or abort, closes those that booted. */
export async function createSolvers(count: number, signal?: AbortSignal): Promise<PointSolver[]> {
  if (count === 0) return [inProcessSolver()];
  const settled = await Promise.allSettled(Array.from({ length: count }, () => workerSolver(signal)));
  const ready = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(ready.map((s) => s.close().catch(() => undefined)));
    throw failed.reason;
  }
  return ready;
}
