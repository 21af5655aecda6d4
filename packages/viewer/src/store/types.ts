/**
 * Types shared by the store's slices and their readers: what the camera
 * shows, the compare set, playback settings, worker notices and a shown
 * model answer.
 */
import type { ModelParams } from '@lumbo/model';
import type { Answer, ViewerTask } from '../lib/viewer-task.ts';

export type CameraView = 'side' | 'back' | 'front' | 'free';
/** What the camera presets frame: the whole figure or the lumbopelvic region. */
export type CameraFocus = 'body' | 'spine';

/** Parts of the scene that can be hidden (muscles hide the discs from behind, for instance). */
export interface Layers {
  muscles: boolean;
  gravityLine: boolean;
  angles: boolean;
  forces: boolean;
}

/**
 * The compare set: the second parameter set, drawn as a translucent ghost
 * over (or beside) the figure, with difference read-outs. Its subject (mass,
 * height, pelvic morphology) is always the current one, so the two differ
 * only in muscles and strategy.
 */
export interface CompareSet {
  readonly params: ModelParams;
  readonly label: string;
  /** The preset it came from (null: a snapshot of custom parameters). */
  readonly presetId: string | null;
}

/** overlay: the ghost stands where the figure stands; beside: next to it, each with its own discs and angles. */
export type CompareLayout = 'overlay' | 'beside';

export interface PlaybackSettings {
  playing: boolean;
  /** Multiple of real time, 0.25–2. */
  speed: number;
  loop: boolean;
}

export const SPEED_RANGE = { min: 0.25, max: 2, step: 0.25 } as const;

export interface WorkerNotice {
  /** restarting: a new worker is on its way; recovered: it answered; failed: gave up until the next change. */
  readonly kind: 'restarting' | 'recovered' | 'failed';
  readonly message: string;
}

/** A model answer together with what was asked. */
export interface Shown {
  readonly answer: Answer;
  readonly params: ModelParams;
  readonly task: ViewerTask;
  readonly requestId: number;
  /**
   * A coarse gait cycle (fewer frames per cycle; the model's own answer for
   * these parameters) shown while the full 101-frame cycle for the same
   * request is solving ("refining…").
   */
  readonly refining?: boolean;
}

/** What the store starts from (the page's link, the stored reduced-motion choice). */
export interface StoreStart {
  presetId?: string;
  task?: ViewerTask;
  autoplay?: boolean;
  reducedMotion?: boolean;
}
