/**
 * Where gait playback is, as a fractional frame of the model's cycle. It
 * changes every animation frame, so it lives outside React and the zustand
 * store: the scene's frame loop advances it, the DOM read-outs subscribe to
 * the integer frame index (called only when it changes), and the scrub
 * slider seeks it. Nothing here allocates per frame.
 */
export type IndexListener = (index: number) => void;

/** Longest step one animation frame may take (a tab in the background must not jump a whole cycle). */
const MAX_STEP_S = 0.1;

export interface Playhead {
  /** Fractional frame in [0, frames − 1]; the last frame equals the first. */
  readonly position: number;
  /** Nearest whole frame, what the read-outs show. */
  readonly index: number;
  readonly frames: number;
  /**
   * Sets the cycle being played (frames include both heel strikes). A cycle with
   * another frame count (a coarse cycle refined to the full one) keeps the phase:
   * frame 20 of 26 becomes frame 80 of 101.
   */
  setCycle(frames: number, cycleDurationS: number): void;
  seek(position: number): void;
  /**
   * Moves on by `dtS` seconds of real time at `speed`; wraps when `loop`,
   * otherwise stops at the last frame. Returns false when it stopped there.
   */
  advance(dtS: number, speed: number, loop: boolean): boolean;
  /** Called with the new index whenever it changes (and once now). Returns the unsubscribe function. */
  onIndex(listener: IndexListener): () => void;
  /** The canvas registers how to request a frame (on-demand rendering), so a seek redraws. */
  setFrameRequester(request: (() => void) | null): void;
  requestFrame(): void;
}

export function createPlayhead(): Playhead {
  let position = 0;
  let index = 0;
  let frames = 1;
  let cycleS = 1;
  let requester: (() => void) | null = null;
  const listeners: IndexListener[] = [];

  const place = (p: number) => {
    const last = Math.max(0, frames - 1);
    position = Number.isFinite(p) ? Math.min(last, Math.max(0, p)) : 0;
    const i = Math.round(position);
    if (i !== index) {
      index = i;
      for (let k = 0; k < listeners.length; k++) listeners[k]!(i);
    }
  };

  return {
    get position() {
      return position;
    },
    get index() {
      return index;
    },
    get frames() {
      return frames;
    },
    setCycle(n, durationS) {
      const next = Math.max(1, Math.floor(n));
      const phase = frames > 1 ? position / (frames - 1) : 0;
      const rescale = next !== frames && frames > 1 && next > 1;
      frames = next;
      cycleS = durationS > 0 ? durationS : 1;
      place(rescale ? phase * (frames - 1) : position);
    },
    seek(p) {
      place(p);
      requester?.();
    },
    advance(dtS, speed, loop) {
      const last = frames - 1;
      if (last <= 0) return false;
      const step = (Math.min(MAX_STEP_S, Math.max(0, dtS)) * speed * last) / cycleS;
      let next = position + step;
      if (next >= last) {
        if (!loop) {
          place(last);
          return false;
        }
        next %= last;
      }
      place(next);
      return true;
    },
    onIndex(listener) {
      listeners.push(listener);
      listener(index);
      return () => {
        const k = listeners.indexOf(listener);
        if (k >= 0) listeners.splice(k, 1);
      };
    },
    setFrameRequester(request) {
      requester = request;
    },
    requestFrame() {
      requester?.();
    },
  };
}
