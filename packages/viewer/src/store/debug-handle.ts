/**
 * `window.__lumbo`: the page's testability hooks (docs/viewer.md, "Testability
 * contract"). Tests read state and timings here and can kill the worker; the
 * app never depends on it.
 */
import type { Playhead } from './playhead.ts';
import type { ViewerStoreApi } from './store.ts';

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

/** Statistics of the scene's own JavaScript per animation frame (the frame driver, not the GPU). */
export interface FrameWorkStats {
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
}

export interface ProjectedPoints {
  readonly points: readonly { x: number; y: number }[];
  readonly width: number;
  readonly height: number;
}

/**
 * The first rendered frame that shows a main answer: its request id, when (ms
 * since navigation), and whether it was the coarse cycle shown while the full
 * one solves (a request in gait is stamped twice: coarse, then full).
 */
export interface PaintStamp {
  readonly requestId: number;
  readonly atMs: number;
  readonly refining: boolean;
  /** Frames of the cycle drawn (1 for a static answer). */
  readonly frames: number;
}

export interface LumboDebugHandle {
  readonly store: ViewerStoreApi;
  readonly playhead: Playhead;
  /** Terminates the model worker as if it had crashed. */
  killWorker(): void;
  /** Renders `n` frames synchronously (each followed by a 1-pixel read so the GPU work is counted). */
  measureFrames?: (n: number) => FrameStats;
  /** Per-frame JavaScript of the scene during gait playback since the last reset. */
  frameWork?: () => FrameWorkStats;
  resetFrameWork?: () => void;
  /**
   * World points (m, the model's frame: the main figure stands at the origin)
   * projected through the current camera, in CSS pixels from the canvas's
   * top-left corner, with the canvas size: how large a body part is on screen.
   */
  project?: (points: readonly { x: number; y: number; z: number }[]) => ProjectedPoints;
  /** Latest answer drawn on screen, and the first one. */
  lastPaint: PaintStamp | null;
  firstPaint: PaintStamp | null;
  /** The last paint stamps, oldest first (at most 64): a gait request's coarse and full paints both. */
  paints: PaintStamp[];
  /** The worker round trips of the last main answers, oldest first (at most 64). */
  solves: SolveStamp[];
  /** The anatomy layer: bone asset, drawn meshes, muscle bellies on screen, the muscle label (figure/anatomy-probe.ts). */
  anatomy?: AnatomyDebug;
  /** The last file the Export controls saved (absent until one is). */
  lastExport?: ExportRecord;
}

/** The bone asset's loading state (figure/bones/load-bones.ts). */
export type BoneAssetStatus =
  | { readonly state: 'idle' | 'loading' }
  | { readonly state: 'ready'; readonly bytes: number; readonly triangles: number; readonly meshes: number; readonly parts: readonly string[]; readonly loadMs: number }
  | { readonly state: 'failed'; readonly error: string };

export interface AnatomyDebug {
  bones(): BoneAssetStatus;
  /** Bone meshes of the main figure in the scene (6 once the asset is drawn). */
  drawnBoneMeshes(): number;
  /** Lumbar vertebrae drawn by the main figure. */
  vertebrae(): number;
  /** Client-pixel positions of the ring centres along a belly ("piri_r"), middle first; those off screen are left out. */
  muscleScreenPoints(element: string): { x: number; y: number }[];
  /** The muscle label's text (hover or tap), or null. */
  muscleLabel(): string | null;
}

/** What an export produced: the file and, for images and video, its size and timing. */
export interface ExportRecord {
  readonly kind: 'png' | 'video' | 'csv' | 'json';
  readonly fileName: string;
  /** The Blob's MIME type and size in bytes. */
  readonly type: string;
  readonly bytes: number;
  readonly width?: number;
  readonly height?: number;
  /** PNG: height of the 3-D view within the image (the caption strip is below). */
  readonly viewHeight?: number;
  /** Video: frames, frame rate, duration, the cycle it shows, and the codec. */
  readonly frames?: number;
  readonly fps?: number;
  readonly durationS?: number;
  readonly cycleDurationS?: number;
  readonly codec?: string;
  /** Wall time from the click to the file. */
  readonly elapsedMs: number;
}

declare global {
  interface Window {
    __lumbo?: LumboDebugHandle;
  }
}

export function installDebugHandle(handle: Omit<LumboDebugHandle, 'lastPaint' | 'firstPaint' | 'paints' | 'solves'>): void {
  window.__lumbo = { ...handle, lastPaint: null, firstPaint: null, paints: [], solves: [] };
}

/** Lets the canvas register its probes once it exists; returns the function that removes them. */
/** Adds the anatomy layer's probe (figure/anatomy-probe.ts) once the 3-D chunk has loaded: three.js stays out of the page's entry script. */
export function registerAnatomy(anatomy: AnatomyDebug): void {
  const handle = window.__lumbo;
  if (handle) handle.anatomy = anatomy;
}

export function registerProbes(probes: Pick<LumboDebugHandle, 'measureFrames' | 'frameWork' | 'resetFrameWork' | 'project'>): () => void {
  const handle = window.__lumbo;
  if (!handle) return () => undefined;
  Object.assign(handle, probes);
  return () => {
    for (const key of Object.keys(probes) as (keyof typeof probes)[]) {
      if (handle[key] === probes[key]) delete handle[key];
    }
  };
}

export function recordExport(record: ExportRecord): void {
  const handle = window.__lumbo;
  if (handle) handle.lastExport = record;
}

export function recordPaint(requestId: number, atMs: number, refining = false, frames = 1): void {
  const handle = window.__lumbo;
  if (!handle) return;
  const stamp = { requestId, atMs, refining, frames };
  handle.lastPaint = stamp;
  handle.firstPaint ??= stamp;
  handle.paints.push(stamp);
  if (handle.paints.length > 64) handle.paints.shift();
}

/** A main answer's worker round trip (request sent → result back), coarse or full. */
export interface SolveStamp {
  readonly requestId: number;
  readonly refining: boolean;
  readonly ms: number;
  /** Read from the shared buffer when the worker rang, or from its reply message (docs/viewer.md, "Answers through shared memory"). */
  readonly via: 'shared' | 'message';
}

export function recordSolve(stamp: SolveStamp): void {
  const handle = typeof window === 'undefined' ? undefined : window.__lumbo;
  if (!handle) return;
  handle.solves.push(stamp);
  if (handle.solves.length > 64) handle.solves.shift();
}

/** Median, 95th percentile, max and mean of the first `n` samples of a ring buffer. */
export function summarise(samples: Float64Array, count: number): FrameWorkStats {
  const n = Math.min(count, samples.length);
  const sorted = Array.from(samples.subarray(0, n)).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(n - 1, Math.floor(q * n))] ?? Number.NaN;
  return {
    frames: n,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: sorted[n - 1] ?? Number.NaN,
    meanMs: n > 0 ? sorted.reduce((a, b) => a + b, 0) / n : Number.NaN,
  };
}
