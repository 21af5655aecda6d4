/**
 * A gait lab's own trial as simulateGait takes it (docs/model.md §9.1, "Your own trial's force plates"): its
 * kinematics .mot and, optionally, the same trial's force plates. The CLI (`lumbo run --mot/--forces`), a scenario
 * file's `trial:` and the worker API (the viewer's "Your own trial") all read trials here, so they keep one rule:
 * the cycle's right toe-off comes from the plates when there are plates. Failures are the model's own errors
 * (StorageFormatError, TaskError), which each caller prefixes with the option, field or file they came from.
 */
import { parseStorage, StorageFormatError } from '../io/storage.ts';
import { TaskError } from '../engine/task.ts';
import { kinematicsFromMot, type GaitKinematics } from './kinematics.ts';
import { groundReactionsFromMot, measuredRightToeOffFraction, type GroundReactionImportOptions, type MeasuredGroundReactions } from './measured-reactions.ts';
import { checkGivenCycle, checkOneCycle, cutKinematics, cycleFromPlates, rightHeelStrikesS } from './trial-cycle.ts';

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

/** The lab's own events of its cycle, on the trial's clock (s): a right heel strike and the next. */
export interface TrialCycleEvents {
  readonly cycleStartS?: number | undefined;
  readonly cycleEndS?: number | undefined;
}

/**
 * The trial's kinematics as the one cycle simulateGait takes (docs/model.md §9.1, "One cycle of a whole trial"):
 * cut at the lab's events when it gives them (both, or neither), else, without plates, checked to be one cycle
 * already (with plates, withTrialGroundReactions finds the cycle on them). Throws TaskError naming a missing or
 * non-numeric event, StorageFormatError for events outside the file or kinematics that are not one cycle.
 */
export function trialCycle(kinematics: GaitKinematics, events: TrialCycleEvents, withPlates: boolean): GaitKinematics {
  const { cycleStartS, cycleEndS } = events;
  if (cycleStartS === undefined && cycleEndS === undefined) {
    if (!withPlates) checkOneCycle(kinematics);
    return kinematics;
  }
  for (const [field, value] of [['cycleStartS', cycleStartS], ['cycleEndS', cycleEndS]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TaskError(`${field} must be a time in seconds on the trial's clock, given with ${field === 'cycleStartS' ? 'cycleEndS' : 'cycleStartS'} (the cycle's two right heel strikes), got ${String(value)}`, field, value);
    }
  }
  const span = checkGivenCycle(kinematics, cycleStartS!, cycleEndS!);
  const cut = cutKinematics(kinematics, span.startS, span.endS);
  // events that span two steps, or a left one: refused as a file of several cycles would be
  checkOneCycle(cut, 'cycleStartS and cycleEndS must be two consecutive right heel strikes');
  return cut;
}

/** withTrialGroundReactions' options: the plates' (mass, foot prefixes), and whether the lab gave its own events. */
export interface TrialPlatesOptions extends GroundReactionImportOptions {
  /** The kinematics were cut at the lab's own events (trialCycle): the plates do not cut them again. */
  readonly eventsGiven?: boolean;
}

/**
 * The trial with its own force plates. The plates find the cycle in a whole trial (its first two right heel strikes
 * inside the kinematics, trial-cycle.ts) unless the kinematics already are one, or the lab gave its events; and
 * they say when the right foot leaves the ground, so the cycle's phases follow them, not kinematicsFromMot's 62 %
 * default.
 */
export function withTrialGroundReactions(whole: GaitKinematics, text: string, options: TrialPlatesOptions): Required<LabTrial> {
  // parsed once: the cycle's strikes and the reactions read the same table
  const plates = parseStorage(text);
  const span = options.eventsGiven ? null : cycleFromPlates(whole, rightHeelStrikesS(plates, options.rightPrefix));
  const kinematics = span ? cutKinematics(whole, span.startS, span.endS) : whole;
  const groundReactions = groundReactionsFromMot(plates, kinematics, options);
  const toeOff = measuredRightToeOffFraction(groundReactions);
  const [lo, hi] = TRIAL_TOE_OFF_RANGE;
  if (toeOff === null || !(toeOff > lo && toeOff < hi)) {
    throw new StorageFormatError(
      `the right foot must carry the cycle's start (a right heel strike) and leave the ground between ${100 * lo} and ${100 * hi} % of it${toeOff === null ? '' : `, got toe-off at ${(100 * toeOff).toFixed(1)} %`}`,
    );
  }
  return { kinematics: { ...kinematics, rightToeOffFraction: toeOff }, groundReactions };
}
