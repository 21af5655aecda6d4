/**
 * Offline use: registers the service worker that vite-plugin-pwa generates at
 * build time (`sw.js`, Workbox precache of every built file: the page, the
 * JavaScript and CSS chunks, the model worker chunk). Production builds only:
 * the dev server has no `sw.js`, and a worker caching dev modules would serve
 * stale code.
 *
 * Registration waits for the first model result (and then an idle moment), so
 * the precache download never competes with the first solve and paint; the
 * page works online meanwhile, and once the worker is installed it works
 * offline.
 */

interface FirstResultStore {
  getState(): { firstResultAtMs: number | null };
  subscribe(listener: (state: { firstResultAtMs: number | null }) => void): () => void;
}

/** Calls `run` once the store has its first result (at once if it already has). */
export function afterFirstResult(store: FirstResultStore, run: () => void): void {
  if (store.getState().firstResultAtMs !== null) {
    run();
    return;
  }
  const stop = store.subscribe((s) => {
    if (s.firstResultAtMs === null) return;
    stop();
    run();
  });
}

export function registerOfflineCache(store: FirstResultStore): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  afterFirstResult(store, () => {
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
