/**
 * The worker API: one small, coarse, typed interface (conventions §5). The
 * same object is exposed in a browser Worker (expose.ts) and in Node
 * worker_threads (node-expose.ts); every call returns a whole result as plain
 * data, typed arrays transferred.
 */
import { createGaitContinuation, simulateGait, solveTask, TaskError, type GaitContinuation, type GaitResult, type PartialModelParams, type Task, type TaskResult } from '../index.ts';
import { createCompileCache } from './compile-cache.ts';
import { createTrialCache, hasTrial, type TrialTexts } from './trial-cache.ts';

export type { TrialTexts } from './trial-cache.ts';
import { transferResult } from './transfer.ts';
import { createIdleWarmUp, type IdleWarmUpOptions } from './idle-warm-up.ts';
import { modelWarmUpSteps } from './warm-up-steps.ts';
import { writeSharedReply } from './shared-reply.ts';

export interface LumboWorkerApi {
  /** Compiles `params` (cached by their JSON) and solves `task`. Rejects with ModelParamsError or TaskError for bad input. */
  solve(params: PartialModelParams, task: Task): Promise<TaskResult>;
  /**
   * Simulates one gait cycle; every series is a Float64Array, transferred (not copied).
   * `motText`, if given, is an OpenSim .mot of one cycle from right heel strike, or a whole trial whose cycle its plates
   * or `cycleStartS`/`cycleEndS` cut (the baseline; docs/model.md §9.1), and
   * `groundReactionsText` with `subjectMassKg` the same trial's force plates (trial-cache.ts). A bad trial rejects with
   * the reader's StorageFormatError or TaskError, its message prefixed with the option that carried it.
   * `trialId` instead names a trial given once with `setTrial`.
   */
  simulateGait(params: PartialModelParams, options?: GaitCallOptions): Promise<GaitResult>;
  /**
   * Parses a lab's own trial once and keeps it (the last KEPT_TRIALS, trial-cache.ts); answers the id that gait
   * requests name as `trialId`, so they need not carry the files' texts. Rejects as `simulateGait` does for a bad
   * trial (StorageFormatError or TaskError, prefixed with the option that carried it).
   */
  setTrial(texts: TrialTexts): Promise<string>;
  /** Answers `'pong'`: the worker booted and is listening. */
  ping(): Promise<string>;
  /**
   * Gives the worker a shared buffer for `solveShared` (shared-reply.ts): a cross-origin-isolated page reads
   * answers from it without waiting for a message.
   */
  useSharedReplies(buffer: SharedArrayBuffer): Promise<void>;
  /**
   * As `solve`, but the answer is written into the shared buffer under `ticket` (and the page's waiter woken);
   * the reply then only says so. An answer that does not fit, or that JSON would not carry exactly, comes in the
   * reply as from `solve`; so does every answer before `useSharedReplies`.
   */
  solveShared(params: PartialModelParams, task: Task, ticket: number): Promise<SharedSolveReply>;
}

/** Where `solveShared` put its answer. */
export type SharedSolveReply = { readonly shared: true } | { readonly shared: false; readonly result: TaskResult };

/**
 * Gait options that cross the worker boundary as plain data. A lab's own trial comes as its files' texts
 * (TrialTexts: `motText`, `groundReactionsText`, `subjectMassKg`, `subjectHeightM`, foot prefixes; docs/model.md
 * §9.1), parsed once and kept while the same texts come again.
 */
export interface GaitCallOptions extends TrialTexts {
  /** A trial given with `setTrial` (then no trial texts with the request). */
  trialId?: string;
  framesPerCycle?: number;
  cycleDurationS?: number;
  /**
   * Names a series of requests, each a small step from the last (the viewer's main figure, its compare figure):
   * each frame's solve starts from the last answer of the same series (`GaitOptions.continuation`; docs/model.md
   * §9.3, step 7). Equal to a cold cycle within the solver's tolerance, not bit for bit. Absent: a cold cycle.
   */
  continueFrom?: string;
}

/** Named gait series a worker keeps continuations for (the viewer uses two: its main and compare figures) [E]. */
export const CONTINUED_SERIES = 8;

export interface WorkerApiOptions {
  /** How many compiled parameter sets to keep (default 8). */
  cacheSize?: number;
  /**
   * Warm the model's code while idle (idle-warm-up.ts): the browser worker does, so the first gait cycle and
   * the first other task a user asks for come at full speed; a sweep's Node workers do not (they are never idle).
   * `true` uses the default timing; an object sets it (tests).
   */
  warmUpWhenIdle?: boolean | IdleWarmUpOptions;
}

export function createWorkerApi(options: WorkerApiOptions = {}): LumboWorkerApi {
  const cache = createCompileCache(options.cacheSize);
  const { warmUpWhenIdle } = options;
  const warmUp = warmUpWhenIdle ? createIdleWarmUp(modelWarmUpSteps(), warmUpWhenIdle === true ? {} : warmUpWhenIdle) : null;
  /** Runs one request with the warm-up told the worker is busy, then quiet from its end. */
  const busy = <T>(work: () => T): T => {
    warmUp?.activity();
    try {
      return work();
    } finally {
      warmUp?.activity();
    }
  };
  let shared: SharedArrayBuffer | null = null;
  /**
   * The gait continuations of the named request series (GaitCallOptions.continueFrom), each per cycle length; the
   * CONTINUED_SERIES most recently used are kept (a caller inventing names cannot grow the worker without bound).
   */
  const continuations = new Map<string, GaitContinuation>();
  const trials = createTrialCache();
  /** Keyed by series, trial (continuations do not notice other kinematics) and frames per cycle. */
  const continuationOf = (name: string, trialId: string, frames: number | undefined): GaitContinuation => {
    const key = `${name}:${trialId}:${frames ?? 'default'}`;
    const c = continuations.get(key) ?? createGaitContinuation();
    // re-inserted: a Map iterates in insertion order, so its first key is the least recently used
    continuations.delete(key);
    continuations.set(key, c);
    if (continuations.size > CONTINUED_SERIES) continuations.delete(continuations.keys().next().value!);
    return c;
  };
  return {
    async solve(params, task) {
      return busy(() => transferResult(solveTask(cache.get(params), task)));
    },
    async useSharedReplies(buffer) {
      shared = buffer;
    },
    async solveShared(params, task, ticket) {
      return busy(() => {
        const result = solveTask(cache.get(params), task);
        if (shared && writeSharedReply(shared, ticket, result)) return { shared: true } as const;
        return transferResult({ shared: false, result } as const);
      });
    },
    async simulateGait(params, options = {}) {
      return busy(() => {
        const { framesPerCycle, cycleDurationS, continueFrom, trialId } = options;
        if (trialId !== undefined && hasTrial(options)) {
          throw new TaskError('trialId names a trial given with setTrial: send it without the trial\'s texts and subject, or send those without trialId', 'trialId', trialId);
        }
        const trial = trialId !== undefined ? trials.get(trialId) : hasTrial(options) ? trials.ofTexts(options) : null;
        const continuation = continueFrom === undefined ? undefined : continuationOf(continueFrom, trial?.id ?? 'built-in', framesPerCycle);
        return transferResult(
          simulateGait(cache.get(params), {
            ...(framesPerCycle !== undefined && { framesPerCycle }),
            ...(cycleDurationS !== undefined && { cycleDurationS }),
            ...trial?.trial,
            ...(continuation && { continuation }),
          }),
        );
      });
    },
    async setTrial(texts) {
      return busy(() => trials.put(texts).id);
    },
    async ping() {
      return 'pong';
    },
  };
}
