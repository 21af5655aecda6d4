/**
 * The playback slice: gait playback settings and reduced motion. The
 * playhead itself (per frame) lives in playhead.ts, never in the store.
 */
import type { Slice } from './slice.ts';
import { SPEED_RANGE, type PlaybackSettings, type StoreStart } from './types.ts';

export interface PlaybackState {
  playback: PlaybackSettings;
  /** Reduced motion (system preference or the user's stored choice): no gait autoplay, no transitions. */
  reducedMotion: boolean;
}

export interface PlaybackActions {
  setPlayback(change: Partial<PlaybackSettings>): void;
  /** Turning it on also pauses gait playback; Play still works when pressed. */
  setReducedMotion(on: boolean): void;
}

export type PlaybackSlice = PlaybackState & PlaybackActions;

function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, speed));
}

export const createPlaybackSlice =
  (start: StoreStart): Slice<PlaybackSlice> =>
  (set, get) => ({
    playback: { playing: (start.autoplay ?? true) && !start.reducedMotion, speed: 1, loop: true },
    reducedMotion: start.reducedMotion ?? false,

    setPlayback(change) {
      const next = { ...get().playback, ...change };
      next.speed = clampSpeed(next.speed);
      set({ playback: next });
    },
    setReducedMotion(on) {
      set(on ? { reducedMotion: true, playback: { ...get().playback, playing: false } } : { reducedMotion: false });
    },
  });
