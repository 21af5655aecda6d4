/** The part of the viewer's `window.__lumbo` handle (packages/viewer/src/debug-handle.ts) the e2e tests use. */
export {};

interface PaintStamp {
  requestId: number;
  atMs: number;
}

declare global {
  interface Window {
    __lumbo?: {
      store: {
        getState(): {
          firstResultAtMs: number | null;
          lastSolveMs: number | null;
          requestId: number;
          shown: { answer: { kind: 'static' } | { kind: 'gait'; gait: { frames: number; pelvicObliquityDeg: Float64Array } } } | null;
          compare: { task: { kind: string } } | null;
          compareSet: { label: string; presetId: string | null } | null;
          setPlayback(change: { playing?: boolean; speed?: number; loop?: boolean }): void;
        };
      };
      playhead: { position: number; index: number; frames: number };
      killWorker(): void;
      measureFrames?: (n: number) => unknown;
      frameWork?: () => { frames: number; medianMs: number; p95Ms: number; maxMs: number; meanMs: number };
      resetFrameWork?: () => void;
      lastPaint: PaintStamp | null;
      firstPaint: PaintStamp | null;
    };
  }
}
