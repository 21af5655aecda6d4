/**
 * Starts the model worker before anything else on the page runs (worker/boot.ts,
 * main.tsx's first import), and hands it to the model client when it connects.
 *
 * Why: the page's entry script evaluates React and three.js for ~300 ms before
 * main.tsx's own body runs; a worker created there fetched, parsed and compiled
 * its script only after that, and the first answer waited for it
 * (docs/performance.md, first frame). Started first, the worker loads on the
 * other core while the page's script evaluates.
 */

/** The Vite-bundled module worker (the `new Worker(new URL(…))` form is how Vite finds and bundles it). */
export function createModelWorker(): Worker {
  return new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'lumbo-model' });
}

interface EarlyWorker {
  readonly worker: Worker;
  /** A failure the worker reported before the client was listening (script failed to load). */
  failure: string | null;
}

let early: EarlyWorker | null = null;

/** Creates the worker now, once (no-op where there are no workers, e.g. in Node). */
export function startModelWorkerEarly(): void {
  if (early || typeof Worker === 'undefined') return;
  const started: EarlyWorker = { worker: createModelWorker(), failure: null };
  started.worker.addEventListener('error', (event) => {
    started.failure ??= event.message || 'the worker script failed to load';
  });
  early = started;
}

/** The early worker, once: the first connection gets it; a restart creates a new one. */
export function takeEarlyWorker(): EarlyWorker | null {
  const taken = early;
  early = null;
  return taken;
}
