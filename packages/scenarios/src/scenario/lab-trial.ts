/**
 * A gait lab's own trial as simulateGait takes it (docs/model.md §9.1, "Your own trial's force plates"): its
 * kinematics .mot and, optionally, the same trial's force plates. `lumbo run --mot/--forces` and a scenario
 * file's `trial:` (docs/sweeps.md, "Tasks") both read trials here, so the two keep one rule: the cycle's right
 * toe-off comes from the plates when there are plates (the model's `withTrialGroundReactions`, which the viewer's
 * worker uses too; docs/model.md §9.1). Failures are the model's own errors (StorageFormatError, TaskError:
 * `isTrialError`), which each caller prefixes with the option or field they came from.
 */
import { StorageFormatError, TaskError } from '@lumbo/model';

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
  externalLoads: 'externalLoads',
  cycleStartS: 'cycleStartS',
  cycleEndS: 'cycleEndS',
} as const;

/** A CLI option's name as typed: `forcesMassKg` → `--forces-mass-kg`. */
export function optionFlag(name: string): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** True for the errors the model's .mot readers throw for a bad file or option. */
export function isTrialError(error: unknown): error is StorageFormatError | TaskError {
  return error instanceof StorageFormatError || error instanceof TaskError;
}

// the trial's kinematics and its plates (with the plates' right toe-off) are read by the model (docs/model.md §9.1),
// which the viewer's worker shares
export { footPrefixesFromExternalLoads, trialCycle, trialKinematics, withTrialGroundReactions, type LabTrial } from '@lumbo/model';
