/**
 * A gait lab's own trial as simulateGait takes it (docs/model.md §9.1, "Your own trial's force plates"): its
 * kinematics .mot and, optionally, the same trial's force plates. `lumbo run --mot/--forces` and a scenario
 * file's `trial:` (docs/sweeps.md, "Tasks") both read trials here, so the two keep one rule: the cycle's right
 * toe-off comes from the plates when there are plates. Failures are the model's own errors
 * (StorageFormatError, TaskError: `isTrialError`), which each caller prefixes with the option or field they
 * came from.
 */
import {
  groundReactionsFromMot,
  kinematicsFromMot,
  measuredRightToeOffFraction,
  StorageFormatError,
  TaskError,
  type GaitKinematics,
  type GroundReactionImportOptions,
  type MeasuredGroundReactions,
} from '@lumbo/model';

/** The trial's cycle and its measured forces: simulateGait's `kinematics` and `groundReactions`. */
export interface LabTrial {
  readonly kinematics: GaitKinematics;
  readonly groundReactions?: MeasuredGroundReactions;
}

/**
 * The CLI options (commander's names) that say what a scenario file's `trial:` fields say: `--mot` is `kinematics`,
 * `--forces` is `groundReactions`… Both the file's error for a CLI spelling and the CLI's for a trial flag that
 * cannot reach a file's trial name the other's word with it.
 */
export const TRIAL_FIELD_OF_OPTION = {
  mot: 'kinematics',
  subjectHeightM: 'subjectHeightM',
  forces: 'groundReactions',
  forcesMassKg: 'subjectMassKg',
  forcesRight: 'rightPrefix',
  forcesLeft: 'leftPrefix',
} as const;

/** A CLI option's name as typed: `forcesMassKg` → `--forces-mass-kg`. */
export function optionFlag(name: string): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Right toe-off must fall where walking puts it (the model's kinematicsFromMot takes (0.5, 0.8)). */
const TOE_OFF_RANGE = [0.5, 0.8] as const;

/** True for the errors the model's .mot readers throw for a bad file or option. */
export function isTrialError(error: unknown): error is StorageFormatError | TaskError {
  return error instanceof StorageFormatError || error instanceof TaskError;
}

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
  if (toeOff === null || !(toeOff > TOE_OFF_RANGE[0] && toeOff < TOE_OFF_RANGE[1])) {
    throw new StorageFormatError(
      `the right foot must carry the cycle's start (a right heel strike) and leave the ground between ${100 * TOE_OFF_RANGE[0]} and ${100 * TOE_OFF_RANGE[1]} % of it${toeOff === null ? '' : `, got toe-off at ${(100 * toeOff).toFixed(1)} %`}`,
    );
  }
  return { kinematics: { ...kinematics, rightToeOffFraction: toeOff }, groundReactions };
}
