/**
 * The only file that talks to the model worker.
 *
 * - Two channels share one worker: `main` (the figure on screen) and
 *   `compare` (the compare set's ghost figure). Per channel the latest
 *   request wins: at most one request in flight in all, one pending per
 *   channel, and `main` goes first, so a slider drag never queues stale work.
 * - A static task calls `solve`; the gait task calls `simulateGait` (typed
 *   arrays come back transferred), naming its channel as the series it
 *   continues (`continueFrom`): a slider step's cycle starts from the last
 *   answer of the same figure, equal to a cold cycle within the solver's
 *   tolerance.
 * - Coarse to fine (gait, main channel; on unless `coarseGaitFrames` is null,
 *   which the viewer passes unless `?gait-preview=on`): a gait request is first solved at
 *   `coarseGaitFrames` frames per cycle (26: every fourth of the full cycle's
 *   101 instants) and delivered with `refining: true`, then at the full 101
 *   frames and delivered with `refining: false`. The full solve is skipped if
 *   a newer main request is already waiting (superseded), and a full answer
 *   that comes back after a newer main request was made is dropped, so the
 *   screen never goes back to an older request's answer once a newer one was
 *   asked for and is on its way. The compare channel is always solved in full.
 * - A worker that reports an uncaught error, stops answering (watchdog) or is
 *   killed is terminated and replaced, and the latest requests are sent again.
 *   Results of a dead worker's generation are ignored if they ever arrive.
 * - Bad input (ModelParamsError, TaskError) is not a crash: it is reported and
 *   nothing is retried, because the same request would fail the same way.
 * - Shared reply (a cross-origin-isolated page; docs/viewer.md, "Answers
 *   through shared memory"): a static task's answer comes through shared
 *   memory, read as soon as the worker rings (`@lumbo/model/worker/shared-reply`),
 *   because after a key press or a click Chromium holds the worker's reply
 *   message until the page has drawn a frame; the reply message still comes
 *   and delivers the answer if it is first.
 */
import { wrap } from 'comlink';
import type { PartialModelParams, TaskResult } from '@lumbo/model';
import { createSharedReplyBuffer, readSharedReply, sharedRepliesAvailable, waitForSharedReply } from '@lumbo/model/worker/shared-reply';
import type { Answer, ViewerTask } from '../lib/viewer-task.ts';
import { trialCallOptions, type GaitTrial } from '../lib/gait-trial.ts';
import { INPUT_ERROR_NAMES, type ModelWorkerApi } from './worker-api.ts';
import { takeModelWorker } from './early-worker.ts';

export type Channel = 'main' | 'compare';
const CHANNELS: readonly Channel[] = ['main', 'compare'];

/** `P` lets a caller that always sends complete parameters get them back typed as such. */
export interface SolveRequest<P extends PartialModelParams = PartialModelParams> {
  /** Increases with every request (over both channels), so a result can be matched to what was asked. */
  readonly id: number;
  readonly channel: Channel;
  readonly params: P;
  readonly task: ViewerTask;
}

export interface WorkerConnection {
  readonly api: Pick<ModelWorkerApi, 'solve' | 'simulateGait' | 'setTrial' | 'ping'> & Partial<Pick<ModelWorkerApi, 'solveShared'>>;
  /** The buffer the worker writes static answers into (given to it with `useSharedReplies`); absent without shared memory. */
  readonly shared?: SharedArrayBuffer | undefined;
  /** Registers the callback for a worker that failed outside any call (script error, load failure). */
  onFailure(callback: (message: string) => void): void;
  terminate(): void;
}

export interface ModelClientEvents<P extends PartialModelParams = PartialModelParams> {
  /**
   * An answer to `request`. `refining`: a coarse gait cycle (fewer frames per
   * cycle), the model's own answer for these parameters, with the full cycle
   * for the same request on its way.
   */
  result(answer: Answer, request: SolveRequest<P>, elapsedMs: number, refining: boolean, via: Delivery): void;
  /** The model rejected this request's input; the previous result stays valid. */
  inputError(message: string, request: SolveRequest<P>): void;
  /** The worker died; `willRetry` says whether the latest request is being re-sent to a new worker. */
  workerFailed(message: string, willRetry: boolean): void;
  /** A restarted worker delivered its first result. */
  workerRecovered(): void;
  busy(busy: boolean): void;
}

export interface ModelClientOptions {
  connect?: () => WorkerConnection;
  /** A request without an answer after this long counts as a dead worker. */
  timeoutMs?: number;
  /** Consecutive crashes tolerated before waiting for a new request instead of re-sending. */
  maxRetries?: number;
  /** Frames per cycle of the first, coarse answer to a main gait request; null: solve the full cycle only. */
  coarseGaitFrames?: number | null;
}

/** How an answer reached the page: read from the shared buffer when the worker rang, or in the worker's reply message. */
export type Delivery = 'shared' | 'message';

/** Frames per cycle of the coarse gait answer: every fourth instant of the full 101-frame cycle. */
export const COARSE_GAIT_FRAMES = 26;

export interface ModelClient<P extends PartialModelParams = PartialModelParams> {
  /** Queues a request on a channel (latest wins) and returns its id. */
  request(params: P, task: ViewerTask, channel?: Channel): number;
  /** Terminates the worker as if it had crashed (used by tests and the debug handle). */
  killWorker(): void;
  readonly restarts: number;
  dispose(): void;
}

/** Starts the Vite-bundled module worker and wraps it with comlink (and shares a reply buffer with it, if the page may). */
export function connectBrowserWorker(): WorkerConnection {
  const worker = takeModelWorker();
  const api = wrap<ModelWorkerApi>(worker);
  let shared: SharedArrayBuffer | undefined;
  if (sharedRepliesAvailable()) {
    shared = createSharedReplyBuffer();
    // messages reach the worker in order: the buffer is there before the first solveShared
    void api.useSharedReplies(shared);
  }
  return {
    api: api as unknown as ModelWorkerApi,
    shared,
    onFailure(callback) {
      worker.addEventListener('error', (event) => {
        // handled here and shown in the page: keep it out of the console as an uncaught error
        event.preventDefault();
        callback(event.message || 'the worker script failed to load or threw outside a call');
      });
      worker.addEventListener('messageerror', () => callback('a message from the worker could not be read'));
    },
    terminate() {
      worker.terminate();
    },
  };
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

function isInputError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && INPUT_ERROR_NAMES.has(String(error.name));
}

/**
 * One call to the worker: a request and, for gait, the frames per cycle (null:
 * the model's default, the full cycle); `refine` marks the full solve that
 * follows a coarse answer.
 */
interface Job<P extends PartialModelParams> {
  readonly request: SolveRequest<P>;
  readonly coarseFrames: number | null;
  readonly refine?: boolean;
}

/**
 * Trials given to each worker with `setTrial`, newest last: the two most recent (the trial on screen and a newly
 * chosen one). The worker keeps more (KEPT_TRIALS, 4, in the model's trial-cache.ts) in the same order, so an id
 * held here is one it still has. A new worker (a restart) starts with none: its trials are given again.
 */
const TRIALS_HELD = 2;
const trialIds = new WeakMap<WorkerConnection, { trial: GaitTrial; id: Promise<string> }[]>();

/** The worker's id for a trial, given to it (its files' texts, once) the first time this connection sees the trial. */
function trialIdOf(conn: WorkerConnection, trial: GaitTrial): Promise<string> {
  let held = trialIds.get(conn);
  if (!held) trialIds.set(conn, (held = []));
  const found = held.find((h) => h.trial === trial);
  if (found) return found.id;
  const entry = { trial, id: conn.api.setTrial(trialCallOptions(trial)) };
  held.push(entry);
  if (held.length > TRIALS_HELD) held.shift();
  // a refused trial is not kept by the worker either: choosing it again asks again
  entry.id.catch(() => {
    const i = held.indexOf(entry);
    if (i >= 0) held.splice(i, 1);
  });
  return entry.id;
}

/** Sends one request to the worker: `simulateGait` for gait, `solve` (or `solveShared`) for a static task. */
async function call(conn: WorkerConnection, job: Job<PartialModelParams>, timeoutMs: number): Promise<{ answer: Answer; via: Delivery }> {
  const { api } = conn;
  const { request, coarseFrames } = job;
  const task = request.task;
  if (task.kind === 'gait') {
    // each channel's cycles continue from its last (a slider step starts at the last answer; docs/model.md §9.3, step 7)
    // a lab's own trial goes to the worker once (setTrial: its files' megabytes are copied once, not per slider
    // step); each gait request of both channels names its id, and its cycles continue only from the same trial's
    const continueFrom = request.channel;
    const trial = task.trial ? { trialId: await trialIdOf(conn, task.trial) } : {};
    const gait = await api.simulateGait(request.params, { continueFrom, ...trial, ...(coarseFrames !== null && { framesPerCycle: coarseFrames }) });
    return { answer: { kind: 'gait', gait }, via: 'message' };
  }
  if (conn.shared && api.solveShared) {
    const { result, via } = await solveShared(conn.shared, api.solveShared, request, task, timeoutMs);
    return { answer: { kind: 'static', result }, via };
  }
  return { answer: { kind: 'static', result: await api.solve(request.params, task) }, via: 'message' };
}

/**
 * A static answer from the shared buffer when the worker rings (the request's id is its ticket: ids only grow),
 * or from the reply message if that comes first (an answer the buffer could not carry comes in it).
 */
function solveShared(
  buffer: SharedArrayBuffer,
  solve: NonNullable<WorkerConnection['api']['solveShared']>,
  request: SolveRequest,
  task: Exclude<ViewerTask, { kind: 'gait' }>,
  timeoutMs: number,
): Promise<{ result: TaskResult; via: Delivery }> {
  const ticket = request.id;
  let delivered = false;
  const read = (via: Delivery) => {
    const result = readSharedReply(buffer, ticket);
    if (result === undefined) throw new Error(`the shared reply for request ${ticket} was overwritten before it was read`);
    delivered = true;
    return { result: result as TaskResult, via };
  };
  const bell = waitForSharedReply(buffer, ticket, timeoutMs).then((rung) =>
    // not rung (an error reply, or a timeout the watchdog reports): this side never settles
    rung && !delivered ? read('shared') : new Promise<never>(() => {}),
  );
  const reply = solve(request.params, task, ticket).then((answer) => {
    if (delivered) return new Promise<never>(() => {});
    if (answer.shared) return read('message');
    delivered = true;
    return { result: answer.result, via: 'message' as const };
  });
  return Promise.race([bell, reply]);
}

interface InFlight<P extends PartialModelParams> {
  readonly job: Job<P>;
  readonly generation: number;
  readonly startedMs: number;
  readonly watchdog: ReturnType<typeof setTimeout>;
}

type PerChannel<T> = Record<Channel, T>;

export function createModelClient<P extends PartialModelParams = PartialModelParams>(
  events: ModelClientEvents<P>,
  options: ModelClientOptions = {},
): ModelClient<P> {
  const connect = options.connect ?? connectBrowserWorker;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRetries = options.maxRetries ?? 2;
  const coarseGaitFrames = options.coarseGaitFrames === undefined ? COARSE_GAIT_FRAMES : options.coarseGaitFrames;

  let connection: WorkerConnection | null = null;
  // bumped on every restart; answers from an older generation are dropped
  let generation = 0;
  let nextId = 1;
  let inFlight: InFlight<P> | null = null;
  const pending: PerChannel<SolveRequest<P> | null> = { main: null, compare: null };
  const latest: PerChannel<SolveRequest<P> | null> = { main: null, compare: null };
  const answered: PerChannel<number> = { main: 0, compare: 0 };
  // a main gait request whose coarse answer was delivered and whose full cycle is still to solve
  let refine: SolveRequest<P> | null = null;
  let consecutiveFailures = 0;
  let recovering = false;
  let restarts = 0;
  let disposed = false;

  const anyPending = () => pending.main !== null || pending.compare !== null || refine !== null;

  function ensureConnection(): WorkerConnection {
    if (connection) return connection;
    const conn = connect();
    const gen = generation;
    conn.onFailure((message) => fail(gen, message));
    connection = conn;
    return conn;
  }

  function settle(): void {
    inFlight = null;
    if (!anyPending()) events.busy(false);
    pump();
  }

  /** The next call: the latest main request (coarse first for gait), then the compare figure, then a main gait cycle's full solve. */
  function nextJob(): Job<P> | null {
    const main = pending.main;
    if (main) {
      pending.main = null;
      // a newer main request supersedes the full solve of an older one
      refine = null;
      const coarse = main.task.kind === 'gait' && coarseGaitFrames !== null;
      return { request: main, coarseFrames: coarse ? coarseGaitFrames : null };
    }
    const compare = pending.compare;
    if (compare) {
      pending.compare = null;
      return { request: compare, coarseFrames: null };
    }
    if (refine) {
      const request = refine;
      refine = null;
      return { request, coarseFrames: null, refine: true };
    }
    return null;
  }

  function pump(): void {
    if (disposed || inFlight) return;
    const job = nextJob();
    if (!job) return;
    const { request } = job;
    const conn = ensureConnection();
    const gen = generation;
    const watchdog = setTimeout(() => fail(gen, `no answer within ${timeoutMs / 1000} s`), timeoutMs);
    inFlight = { job, generation: gen, startedMs: performance.now(), watchdog };
    events.busy(true);
    call(conn, job, timeoutMs).then(
      ({ answer, via }) => {
        if (gen !== generation || !inFlight) return;
        clearTimeout(inFlight.watchdog);
        const elapsed = performance.now() - inFlight.startedMs;
        consecutiveFailures = 0;
        if (recovering) {
          recovering = false;
          events.workerRecovered();
        }
        const refining = job.coarseFrames !== null;
        // the full cycle of a main request that a newer one has replaced in the meantime: not shown
        const superseded = job.refine === true && latest.main !== null && latest.main.id !== request.id;
        if (!superseded) {
          answered[request.channel] = request.id;
          events.result(answer, request, elapsed, refining, via);
        }
        if (refining && pending.main === null) refine = request;
        settle();
      },
      (error: unknown) => {
        if (gen !== generation || !inFlight) return;
        if (isInputError(error)) {
          clearTimeout(inFlight.watchdog);
          answered[request.channel] = request.id;
          events.inputError(errorMessage(error), request);
          settle();
        } else {
          fail(gen, errorMessage(error));
        }
      },
    );
  }

  function fail(gen: number, message: string): void {
    if (disposed || gen !== generation) return;
    if (inFlight) clearTimeout(inFlight.watchdog);
    inFlight = null;
    connection?.terminate();
    connection = null;
    generation += 1;
    restarts += 1;
    consecutiveFailures += 1;
    recovering = true;
    const retry = consecutiveFailures <= maxRetries && latest.main !== null;
    events.workerFailed(message, retry);
    if (retry) {
      // the main figure's latest request always goes again (it proves the new worker answers);
      // the compare figure only if it was still unanswered
      for (const channel of CHANNELS) {
        const last = latest[channel];
        if (!last || pending[channel]) continue;
        if (channel === 'main' || answered[channel] < last.id) pending[channel] = last;
      }
    }
    if (anyPending()) pump();
    else events.busy(false);
  }

  return {
    request(params, task, channel = 'main') {
      const request: SolveRequest<P> = { id: nextId++, channel, params, task };
      latest[channel] = request;
      pending[channel] = request;
      pump();
      return request.id;
    },
    killWorker() {
      fail(generation, 'the worker was stopped');
    },
    get restarts() {
      return restarts;
    },
    dispose() {
      disposed = true;
      if (inFlight) clearTimeout(inFlight.watchdog);
      connection?.terminate();
      connection = null;
    },
  };
}
