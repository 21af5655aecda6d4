/**
 * The one per-frame loop of the scene (called from a single useFrame):
 * advances the gait playhead when playing (settings read transiently from
 * the store), moves every figure's sampler to the playhead, and lets each
 * part whose data or frame changed rewrite its buffers. It allocates
 * nothing, survives an exception in one part (logged once, the frame goes
 * on), and times its own work for the performance record.
 */
import type { MotionSampler } from '../motion/sampler.ts';
import type { Playhead } from '../../store/playhead.ts';
import type { PlaybackSettings } from '../../store/store.ts';

export interface Part {
  /** Rewrites the part for the sampler's current frame. */
  update(sampler: MotionSampler): void;
  /** The sampler version it last drew; −1 forces a redraw (new data). */
  drawn: number;
  /** Also redraws when the camera or the view size changed (rods kept a minimum size on screen). */
  viewDependent?: boolean;
  /** The view version it last drew (view-dependent parts). */
  viewDrawn?: number;
}

export interface FigureSlot {
  /** Replaced when the figure gets a new answer (its parts are then marked for redraw). */
  sampler: MotionSampler;
  readonly parts: Part[];
}

/** How many per-frame timings are kept (a ring buffer). */
const TIMING_CAPACITY = 2048;

export interface FrameTimings {
  readonly samples: Float64Array;
  count: number;
}

export interface FrameDriver {
  addFigure(slot: FigureSlot): () => void;
  /** Whether any figure is mounted (before the first answer there is nothing to draw). */
  hasFigures(): boolean;
  /** Whether the shown answer is a gait cycle (the playhead only moves then). */
  gait: boolean;
  /**
   * One animation frame. `dtS`: time since the last frame. Returns true when
   * another frame is wanted (playing).
   */
  tick(dtS: number, playback: PlaybackSettings, onEnded: () => void): boolean;
  readonly timings: FrameTimings;
  resetTimings(): void;
  /** Bumped by the frame loop whenever the camera or the view size changed. */
  viewVersion: number;
}

export function createFrameDriver(playhead: Playhead): FrameDriver {
  const figures: FigureSlot[] = [];
  const timings: FrameTimings = { samples: new Float64Array(TIMING_CAPACITY), count: 0 };
  let reported = false;

  const driver: FrameDriver = {
    gait: false,
    viewVersion: 0,
    addFigure(slot) {
      figures.push(slot);
      return () => {
        const i = figures.indexOf(slot);
        if (i >= 0) figures.splice(i, 1);
      };
    },
    hasFigures: () => figures.length > 0,
    tick(dtS, playback, onEnded) {
      const t0 = performance.now();
      const playing = driver.gait && playback.playing;
      if (playing && !playhead.advance(dtS, playback.speed, playback.loop)) onEnded();
      const span = Math.max(1, playhead.frames - 1);
      const phase = playhead.position / span;
      for (let f = 0; f < figures.length; f++) {
        const { sampler, parts } = figures[f]!;
        sampler.seek(phase * (sampler.motion.frames - 1));
        for (let p = 0; p < parts.length; p++) {
          const part = parts[p]!;
          if (part.drawn === sampler.version && (!part.viewDependent || part.viewDrawn === driver.viewVersion)) continue;
          try {
            part.update(sampler);
          } catch (error) {
            // one broken part must not stop the animation (conventions §6): report once, draw the rest
            if (!reported) {
              reported = true;
              console.warn('Lumbo viewer: a scene part failed to update', error);
            }
          }
          part.drawn = sampler.version;
          part.viewDrawn = driver.viewVersion;
        }
      }
      if (playing) {
        timings.samples[timings.count % TIMING_CAPACITY] = performance.now() - t0;
        timings.count++;
      }
      return playing;
    },
    timings,
    resetTimings() {
      timings.count = 0;
    },
  };
  return driver;
}
