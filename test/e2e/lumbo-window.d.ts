/** The part of the viewer's `window.__lumbo` handle (packages/viewer/src/debug-handle.ts) the e2e tests use. */
export {};

interface PaintStamp {
  requestId: number;
  atMs: number;
  /** A coarse gait cycle shown while the full one solves. */
  refining: boolean;
  /** Frames of the cycle drawn (1 for a static answer). */
  frames: number;
}

declare global {
  interface Window {
    __lumbo?: {
      store: {
        getState(): {
          firstResultAtMs: number | null;
          lastSolveMs: number | null;
          requestId: number;
          resultRequestId: number;
          busy: boolean;
          shown: { refining?: boolean; requestId: number; answer: { kind: 'static' } | { kind: 'gait'; gait: { frames: number; cycleDurationS: number; pelvicObliquityDeg: Float64Array } } } | null;
          compareShown: { task: { kind: string } } | null;
          compareSet: { label: string; presetId: string | null } | null;
          playback: { playing: boolean; speed: number; loop: boolean };
          setPlayback(change: { playing?: boolean; speed?: number; loop?: boolean }): void;
        };
        subscribe(listener: (state: ReturnType<NonNullable<Window['__lumbo']>['store']['getState']>, prev: ReturnType<NonNullable<Window['__lumbo']>['store']['getState']>) => void): () => void;
        setState(partial: object): void;
      };
      playhead: { position: number; index: number; frames: number };
      killWorker(): void;
      measureFrames?: (n: number) => unknown;
      frameWork?: () => { frames: number; medianMs: number; p95Ms: number; maxMs: number; meanMs: number };
      resetFrameWork?: () => void;
      /** World points through the camera: CSS px from the canvas's top-left, with the canvas size. */
      project?: (points: readonly { x: number; y: number; z: number }[]) => { points: { x: number; y: number }[]; width: number; height: number };
      lastPaint: PaintStamp | null;
      firstPaint: PaintStamp | null;
      /** The last paint stamps, oldest first. */
      paints: PaintStamp[];
      /** Worker round trips of the last main answers. */
      solves: { requestId: number; refining: boolean; ms: number; via: 'shared' | 'message' }[];
      /** The anatomy layer (packages/viewer/src/figure/anatomy-probe.ts). */
      anatomy?: {
        bones():
          | { state: 'idle' | 'loading' }
          | { state: 'ready'; bytes: number; triangles: number; meshes: number; parts: string[]; loadMs: number }
          | { state: 'failed'; error: string };
        drawnBoneMeshes(): number;
        vertebrae(): number;
        muscleScreenPoints(element: string): { x: number; y: number }[];
        muscleLabel(): string | null;
      };
      /** The last file the Export controls saved. */
      lastExport?: {
        kind: 'png' | 'video' | 'csv' | 'json';
        fileName: string;
        type: string;
        bytes: number;
        width?: number;
        height?: number;
        viewHeight?: number;
        frames?: number;
        fps?: number;
        durationS?: number;
        cycleDurationS?: number;
        codec?: string;
        elapsedMs: number;
      };
    };
  }
}
