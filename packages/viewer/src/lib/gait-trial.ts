/**
 * A gait lab's own walking trial as the viewer holds it (docs/viewer.md, "Your own trial"): the files' names and
 * texts (read once, kept in the store, never in a link) and the measured subject. The worker parses it with the
 * model's trial readers (docs/model.md §9.1, "Your own trial's force plates").
 */
import { SUBJECT_HEIGHT_RANGE_M, SUBJECT_MASS_RANGE_KG } from '@lumbo/model';

export interface TrialFile {
  readonly name: string;
  readonly text: string;
}

export interface GaitTrial {
  /** OpenSim kinematics .mot, one cycle from right heel strike. */
  readonly kinematics: TrialFile;
  /** The same trial's force-plate .mot (then `subjectMassKg` is set). */
  readonly forces?: TrialFile;
  /** The measured subject's mass, kg (required with `forces`). */
  readonly subjectMassKg?: number;
  /** The measured subject's height, m (default: the built-in subject's). */
  readonly subjectHeightM?: number;
}

/** The worker API's trial options (GaitCallOptions) for a trial. */
export function trialCallOptions(trial: GaitTrial): { motText: string; groundReactionsText?: string; subjectMassKg?: number; subjectHeightM?: number } {
  return {
    motText: trial.kinematics.text,
    ...(trial.forces && { groundReactionsText: trial.forces.text }),
    ...(trial.subjectMassKg !== undefined && { subjectMassKg: trial.subjectMassKg }),
    ...(trial.subjectHeightM !== undefined && { subjectHeightM: trial.subjectHeightM }),
  };
}

/** The worker's message for a bad trial, its option (`motText: …`) replaced by the file it came from. */
export function trialErrorMessage(message: string, trial: GaitTrial): string {
  if (message.startsWith('motText: ')) return `Kinematics file ${trial.kinematics.name}: ${message.slice('motText: '.length)}`;
  if (message.startsWith('groundReactionsText: ')) return `Force-plate file ${trial.forces?.name ?? ''}: ${message.slice('groundReactionsText: '.length)}`;
  return message;
}

/** A number typed into a field, in its range; or the message naming the field, its range and what was typed. */
function checkedNumber(text: string, label: string, range: readonly [number, number], unit: string): number | string {
  const value = text.trim() === '' ? NaN : Number(text);
  if (Number.isFinite(value) && value >= range[0] && value <= range[1]) return value;
  return `${label} must be a number within [${range[0]}, ${range[1]}] ${unit}, got ${text.trim() === '' ? 'nothing' : JSON.stringify(text.trim())}`;
}

/**
 * The trial from the chosen files and the typed mass and height (empty: not given), or the messages of what is
 * wrong: the mass is required with force plates.
 */
export function buildTrial(
  kinematics: TrialFile,
  forces: TrialFile | null,
  massText: string,
  heightText: string,
): { ok: true; trial: GaitTrial } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  // the mass scales the plates' forces: without plates it is not used
  const mass = forces ? checkedNumber(massText, "Subject mass (subjectMassKg, the measured subject's)", SUBJECT_MASS_RANGE_KG, 'kg') : undefined;
  const height = heightText.trim() !== '' ? checkedNumber(heightText, "Subject height (subjectHeightM, the measured subject's)", SUBJECT_HEIGHT_RANGE_M, 'm') : undefined;
  if (typeof mass === 'string') errors.push(`${mass} (required with force plates)`);
  if (typeof height === 'string') errors.push(height);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    trial: {
      kinematics,
      ...(forces && { forces }),
      ...(typeof mass === 'number' && { subjectMassKg: mass }),
      ...(typeof height === 'number' && { subjectHeightM: height }),
    },
  };
}
