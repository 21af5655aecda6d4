/**
 * A gait lab's own trial as simulateGait takes it (docs/model.md §9.1, "Your own trial's force plates"): its
 * kinematics .mot and, optionally, the same trial's force plates. The CLI (`lumbo run --mot/--forces`), a scenario
 * file's `trial:` and the worker API (the viewer's "Your own trial") all read trials here, so they keep one rule:
 * the cycle's right toe-off comes from the plates when there are plates. Failures are the model's own errors
 * (StorageFormatError, TaskError), which each caller prefixes with the option, field or file they came from.
 */
import { StorageFormatError } from '../io/storage.ts';
import { kinematicsFromMot, type GaitKinematics } from './kinematics.ts';
import { groundReactionsFromMot, measuredRightToeOffFraction, type GroundReactionImportOptions, type MeasuredGroundReactions } from './measured-reactions.ts';

/** The trial's cycle and its measured forces: simulateGait's `kinematics` and `groundReactions`. */
export interface LabTrial {
  readonly kinematics: GaitKinematics;
  readonly groundReactions?: MeasuredGroundReactions;
}

/** Right toe-off must fall where walking puts it (kinematicsFromMot takes (0.5, 0.8)) [E]. */
export const TRIAL_TOE_OFF_RANGE = [0.5, 0.8] as const;

/** The trial's kinematics (`subjectHeightM`: the measured subject's height, m; default the built-in subject's). */
export function trialKinematics(text: string, subjectHeightM: number | undefined): GaitKinematics {
  return kinematicsFromMot(text, subjectHeightM === undefined ? {} : { subjectHeightM });
}

/**
 * The trial with its own force plates: the plates say when the right foot leaves the ground, so the cycle's
 * phases follow them, not kinematicsFromMot's 62 % default.
 */
export function withTrialGroundReactions(kinematics: GaitKinematics, text: string, options: GroundReactionImportOptions): Required<LabTrial> {
  const groundReactions = groundReactionsFromMot(text, kinematics, options);
  const toeOff = measuredRightToeOffFraction(groundReactions);
  const [lo, hi] = TRIAL_TOE_OFF_RANGE;
  if (toeOff === null || !(toeOff > lo && toeOff < hi)) {
    throw new StorageFormatError(
      `the right foot must carry the cycle's start (a right heel strike) and leave the ground between ${100 * lo} and ${100 * hi} % of it${toeOff === null ? '' : `, got toe-off at ${(100 * toeOff).toFixed(1)} %`}`,
    );
  }
  return { kinematics: { ...kinematics, rightToeOffFraction: toeOff }, groundReactions };
}
