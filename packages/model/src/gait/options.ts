/** Options of simulateGait and their checks (one-line errors naming the field, range and value). */
import { describeReceived } from '../params/errors.ts';
import { TaskError } from '../engine/task.ts';
import type { GaitKinematics } from './kinematics.ts';
import type { GaitContinuation } from './continuation.ts';
import type { MeasuredGroundReactions } from './measured-reactions.ts';

export const FRAMES_RANGE = [21, 1001] as const;
export const CYCLE_DURATION_RANGE_S = [0.6, 3] as const;

export interface GaitOptions {
  /** Frames per cycle including both heel strikes (default 101). */
  framesPerCycle?: number;
  /** Cycle duration (s); default: the baseline's own (1.235 s for the normative cycle). */
  cycleDurationS?: number;
  /** Baseline kinematics (default: the OpenSim subject01 cycle made symmetric). */
  kinematics?: GaitKinematics;
  /**
   * The same trial's measured ground reactions (`groundReactionsFromMot`), for `kinematics` of a lab's own trial;
   * without them a cycle of other kinematics is driven by the built-in subject's forces (and warns).
   */
  groundReactions?: MeasuredGroundReactions;
  /**
   * Start each frame's solve from the last cycle solved with this continuation (`createGaitContinuation()`), and
   * keep this cycle's answers in it for the next: faster for a model one small step from the last (a slider), equal
   * to a cold cycle within the solver's tolerance, not bit for bit, so the answer depends on what ran before
   * (docs/model.md §9.3, step 7). The viewer's worker continues; sweeps and the CLI never do.
   */
  continuation?: GaitContinuation;
}

export function checkOption(value: number | undefined, path: string, [lo, hi]: readonly [number, number], unit: string, integer = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < lo || value > hi || (integer && !Number.isInteger(value))) {
    throw new TaskError(`${path} must be ${integer ? 'an integer' : 'a number'} within [${lo}, ${hi}] ${unit}, got ${describeReceived(value)}`, path, value);
  }
}

export function checkGaitOptions(options: GaitOptions): void {
  checkOption(options.framesPerCycle, 'gait.framesPerCycle', FRAMES_RANGE, 'frames', true);
  checkOption(options.cycleDurationS, 'gait.cycleDurationS', CYCLE_DURATION_RANGE_S, 's');
  if (options.groundReactions !== undefined && options.kinematics === undefined) {
    // measured forces belong to their own trial's motion: under the built-in cycle their feet would land elsewhere
    throw new TaskError('gait.groundReactions needs gait.kinematics of the same trial (the forces act where that motion puts the feet)', 'gait.groundReactions', 'without kinematics');
  }
  if (options.groundReactions !== undefined && options.cycleDurationS !== undefined) {
    throw new TaskError('gait.cycleDurationS cannot be changed with measured gait.groundReactions (they were measured at the trial\'s own pace)', 'gait.cycleDurationS', options.cycleDurationS);
  }
}
