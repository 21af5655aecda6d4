/**
 * The cycle asked for (docs/model.md §9, §9.1): its frame count and duration, the kinematics it follows
 * (the built-in subject01 cycle, or a researcher's own) and their baseline resampled to the frames.
 */
import { normativeKinematics, type GaitKinematics } from './kinematics.ts';
import { buildBaseline, type GaitBaseline } from './baseline.ts';
import type { GaitOptions } from './options.ts';
import type { MeasuredGroundReactions } from './measured-reactions.ts';

export interface GaitCycle {
  /** Frames of the cycle (the last repeats the first). */
  readonly frames: number;
  readonly durationS: number;
  /** Time step between frames (s). */
  readonly dtS: number;
  /** The kinematics followed: a cycle reads only their time axis, right toe-off and source from them. */
  readonly kinematics: GaitKinematics;
  /** Whether they are the built-in ones (symmetrised ground reactions, no mismatch warning). */
  readonly builtIn: boolean;
  /** The trial's own measured ground reactions, or null: the built-in subject's drive the cycle. */
  readonly measured: MeasuredGroundReactions | null;
  /** The baseline kinematics at the cycle's frames. */
  readonly base: GaitBaseline;
}

const normativeBaselines = new Map<number, GaitBaseline>();

/** The built-in baseline is the same for every model: build it once per frame count. */
function normativeBaseline(frames: number): GaitBaseline {
  let b = normativeBaselines.get(frames);
  if (!b) {
    b = buildBaseline(normativeKinematics(), frames, true, true);
    if (normativeBaselines.size > 8) normativeBaselines.clear();
    normativeBaselines.set(frames, b);
  }
  return b;
}

let normative: GaitKinematics | null = null;

/**
 * The built-in kinematics, built once: a cycle only reads its time axis, toe-off and source from them
 * (normativeKinematics() hands every caller a fresh copy; this one never leaves this module).
 */
function normativeForReading(): GaitKinematics {
  return (normative ??= normativeKinematics());
}

/** The cycle of checked `options` (checkGaitOptions). */
export function gaitCycle(options: GaitOptions): GaitCycle {
  const frames = options.framesPerCycle ?? 101;
  const kinematics = options.kinematics ?? normativeForReading();
  const durationS = options.cycleDurationS ?? kinematics.timeS[kinematics.timeS.length - 1]! - kinematics.timeS[0]!;
  const builtIn = options.kinematics === undefined;
  const base = builtIn ? normativeBaseline(frames) : buildBaseline(kinematics, frames, false, false);
  return { frames, durationS, dtS: durationS / (frames - 1), kinematics, builtIn, measured: options.groundReactions ?? null, base };
}
