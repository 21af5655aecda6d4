/**
 * The model worker can be started by a small inline script at the top of the built page
 * (vite.config.ts, plugin `lumbo-early-worker`), before the main bundle is even downloaded. A
 * worker's thread starts only when the page's main thread takes the browser's "script loaded"
 * message from its queue, and the main bundle's evaluation and React's first render hold that
 * thread for about half a second on a two-core machine: started from the main bundle, the worker
 * began running that much later and the first answer came later with it (docs/performance.md,
 * "The worker starts with the page"). The development server has no such script: there the
 * first connection starts the worker.
 */
declare global {
  /** Set by the built page's inline start-up script; taken (and cleared) by the first connection. */
  var __lumboModelWorker: Worker | undefined;
}

/** The worker the page started, handed over once; a fresh one otherwise (development, a restart after a crash). */
export function takeModelWorker(): Worker {
  const early = globalThis.__lumboModelWorker;
  globalThis.__lumboModelWorker = undefined;
  return early ?? new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'lumbo-model' });
}
