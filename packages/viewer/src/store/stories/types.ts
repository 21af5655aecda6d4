/**
 * A guided story: a short sequence of steps an educator walks a class through.
 * Each step is a model state (a preset plus a few parameter overrides, and a
 * task), a camera, the muscles to highlight, one or two sentences with their
 * sources and, for most steps, a "predict first" question about one model
 * output. The answer to that question is never written here: the card
 * computes it from the model's results before and after the step
 * (outcome.ts). `expected` records what the clinical description claims, so
 * the card can say honestly when the model disagrees, and the unit tests
 * check that the model agrees with every claim a story makes.
 */
import type { MuscleGroup, Side } from '@lumbo/model';
import type { CameraFocus, CameraView } from '../store.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';

/** How a model output moved from one step to the next ('same': within the metric's noise band). */
export type Direction = 'up' | 'down' | 'same';

/**
 * A model output the story talks about, read from a model answer (metrics.ts).
 * Static kinds read a static task's result, `gait…` kinds a gait cycle.
 */
export type StoryMetric =
  | { readonly kind: 'anteriorTilt' }
  | { readonly kind: 'lordosis' }
  | { readonly kind: 'obliquity' }
  | { readonly kind: 'trunkLateralLean' }
  | { readonly kind: 'l4l5Compression' }
  | { readonly kind: 'l4l5Asymmetry' }
  /** Total tension of a muscle group (both sides, or one). */
  | { readonly kind: 'muscleForce'; readonly group: MuscleGroup; readonly side?: Side }
  | { readonly kind: 'gaitMeanAnteriorTilt' }
  /** Mean activation of a group on one side over the cycle. */
  | { readonly kind: 'gaitMeanActivation'; readonly group: MuscleGroup; readonly side: Side }
  /** Largest drop of the opposite side of the pelvis during this leg's stance. */
  | { readonly kind: 'gaitPeakDrop'; readonly stance: Side }
  | { readonly kind: 'gaitPeakL4L5Compression'; readonly stance: Side }
  | { readonly kind: 'gaitMeanL4L5Asymmetry'; readonly stance: Side };

export interface PredictionChoice {
  /** What the student says, in plain words ("The pelvis tips forward"). */
  readonly label: string;
  /** The change of the metric this choice means. */
  readonly direction: Direction;
}

export interface StoryPrediction {
  /** Asked before the step's change is applied. */
  readonly question: string;
  /** The output the question is about. */
  readonly metric: StoryMetric;
  /** The direction the step's text (the clinical description) claims. */
  readonly expected: Direction;
  /** Two to four answers, each a different direction. */
  readonly choices: readonly PredictionChoice[];
}

/** Another output the card reports before → after, with the direction the text claims, if it claims one. */
export interface WatchedMetric {
  readonly metric: StoryMetric;
  readonly expected?: Direction;
  /**
   * When the clinical claim is one this model cannot reproduce: why. The
   * tests then check that the model still disagrees (so the note is removed
   * when it stops being true), and the card shows the note beside the
   * computed change.
   */
  readonly knownDisagreement?: string;
}

export interface StoryStep {
  readonly title: string;
  /** A preset id from @lumbo/scenarios/presets. */
  readonly preset: string;
  /** Catalogue paths (ALL_FIELDS) set on top of the preset. */
  readonly overrides?: Readonly<Record<string, number>>;
  readonly task: ViewerTask;
  readonly view: CameraView;
  readonly focus: CameraFocus;
  /** Muscle groups emphasised in the scene (the others are dimmed). */
  readonly highlight: readonly MuscleGroup[];
  /** One or two sentences: the clinical idea this step shows. */
  readonly text: string;
  /** Author year, journal, as in clinical-background.md / model-spec.md. */
  readonly sources: readonly string[];
  /** What the model leaves out or fixes by choice, where it matters for this step. */
  readonly simplifies?: string;
  /** The "predict first" question; absent on the first step and on steps that change the task. */
  readonly predict?: StoryPrediction;
  readonly watch?: readonly WatchedMetric[];
}

export interface Story {
  /** Stable kebab-case id (a teammate puts it in the URL). */
  readonly id: string;
  readonly title: string;
  /** One sentence for the story list. */
  readonly summary: string;
  readonly steps: readonly StoryStep[];
}
