/**
 * Offline use: registers the service worker that vite-plugin-pwa generates at
 * build time (`sw.js`, Workbox precache of every built file: the page, the
 * JavaScript and CSS chunks, the model worker chunk). Production builds only:
 * the dev server has no `sw.js`, and a worker caching dev modules would serve
 * stale code.
 *
 * Registration waits until the 3-D view has drawn its first figure (and then
 * an idle moment): installing downloads and compiles ~2 MB, ~0.3 s of CPU that
 * competed with building the first frame when it started at the first model
 * answer (docs/performance.md, "The worker starts with the page"). If no figure is
 * drawn (no WebGL), it registers some seconds after the first answer. The page
 * works online meanwhile, and once the worker is installed it works offline.
 */

interface Startup {
  firstResultAtMs: number | null;
  firstFrameAtMs: number | null;
}

interface StartupStore {
  getState(): Startup;
  subscribe(listener: (state: Startup) => void): () => void;
}

/** How long after the first answer to register anyway when no figure has been drawn. */
export const NO_FRAME_FALLBACK_MS = 5000;

/**
 * Calls `run` once: when the store has its first drawn frame, or `fallbackMs` after its first
 * result if no frame has come by then (at once if the frame already has). `setTimer` is the clock.
 */
export function afterFirstFrame(store: StartupStore, run: () => void, fallbackMs = NO_FRAME_FALLBACK_MS, setTimer: (cb: () => void, ms: number) => unknown = setTimeout): void {
  let done = false;
  let timerSet = false;
  const once = () => {
    if (done) return;
    done = true;
    stop();
    run();
  };
  const check = (s: Startup) => {
    if (s.firstFrameAtMs !== null) once();
    else if (s.firstResultAtMs !== null && !timerSet) {
      timerSet = true;
      setTimer(once, fallbackMs);
    }
  };
  const stop = store.subscribe(check);
  check(store.getState());
}

export function registerOfflineCache(store: StartupStore): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  afterFirstFrame(store, () => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => {
      const base = import.meta.env.BASE_URL;
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((err: unknown) => {
        // the viewer works without it (online); say why offline use is unavailable
        console.warn('Offline cache unavailable:', err);
      });
    });
  });
}
