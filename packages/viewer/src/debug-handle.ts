/**
 * `window.__lumbo`: the page's testability hooks (docs/viewer.md, "Testability
 * contract"). Tests read state and timings here and can kill the worker; the
 * app never depends on it.
 */
import type { ViewerStoreApi } from './state/store.ts';

export interface FrameStats {
  readonly frames: number;
  readonly medianMs: number;
  readonly meanMs: number;
  readonly maxMs: number;
  readonly drawCalls: number;
  readonly triangles: number;
  readonly width: number;
  readonly height: number;
}

export interface LumboDebugHandle {
  readonly store: ViewerStoreApi;
  /** Terminates the model worker as if it had crashed. */
  killWorker(): void;
  /** Renders `n` frames synchronously (each followed by a 1-pixel read so the GPU work is counted). */
  measureFrames?: (n: number) => FrameStats;
}

declare global {
  interface Window {
    __lumbo?: LumboDebugHandle;
  }
}

export function installDebugHandle(handle: LumboDebugHandle): void {
  window.__lumbo = handle;
}

/** Lets the canvas register its frame probe once it exists. */
export function registerFrameProbe(probe: (n: number) => FrameStats): () => void {
  const handle = window.__lumbo;
  if (!handle) return () => undefined;
  handle.measureFrames = probe;
  return () => {
    if (handle.measureFrames === probe) delete handle.measureFrames;
  };
}
