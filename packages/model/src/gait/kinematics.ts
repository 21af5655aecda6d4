/**
 * Gait kinematics in OpenSim coordinates (degrees for angles, metres for
 * translations): the built-in normative cycle or a researcher's own .mot.
 */
import { SUBJECT01_CYCLE_DURATION_S, SUBJECT01_RIGHT_CYCLE, SUBJECT01_RIGHT_TOE_OFF_FRACTION } from './data/subject01-right-cycle.ts';
import { column, formatStorage, parseStorage, StorageFormatError, type StorageTable } from '../io/storage.ts';

/** The coordinates the gait driver uses (gait2392 names). */
export const GAIT_COORDINATES = [
  'pelvis_tilt',
  'pelvis_list',
  'pelvis_rotation',
  'pelvis_tx',
  'pelvis_ty',
  'pelvis_tz',
  'hip_flexion_r',
  'hip_adduction_r',
  'hip_rotation_r',
  'knee_angle_r',
  'ankle_angle_r',
  'hip_flexion_l',
  'hip_adduction_l',
  'hip_rotation_l',
  'knee_angle_l',
  'ankle_angle_l',
  'lumbar_extension',
  'lumbar_bending',
  'lumbar_rotation',
] as const;
export type GaitCoordinate = (typeof GAIT_COORDINATES)[number];

/** Translations are in metres, everything else in degrees. */
export function isTranslation(c: string): boolean {
  return c === 'pelvis_tx' || c === 'pelvis_ty' || c === 'pelvis_tz';
}

export interface GaitKinematics {
  /** Sample times (s); the first sample is a right heel strike and the last closes the cycle. */
  timeS: Float64Array;
  /** Coordinate → samples (deg or m), OpenSim signs. May hold more columns than GAIT_COORDINATES. */
  coordinates: Record<string, Float64Array>;
  /** Right toe-off as a fraction of the cycle. */
  rightToeOffFraction: number;
  /** Where the data came from (shown in results and exports). */
  source: string;
  /**
   * Height of the subject measured (m): the pelvis path (and a trial's own centres of pressure) scale by the model's
   * height over it. Absent: REFERENCE_HEIGHT_M, the size the built-in subject's data stand for (docs/model.md §9.1).
   */
  subjectHeightM?: number;
}

/** Heights an imported trial's subject may have (m): the model's own range (params/fields.ts, subject.heightM). */
export const SUBJECT_HEIGHT_RANGE_M = [1.4, 2.1] as const;

/** The OpenSim example subject's right-foot cycle (docs/model.md §9), 101 samples. */
export function normativeKinematics(): GaitKinematics {
  const n = SUBJECT01_RIGHT_CYCLE.pelvis_tilt_deg!.length;
  const coordinates: Record<string, Float64Array> = {};
  for (const [key, values] of Object.entries(SUBJECT01_RIGHT_CYCLE)) {
    coordinates[key.replace(/_(deg|m)$/, '')] = Float64Array.from(values);
  }
  return {
    timeS: Float64Array.from({ length: n }, (_, i) => (i / (n - 1)) * SUBJECT01_CYCLE_DURATION_S),
    coordinates,
    rightToeOffFraction: SUBJECT01_RIGHT_TOE_OFF_FRACTION,
    source: 'OpenSim gait2392 subject01 walk1, right cycle (CC BY 3.0, Delp et al./OpenSim)',
  };
}

/** Options for reading a researcher's .mot. */
export interface MotImportOptions {
  /** Right toe-off as a fraction of the cycle (default 0.62, typical walking) [E]. */
  rightToeOffFraction?: number;
  /** The measured subject's height (m), within SUBJECT_HEIGHT_RANGE_M; default: the built-in subject's reference size. */
  subjectHeightM?: number;
}

/**
 * Reads an OpenSim .mot whose rows span one gait cycle from right heel strike to the next.
 * Angles must be in degrees (inDegrees=yes) or are converted; the right-side coordinates are
 * required, the left side is mirrored from the right by a half-cycle shift when missing.
 */
export function kinematicsFromMot(text: string, options: MotImportOptions = {}): GaitKinematics {
  const table = parseStorage(text);
  const time = table.data[0]!;
  for (let i = 1; i < time.length; i++) {
    if (!(time[i]! > time[i - 1]!)) throw new StorageFormatError(`time must increase: row ${i + 1} has ${time[i]} after ${time[i - 1]}`);
  }
  const required = GAIT_COORDINATES.filter((c) => !c.endsWith('_l'));
  const missing = required.filter((c) => !column(table, c));
  if (missing.length > 0) throw new StorageFormatError(`missing coordinate column(s): ${missing.join(', ')}`);
  const coordinates: Record<string, Float64Array> = {};
  table.columns.forEach((c, i) => {
    if (i === 0) return;
    const v = Float64Array.from(table.data[i]!);
    if (!table.inDegrees && !isTranslation(c)) for (let k = 0; k < v.length; k++) v[k] = (v[k]! * 180) / Math.PI;
    coordinates[c] = v;
  });
  const toeOff = options.rightToeOffFraction ?? 0.62;
  if (!(toeOff > 0.5 && toeOff < 0.8)) throw new StorageFormatError(`rightToeOffFraction must be within (0.5, 0.8), got ${toeOff}`);
  const height = options.subjectHeightM;
  if (height !== undefined && !(typeof height === 'number' && height >= SUBJECT_HEIGHT_RANGE_M[0] && height <= SUBJECT_HEIGHT_RANGE_M[1])) {
    throw new StorageFormatError(`subjectHeightM must be a number within [${SUBJECT_HEIGHT_RANGE_M.join(', ')}] m, got ${String(height)}`);
  }
  return { timeS: Float64Array.from(time), coordinates, rightToeOffFraction: toeOff, source: table.name || 'imported .mot', ...(height !== undefined && { subjectHeightM: height }) };
}

/** Writes kinematics as an OpenSim .mot (inDegrees=yes, gait2392 names), columns in GAIT_COORDINATES order first. */
export function kinematicsToMot(k: GaitKinematics, name = 'Coordinates'): string {
  const names = [...GAIT_COORDINATES.filter((c) => k.coordinates[c]), ...Object.keys(k.coordinates).filter((c) => !(GAIT_COORDINATES as readonly string[]).includes(c))];
  const table: StorageTable = {
    name,
    inDegrees: true,
    columns: ['time', ...names],
    data: [k.timeS, ...names.map((c) => k.coordinates[c]!)],
    notes: ['', 'Units are S.I. units (second, meters, Newtons, ...)', 'Angles are in degrees.', `Source: ${k.source}`, ''],
  };
  return formatStorage(table);
}
