/**
 * The tasks a scenario or sweep runs, after reading (tasks-section.ts reads
 * the `tasks:` list): a static model task or a gait cycle, optionally of a
 * lab's own trial. Kept free of file reading and parsing: the CLI's `run` and
 * the sweep workers import it.
 */
import type { GaitKinematics, GaitOptions, MeasuredGroundReactions, Task } from '@lumbo/model';

/**
 * A gait lab's own trial (docs/sweeps.md, "Tasks"; docs/model.md §9.1): the fields as the scenario file wrote
 * them, and the files read and parsed when the scenario was loaded.
 */
export interface GaitTrial {
  /** The kinematics .mot as written (relative to the scenario file's folder): one cycle from right heel strike, or a whole trial whose cycle the plates or the events find. */
  readonly kinematics: string;
  /** The measured subject's height (m); absent: the built-in subject's reference size. */
  readonly subjectHeightM?: number;
  /** The same trial's force plates (.mot) as written. */
  readonly groundReactions?: string;
  /** The measured subject's mass (kg), which the plates' forces are scaled from; given with `groundReactions` only. */
  readonly subjectMassKg?: number;
  /** Column prefixes of each foot in the plates' file (model default `ground_` right, `1_ground_` left). */
  readonly rightPrefix?: string;
  readonly leftPrefix?: string;
  /** Or the trial's OpenSim ExternalLoads .xml as written, which says the prefixes itself (gait/external-loads.ts). */
  readonly externalLoads?: string;
  /** The lab's own events, the cycle's two right heel strikes on the trial's clock (s): both or neither. */
  readonly cycleStartS?: number;
  readonly cycleEndS?: number;
  /** SHA-256 of each file's text: the sweep's fingerprint follows the files' content, not only their names. */
  readonly sha256: { readonly kinematics: string; readonly groundReactions?: string; readonly externalLoads?: string };
  /**
   * The parsed trial, what simulateGait takes. It travels to the sweep workers with the task: typed arrays of a
   * few hundred samples per coordinate, copied exactly, so a row cannot depend on which thread solved it.
   */
  readonly parsed: { readonly kinematics: GaitKinematics; readonly groundReactions?: MeasuredGroundReactions };
}

/** One walking cycle (`simulateGait`); its outputs are the cycle summary (`gait.*` outputs). */
export interface GaitTask {
  readonly kind: 'gait';
  /** Frames per cycle, both heel strikes included (model default 101). */
  readonly frames?: number;
  /** Cycle duration in seconds (model default: the baseline's own, 1.235 s for the normative cycle). */
  readonly cycleDurationS?: number;
  /** A lab's own trial as the baseline (default: the built-in normative cycle). */
  readonly trial?: GaitTrial;
}

/** A task a scenario or sweep can run: a static model task or a gait cycle. */
export type ScenarioTask = Task | GaitTask;

export function isGaitTask(task: ScenarioTask): task is GaitTask {
  return task.kind === 'gait';
}

/** simulateGait's options for a gait task (the same in a sweep worker, in the calling thread and in `lumbo run`). */
export function gaitOptionsOf(task: GaitTask): GaitOptions {
  const parsed = task.trial?.parsed;
  return {
    ...(task.frames === undefined ? {} : { framesPerCycle: task.frames }),
    ...(task.cycleDurationS === undefined ? {} : { cycleDurationS: task.cycleDurationS }),
    ...(parsed === undefined ? {} : { kinematics: parsed.kinematics }),
    ...(parsed?.groundReactions === undefined ? {} : { groundReactions: parsed.groundReactions }),
  };
}

/** Column values describing a task: kind, side (or null), angle in degrees (or null), trial kinematics file (or null). */
export function taskColumns(task: ScenarioTask): [string, string | null, number | null, string | null] {
  switch (task.kind) {
    case 'single-leg-stance':
      return [task.kind, task.side, null, null];
    case 'trunk-flexion':
      return [task.kind, null, task.angleDeg, null];
    case 'gait':
      return [task.kind, null, null, task.trial?.kinematics ?? null];
    default:
      return [task.kind, null, null, null];
  }
}

/** A short label: `standing`, `single-leg-stance right`, `trunk-flexion 45deg`, `gait trials/s01_walk.mot`. */
export function taskLabel(task: ScenarioTask): string {
  const [kind, side, angleDeg, trial] = taskColumns(task);
  return side !== null ? `${kind} ${side}` : angleDeg !== null ? `${kind} ${angleDeg}deg` : trial !== null ? `${kind} ${trial}` : kind;
}
