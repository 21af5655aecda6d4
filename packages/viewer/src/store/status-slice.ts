/**
 * The status slice: what the model last answered and how the worker is
 * doing. Written by the solve loop (worker/solve-loop.ts) and the link
 * loader; the panels only read it.
 */
import type { Slice } from './slice.ts';
import type { Shown, WorkerNotice } from './types.ts';

export interface StatusState {
  /** The last good answer for the figure; kept while a newer request is solving or failed. */
  shown: Shown | null;
  /** Id of the latest main request sent, and of the request `shown` answers (equal when up to date). */
  requestId: number;
  resultRequestId: number;
  busy: boolean;
  /** The model's message when it rejected the latest input. */
  inputError: string | null;
  /** Why the lab's own trial last chosen was refused (naming its file or field); the last good cycle stays. */
  trialError: string | null;
  workerNotice: WorkerNotice | null;
  workerRestarts: number;
  /** Worker round trip of the last main result, and when (ms since navigation) the first result arrived. */
  lastSolveMs: number | null;
  firstResultAtMs: number | null;
  /** When (ms since navigation) the 3-D view first drew a figure with an answer; null until it has. */
  firstFrameAtMs: number | null;
  /** Why the link the page was opened with (or pasted into it) was refused; null when it was fine. */
  linkNotice: readonly string[] | null;
}

export interface StatusActions {
  setLinkNotice(errors: readonly string[] | null): void;
  /** Called by the 3-D view when it draws its first figure with an answer (the first call counts). */
  markFirstFrame(atMs: number): void;
}

export type StatusSlice = StatusState & StatusActions;

export const createStatusSlice: Slice<StatusSlice> = (set, get) => ({
  shown: null,
  requestId: 0,
  resultRequestId: 0,
  busy: false,
  inputError: null,
  trialError: null,
  workerNotice: null,
  workerRestarts: 0,
  lastSolveMs: null,
  firstResultAtMs: null,
  firstFrameAtMs: null,
  linkNotice: null,

  setLinkNotice(linkNotice) {
    set({ linkNotice });
  },
  markFirstFrame(atMs) {
    if (get().firstFrameAtMs === null) set({ firstFrameAtMs: atMs });
  },
});
