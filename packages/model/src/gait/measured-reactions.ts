/**
 * A gait lab's own ground reactions (docs/model.md §9.1, "Your own trial"): the force plates of the trial
 * whose kinematics drive the cycle, processed as the built-in subject's were (scripts/generate-gait-data.mjs):
 * a 6 Hz zero-lag 4th-order Butterworth low-pass on every column, force, centre of pressure and torque set to
 * zero where the vertical force is below 20 N, resampled over the kinematics' cycle at 5 ms, the centre of
 * pressure taken relative to the kinematics' pelvis origin at the same instant. Columns follow OpenSim's
 * external-loads names: `<prefix>force_v{x,y,z}` (N), `<prefix>force_p{x,y,z}` (m) and `<prefix>torque_{x,y,z}`
 * (N·m), in the ground frame (x forward, y up, z right), with prefixes `ground_` for the right foot and
 * `1_ground_` for the left as in OpenSim's example (its .xml's force_identifier `ground_force_v` is the prefix
 * `ground_`).
 */
import { butterworth2, filtfilt } from '../io/low-pass.ts';
import { column, parseStorage, StorageFormatError, type StorageTable } from '../io/storage.ts';
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';
import type { GaitKinematics } from './kinematics.ts';

/** One foot's reactions over the cycle, per sample: the built-in data's fields (ground-reactions.ts). */
export type MeasuredFoot = Record<'forceXN' | 'forceYN' | 'forceZN' | 'copXFromPelvisM' | 'copYFromPelvisM' | 'copZFromPelvisM' | 'torqueXNm' | 'torqueYNm' | 'torqueZNm', Float64Array>;

export interface MeasuredGroundReactions {
  /** The measured subject's mass (kg): the model's forces are these × its own mass / this. */
  readonly subjectMassKg: number;
  /** Samples evenly spaced from the cycle's first kinematics time to its last (both included). */
  readonly left: MeasuredFoot;
  readonly right: MeasuredFoot;
  /** Where they came from (results and exports say it). */
  readonly source: string;
}

export interface GroundReactionImportOptions {
  /** The measured subject's mass (kg), within SUBJECT_MASS_RANGE_KG. */
  subjectMassKg: number;
  /** Column prefixes of each foot (default `ground_` right, `1_ground_` left: OpenSim's example). */
  rightPrefix?: string;
  leftPrefix?: string;
}

/** The processing of the built-in subject's plates (docs/model.md §9.1) [S, D]. */
export const GRF_CUTOFF_HZ = 6;
export const GRF_THRESHOLD_N = 20;
export const GRF_STEP_S = 0.005;
export const SUBJECT_MASS_RANGE_KG = [20, 250] as const;
/**
 * Walking's vertical reactions average about one body weight over a cycle (the built-in subject: 1.005); outside
 * this range the mass or the force unit is wrong [E].
 */
export const MEAN_VERTICAL_RANGE_BW = [0.85, 1.15] as const;

function interp(t: number, ts: ArrayLike<number>, v: ArrayLike<number>): number {
  const last = ts.length - 1;
  if (t <= ts[0]!) return v[0]!;
  if (t >= ts[last]!) return v[last]!;
  let lo = 0, hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return v[lo]! + ((t - ts[lo]!) / (ts[hi]! - ts[lo]!)) * (v[hi]! - v[lo]!);
}

/** A foot's column of the plates, or the error naming it and the columns the file has. */
export function requireColumn(table: StorageTable, name: string, foot: string): Float64Array {
  const c = column(table, name);
  if (!c) throw new StorageFormatError(`ground reactions: missing column ${name} (the ${foot} foot's; columns present: ${table.columns.slice(1, 8).join(', ')}${table.columns.length > 8 ? ', …' : ''})`);
  return c;
}

/**
 * Reads a ground-reaction .mot of the same trial as `kinematics` (one cycle from right heel strike) for simulateGait's
 * `groundReactions`; the file's text, or its table when the caller has parsed it already (lab-trial.ts).
 */
export function groundReactionsFromMot(text: string | StorageTable, kinematics: GaitKinematics, options: GroundReactionImportOptions): MeasuredGroundReactions {
  const mass = options.subjectMassKg;
  if (typeof mass !== 'number' || !Number.isFinite(mass) || mass < SUBJECT_MASS_RANGE_KG[0] || mass > SUBJECT_MASS_RANGE_KG[1]) {
    throw new StorageFormatError(`ground reactions: subjectMassKg must be a number within [${SUBJECT_MASS_RANGE_KG.join(', ')}] kg, got ${String(mass)}`);
  }
  const table = typeof text === 'string' ? parseStorage(text) : text;
  const time = table.data[0]!;
  if (time.length < 3) throw new StorageFormatError(`ground reactions: need at least 3 rows, got ${time.length}`);
  const dt = (time[time.length - 1]! - time[0]!) / (time.length - 1);
  // (within a tenth of a step: files print time to a few decimals, 600 Hz as 0.0017, 0.0033, …)
  for (let i = 1; i < time.length; i++) {
    if (!(Math.abs(time[i]! - time[i - 1]! - dt) <= 0.1 * dt)) throw new StorageFormatError(`ground reactions: the filter needs evenly spaced samples; row ${i + 1} is ${(time[i]! - time[i - 1]!).toFixed(6)} s after the one before, the mean step is ${dt.toFixed(6)} s`);
  }
  const rateHz = 1 / dt;
  if (!(rateHz > 2 * GRF_CUTOFF_HZ)) throw new StorageFormatError(`ground reactions: sampled at ${rateHz.toFixed(1)} Hz, below twice the ${GRF_CUTOFF_HZ} Hz cut-off`);
  const t0 = kinematics.timeS[0]!, t1 = kinematics.timeS[kinematics.timeS.length - 1]!;
  if (time[0]! > t0 + dt / 2 || time[time.length - 1]! < t1 - dt / 2) {
    throw new StorageFormatError(`ground reactions: the file covers ${time[0]!.toFixed(4)}–${time[time.length - 1]!.toFixed(4)} s, the kinematics' cycle ${t0.toFixed(4)}–${t1.toFixed(4)} s (the same trial's clock)`);
  }
  const pelvis = (['pelvis_tx', 'pelvis_ty', 'pelvis_tz'] as const).map((c) => {
    const v = kinematics.coordinates[c];
    if (!v) throw new StorageFormatError(`ground reactions: the kinematics have no ${c}, needed to place the centre of pressure under the pelvis`);
    return v;
  });
  const lp = butterworth2(GRF_CUTOFF_HZ, rateHz);
  const samples = Math.round((t1 - t0) / GRF_STEP_S) + 1;
  const at = (k: number) => t0 + ((t1 - t0) * k) / (samples - 1);
  const foot = (prefix: string, name: string): MeasuredFoot => {
    const f = (axis: string) => filtfilt(lp, requireColumn(table, `${prefix}force_v${axis}`, name));
    const p = (axis: string) => filtfilt(lp, requireColumn(table, `${prefix}force_p${axis}`, name));
    // the free torque is optional (an .xml may name none): zero when the file has no torque columns
    const tq = (axis: string) => {
      const c = column(table, `${prefix}torque_${axis}`);
      return c ? filtfilt(lp, c) : new Float64Array(time.length);
    };
    const [vx, vy, vz, px, py, pz, tx, ty, tz] = [f('x'), f('y'), f('z'), p('x'), p('y'), p('z'), tq('x'), tq('y'), tq('z')];
    const out = Object.fromEntries(
      ['forceXN', 'forceYN', 'forceZN', 'copXFromPelvisM', 'copYFromPelvisM', 'copZFromPelvisM', 'torqueXNm', 'torqueYNm', 'torqueZNm'].map((k) => [k, new Float64Array(samples)]),
    ) as MeasuredFoot;
    let loaded = 0;
    for (let k = 0; k < samples; k++) {
      const t = at(k);
      if (!(interp(t, time, vy) >= GRF_THRESHOLD_N)) continue;
      loaded++;
      out.forceXN[k] = interp(t, time, vx);
      out.forceYN[k] = interp(t, time, vy);
      out.forceZN[k] = interp(t, time, vz);
      out.copXFromPelvisM[k] = interp(t, time, px) - interp(t, kinematics.timeS, pelvis[0]!);
      out.copYFromPelvisM[k] = interp(t, time, py) - interp(t, kinematics.timeS, pelvis[1]!);
      out.copZFromPelvisM[k] = interp(t, time, pz) - interp(t, kinematics.timeS, pelvis[2]!);
      out.torqueXNm[k] = interp(t, time, tx);
      out.torqueYNm[k] = interp(t, time, ty);
      out.torqueZNm[k] = interp(t, time, tz);
    }
    if (loaded === 0) throw new StorageFormatError(`ground reactions: the ${name} foot (${prefix}force_vy) never carries ${GRF_THRESHOLD_N} N in the cycle ${t0.toFixed(4)}–${t1.toFixed(4)} s`);
    return out;
  };
  const right = foot(options.rightPrefix ?? 'ground_', 'right');
  const left = foot(options.leftPrefix ?? '1_ground_', 'left');
  // a walking cycle's vertical reactions average about one body weight: a check of the mass and the force unit
  let sum = 0;
  for (let k = 0; k < samples - 1; k++) sum += right.forceYN[k]! + left.forceYN[k]!;
  const meanBw = sum / (samples - 1) / (mass * GRAVITY_M_PER_S2);
  if (!(meanBw >= MEAN_VERTICAL_RANGE_BW[0] && meanBw <= MEAN_VERTICAL_RANGE_BW[1])) {
    throw new StorageFormatError(
      `ground reactions: the feet carry ${meanBw.toFixed(2)} body weights on average over the cycle at subjectMassKg ${mass}; walking carries about 1 (${MEAN_VERTICAL_RANGE_BW.join('–')}): check the mass and that forces are in newtons`,
    );
  }
  return { subjectMassKg: mass, left, right, source: `${table.name || 'imported ground reactions'} (${GRF_CUTOFF_HZ} Hz low-pass, ${GRF_THRESHOLD_N} N threshold)` };
}

/**
 * Right toe-off as a fraction of the cycle, from the measured forces: the first sample after the right foot's
 * stance (it is loaded at the cycle's start, a right heel strike) where it carries nothing. Null if the right foot
 * is not loaded at the start or never lifts off.
 */
export function measuredRightToeOffFraction(m: MeasuredGroundReactions): number | null {
  const fy = m.right.forceYN;
  if (!(fy[0]! > 0)) return null;
  for (let k = 1; k < fy.length; k++) if (!(fy[k]! > 0)) return k / (fy.length - 1);
  return null;
}
