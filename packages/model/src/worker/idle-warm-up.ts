/**
 * Warms the model's code while a worker has nothing to do (docs/performance.md, "The worker warms its code
 * while idle"). A fresh JavaScript engine runs the model slowly until it has compiled its hot functions: in
 * Node and in Chromium alike the first gait cycle costs 150–340 ms and the next ten 20–100 ms before it
 * settles at ~8–15 ms, and a static task other than standing costs 10–35 ms the first time against ~0.5 ms.
 * In the viewer that is the first click on "Gait" and the first slider moves after it.
 *
 * The warm-up runs short, real solves (their answers are dropped) once the worker has been quiet for
 * `idleMs` after its last request, one step at a time with a gap between steps, so a request that arrives
 * waits at most for the step in progress; any request postpones the next step until the worker is quiet
 * again. After its last step it never runs again in that worker.
 */

export interface IdleWarmUpOptions {
  /** Quiet time after the last request before a step (ms); the first step waits for the first request. */
  readonly idleMs?: number;
  /** Pause between two steps (ms): a request that arrives in it runs first. */
  readonly gapMs?: number;
}

export interface IdleWarmUp {
  /** Call at the start and at the end of every request: the worker is busy, then quiet from now. */
  activity(): void;
  /** Steps run so far. */
  readonly done: number;
}

/** 2 s of quiet [E]: longer than the gap between the viewer's first answer and its first frame on a slow machine. */
export const WARM_UP_IDLE_MS = 2000;
/** 100 ms between steps [E]. */
export const WARM_UP_GAP_MS = 100;

/** Runs `steps[0]`, `steps[1]`, … one at a time while the worker is quiet; see the file comment. */
export function createIdleWarmUp(steps: readonly (() => void)[], options: IdleWarmUpOptions = {}): IdleWarmUp {
  const idleMs = options.idleMs ?? WARM_UP_IDLE_MS;
  const gapMs = options.gapMs ?? WARM_UP_GAP_MS;
  let done = 0;
  let quietSince = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number): void => {
    clearTimeout(timer);
    timer = done < steps.length ? setTimeout(run, ms) : undefined;
  };
  function run(): void {
    timer = undefined;
    const quiet = performance.now() - quietSince;
    if (quiet < idleMs) {
      schedule(idleMs - quiet);
      return;
    }
    const step = steps[done++]!;
    try {
      step();
    } catch {
      // a warm-up solve that fails costs nothing but its time: the request that needs the code reports errors
    }
    // the gap counts as quiet: the next step runs after it unless a request came in between
    quietSince = performance.now() - idleMs;
    schedule(Math.max(gapMs, 0));
  }

  return {
    activity() {
      quietSince = performance.now();
      if (timer === undefined) schedule(idleMs);
    },
    get done() {
      return done;
    },
  };
}
