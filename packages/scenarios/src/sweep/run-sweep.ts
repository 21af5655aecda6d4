/**
 * runSweep: the programmatic sweep. Yields rows as an async iterator in
 * deterministic order (the shard's rows by increasing row index, whatever
 * the number of workers), reports progress, and stops on an AbortSignal.
 *
 *   for await (const row of runSweep(await loadScenarioFile('sweep.yaml'), { workers: 2 })) …
 *
 * Work is handed out in jobs of consecutive design points, one message per
 * job (the worker compiles each point's parameters once and solves all its
 * tasks). A job's size adapts to the model's measured speed so that one takes
 * about TARGET_JOB_MS: one gait point, a dozen static ones; messaging then
 * costs little beside the model's own work (docs/sweeps.md, "Speed"). Each
 * worker has up to PIPELINE_DEPTH jobs queued so it never waits for the main
 * thread; completed jobs wait in a bounded buffer until every earlier one is
 * done. Batching cannot change a number: every point is solved from scratch.
 */
import { availableParallelism } from 'node:os';
import type { Scenario } from '../scenario/types.ts';
import type { ScenarioTask } from '../scenario/tasks.ts';
import { createPlan, type PlannedPoint, type SweepPlan } from './plan.ts';
import { buildRow, type SweepRow } from './rows.ts';
import type { Shard } from './shard.ts';
import { createSolvers, type PointSolver } from './solvers.ts';
import { PointBatchError, type BatchItem } from './point-solver.ts';
import { SweepRowError } from './sweep-row-error.ts';

export interface SweepProgress {
  /** Rows of this shard done, including rows skipped by `skipRows`. */
  readonly doneRows: number;
  readonly totalRows: number;
  /** Seconds since solving started (after worker start-up). */
  readonly elapsedS: number;
  /** Rows solved per second in this run. */
  readonly rowsPerS: number;
  /** Estimated seconds left (Infinity before the first row). */
  readonly etaS: number;
}

export interface RunSweepOptions {
  /** Worker threads; default the number of cores; 0 solves in the calling thread. */
  readonly workers?: number;
  /** Run only this shard (ignored when a plan is passed: the plan has its shard). */
  readonly shard?: Shard;
  /** Rows of the shard already done (resume): the sweep starts after them. */
  readonly skipRows?: number;
  readonly signal?: AbortSignal;
  onProgress?(progress: SweepProgress): void;
  /** Called once the workers answer, with their start-up time. */
  onStarted?(info: { readonly workers: number; readonly startupS: number }): void;
}

const PIPELINE_DEPTH = 2;
const BUFFERED_JOBS_PER_WORKER = 8;
/** A job should keep a worker busy about this long: long enough to make a message's cost small, short enough for prompt progress and abort. */
const TARGET_JOB_MS = 10;
const MAX_POINTS_PER_JOB = 64;

interface Job {
  readonly seq: number;
  /** First shard row of the job and how many consecutive rows it covers. */
  readonly first: number;
  readonly count: number;
}

/**
 * Jobs of `size()` design points each (read when a job is cut, so it follows
 * the measured speed). The first point may start mid-way through its tasks
 * (resume); every other point has all of them.
 */
function* jobsOf(plan: SweepPlan, skipRows: number, size: () => number): Generator<Job> {
  const T = plan.tasks.length;
  let seq = 0;
  for (let n = skipRows; n < plan.shardRowCount; ) {
    let count = 0;
    for (let points = size(); points > 0 && n + count < plan.shardRowCount; points--) count += T - plan.shardRow(n + count).taskIndex;
    yield { seq: seq++, first: n, count };
    n += count;
  }
}

async function solveJob(plan: SweepPlan, solver: PointSolver, job: Job, outputPaths: readonly string[]): Promise<{ rows: SweepRow[]; msPerPoint: number }> {
  const slots = Array.from({ length: job.count }, (_, k) => plan.shardRow(job.first + k));
  // consecutive rows of one point form one batch item
  // (each point's values are worked out once, for its vector and for its rows)
  const items: { readonly point: number; readonly firstSlot: number; readonly planned: PlannedPoint; readonly vector: Float64Array; readonly tasks: ScenarioTask[] }[] = [];
  slots.forEach((slot, k) => {
    const last = items.at(-1);
    if (last && last.point === slot.point) last.tasks.push(plan.tasks[slot.taskIndex]!);
    else {
      const planned = plan.pointAt(slot.point);
      items.push({ point: slot.point, firstSlot: k, planned, vector: planned.vector, tasks: [plan.tasks[slot.taskIndex]!] });
    }
  });
  let result;
  try {
    // only what the solver needs crosses to the worker: a planned point carries a `params` getter that
    // structured cloning would call (nesting every catalogue field, then cloning the object) per point
    result = await solver.solvePoints(items.map((item): BatchItem => ({ vector: item.vector, tasks: item.tasks })), outputPaths);
  } catch (error) {
    const item = error instanceof PointBatchError ? items[error.index]! : items[0]!;
    throw new SweepRowError(slots[item.firstSlot]!.row, item.point, item.tasks[0]!, error instanceof PointBatchError ? error.failure : error);
  }
  const rows = items.flatMap((item, i) => item.tasks.map((task, t) => buildRow(plan, item.planned, slots[item.firstSlot + t]!.row, task, result.cells[i]![t]!)));
  return { rows, msPerPoint: result.solveMs / items.length };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export async function* runSweep(source: Scenario | SweepPlan, options: RunSweepOptions = {}): AsyncGenerator<SweepRow, void, undefined> {
  const plan = 'pointAt' in source ? source : createPlan(source, options.shard);
  const skipRows = options.skipRows ?? 0;
  // points per job: one until the model's speed is known, then about TARGET_JOB_MS worth
  let pointsPerJob = 1;
  const jobs = jobsOf(plan, skipRows, () => pointsPerJob);
  const learn = (msPerPoint: number) => {
    pointsPerJob = Math.max(1, Math.min(MAX_POINTS_PER_JOB, Math.floor(TARGET_JOB_MS / Math.max(msPerPoint, 1e-3))));
  };
  const pointsLeft = Math.ceil((plan.shardRowCount - skipRows) / Math.max(1, plan.tasks.length));
  if (pointsLeft <= 0) return;
  const { signal } = options;
  signal?.throwIfAborted();

  const workerCount = Math.min(options.workers ?? availableParallelism(), pointsLeft);
  const bootStart = performance.now();
  // the try/finally starts before the workers boot: an abort during start-up terminates the
  // threads still booting (createSolvers) and closes those that already answered (finally below)
  let solvers: PointSolver[] = [];
  let closed = false;
  try {
    solvers = await createSolvers(workerCount, signal);
    signal?.throwIfAborted();
    const start = performance.now();
    options.onStarted?.({ workers: workerCount, startupS: (start - bootStart) / 1000 });
    yield* solveInOrder(plan, solvers, jobs, skipRows, start, options, () => closed, learn);
  } finally {
    closed = true;
    await Promise.all(solvers.map((s) => s.close().catch(() => undefined)));
  }
}

async function* solveInOrder(
  plan: SweepPlan,
  solvers: readonly PointSolver[],
  jobs: Generator<Job>,
  skipRows: number,
  start: number,
  options: RunSweepOptions,
  isClosed: () => boolean,
  learn: (msPerPoint: number) => void,
): AsyncGenerator<SweepRow, void, undefined> {
  const { signal } = options;
  const outputPaths = plan.scenario.outputs.map((o) => o.path);
  const load = solvers.map(() => 0);
  const pending = new Map<number, Promise<SweepRow[]>>();
  const window = solvers.length * BUFFERED_JOBS_PER_WORKER;
  let nextToYield = 0;
  // exhausted: no jobs left; closed: the consumer stopped (break, abort, error), so hand out nothing more
  let exhausted = false;
  const dispatch = (): void => {
    while (!exhausted && !isClosed() && pending.size < window) {
      const k = load.indexOf(Math.min(...load));
      if (load[k]! >= PIPELINE_DEPTH) return;
      const next = jobs.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      load[k]! += 1;
      const promise = solveJob(plan, solvers[k]!, next.value, outputPaths).then(
        ({ rows, msPerPoint }) => {
          learn(msPerPoint);
          return rows;
        },
      ).finally(() => {
        load[k]! -= 1;
        dispatch();
      });
      promise.catch(() => undefined); // observed in order below; do not report it as unhandled meanwhile
      pending.set(next.value.seq, promise);
    }
  };

  let done = skipRows;
  dispatch();
  while (pending.has(nextToYield)) {
    const rows = await abortable(pending.get(nextToYield)!, signal);
    pending.delete(nextToYield++);
    dispatch();
    for (const row of rows) {
      yield row;
      done += 1;
      if (options.onProgress) {
        const elapsedS = (performance.now() - start) / 1000;
        const rowsPerS = elapsedS > 0 ? (done - skipRows) / elapsedS : 0;
        options.onProgress({
          doneRows: done,
          totalRows: plan.shardRowCount,
          elapsedS,
          rowsPerS,
          etaS: rowsPerS > 0 ? (plan.shardRowCount - done) / rowsPerS : Number.POSITIVE_INFINITY,
        });
      }
    }
    signal?.throwIfAborted();
  }
}
