/** The part of the viewer's `window.__lumbo` handle (packages/viewer/src/debug-handle.ts) the e2e tests use. */
export {};

declare global {
  interface Window {
    __lumbo?: {
      store: { getState(): { firstResultAtMs: number | null; lastSolveMs: number | null } };
      killWorker(): void;
      measureFrames?: (n: number) => unknown;
    };
  }
}
