/**
 * Measured ground reactions over the cycle (docs/model.md §9.1): the subject's
 * two force plates, already low-passed and thresholded in the data file,
 * resampled to the frames by cycle phase, scaled to the model's mass (forces
 * ∝ m/72.6, free torques ∝ m·h) and height (centre-of-pressure offsets from the
 * pelvis ∝ h). For the built-in symmetric cycle the two feet are made exactly
 * symmetric like the kinematics: each foot's curve is the mean of its own and
 * the mirrored other foot half a cycle later.
 */
import { SUBJECT01_GRF_CYCLE, SUBJECT01_MASS_KG } from './data/subject01-grf-cycle.ts';
import type { MeasuredGroundReactions } from './measured-reactions.ts';

/** Per foot and frame: force (N, world), centre of pressure relative to the pelvis origin (m, world axes; y unused: the floor), torque (N·m). */
export interface FootReactions {
  readonly forceN: Float64Array; // frames × 3
  readonly copFromPelvisM: Float64Array; // frames × 3
  readonly torqueNm: Float64Array; // frames × 3
}

export type GroundReactions = readonly [FootReactions, FootReactions]; // [left, right]

const FIELDS = ['forceXN', 'forceYN', 'forceZN', 'copXFromPelvisM', 'copYFromPelvisM', 'copZFromPelvisM', 'torqueXNm', 'torqueYNm', 'torqueZNm'] as const;
/** Mirroring about the sagittal plane (z → −z) flips z of vectors and x, y of moments. */
const MIRROR = [1, 1, -1, 1, 1, -1, -1, -1, 1] as const;

function sampleAt(values: ArrayLike<number>, phase: number): number {
  const n = values.length - 1;
  const p = ((phase % 1) + 1) % 1;
  const x = p * n;
  const i = Math.min(n - 1, Math.floor(x));
  const f = x - i;
  return values[i]! * (1 - f) + values[i + 1]! * f;
}

/** Frame counts whose resampled feet are kept (a researcher's sweep over frame counts stays bounded). */
const RESAMPLED_KEPT = 8;
const resampledCache = new Map<string, readonly [Float64Array, Float64Array]>();

/**
 * The subject's two feet resampled to `frames` frames, unscaled: per foot, 9 values per frame in FIELDS order.
 * They depend only on the data, the frame count and `symmetrise`, so they are computed once and shared
 * (read-only): every cycle used to resample the data again, and in a fresh browser worker that loop, run
 * once per cycle, was compiled again and again before it ever ran warm (docs/performance.md).
 */
function resampledFeet(frames: number, symmetrise: boolean): readonly [Float64Array, Float64Array] {
  const key = `${frames}:${symmetrise}`;
  let feet = resampledCache.get(key);
  if (feet) return feet;
  const out = resample([SUBJECT01_GRF_CYCLE.left, SUBJECT01_GRF_CYCLE.right], frames, symmetrise);
  // the oldest frame count goes first, as in the model's other bounded caches
  if (resampledCache.size >= RESAMPLED_KEPT) resampledCache.delete(resampledCache.keys().next().value!);
  resampledCache.set(key, out);
  return out;
}

/** Per foot [left, right], 9 values per frame in FIELDS order, sampled by cycle phase from `raw` (its samples span the cycle). */
function resample(raw: readonly [Record<string, ArrayLike<number>>, Record<string, ArrayLike<number>>], frames: number, symmetrise: boolean): readonly [Float64Array, Float64Array] {
  const out = [new Float64Array(frames * 9), new Float64Array(frames * 9)] as const;
  for (let side = 0; side < 2; side++) {
    const own = raw[side]!, other = raw[1 - side]!;
    const value = out[side]!;
    for (let i = 0; i < frames; i++) {
      const p = i === frames - 1 ? 0 : i / (frames - 1);
      const ownOn = sampleAt(own.forceYN!, p) > 0, otherOn = sampleAt(other.forceYN!, p + 0.5) > 0;
      for (let c = 0; c < 9; c++) {
        const a = sampleAt(own[FIELDS[c]!]!, p);
        const b = MIRROR[c]! * sampleAt(other[FIELDS[c]!]!, p + 0.5);
        // the centre of pressure is undefined off the ground: average only where both feet are loaded
        const o = i * 9 + c;
        if (!symmetrise) value[o] = a;
        else if (c >= 3 && c <= 5) value[o] = ownOn && otherOn ? 0.5 * (a + b) : ownOn ? a : otherOn ? b : 0;
        else value[o] = 0.5 * (a + b);
      }
    }
  }
  return out;
}

/**
 * Ground reactions for `frames` frames over one cycle starting at right heel strike: the built-in subject's, or
 * `measured` (a lab's own trial, measured-reactions.ts; never symmetrised). `massKg` and `lengthScale` scale the
 * measured subject (72.6 kg for the built-in one) to the model (docs/model.md §1).
 */
export function groundReactionsForCycle(frames: number, massKg: number, lengthScale: number, symmetrise: boolean, measured: MeasuredGroundReactions | null = null): GroundReactions {
  const mScale = massKg / (measured ? measured.subjectMassKg : SUBJECT01_MASS_KG);
  const resampled = measured ? resample([measured.left, measured.right], frames, false) : resampledFeet(frames, symmetrise);
  const feet = [0, 1].map(() => ({ forceN: new Float64Array(frames * 3), copFromPelvisM: new Float64Array(frames * 3), torqueNm: new Float64Array(frames * 3) }));
  for (let side = 0; side < 2; side++) {
    const value = resampled[side]!;
    const f = feet[side]!;
    for (let i = 0; i < frames; i++) {
      for (let k = 0; k < 3; k++) {
        f.forceN[i * 3 + k] = value[i * 9 + k]! * mScale;
        f.copFromPelvisM[i * 3 + k] = value[i * 9 + 3 + k]! * lengthScale;
        f.torqueNm[i * 3 + k] = value[i * 9 + 6 + k]! * mScale * lengthScale;
      }
    }
  }
  return [feet[0]!, feet[1]!];
}
