/**
 * The baseline cycle the gait driver starts from, resampled to the requested
 * frames. For the built-in normative cycle the two sides are made exactly
 * symmetric (docs/model.md §9): the left leg repeats the right half a cycle later;
 * pelvic tilt, translations and lumbar extension average the two halves;
 * pelvic list, rotation, lateral translation, lumbar bending and rotation take
 * the antisymmetric part. An imported .mot keeps its own asymmetry (only the
 * missing left side is mirrored).
 *
 * Frontal plane of the built-in cycle [E]: subject01's pelvic list drops
 * through single support and peaks at the opposite heel strike, and its lumbar
 * bending swings the thorax 9° — both unlike the normative pattern. The
 * built-in baseline therefore takes the *shape* of the CGM2.3 normative mean
 * pelvic obliquity (contralateral drop peaking in early single support, ≈15 %)
 * scaled to Reininga 2012's healthy frontal pelvic range of 8.2° [S], and the
 * CGM2.3 normative thorax lateral tilt (±1.5°) [S], the lumbar spine bending
 * between them. Hip adduction is corrected so the thighs keep their paths.
 */
import { GAIT_COORDINATES, type GaitCoordinate, type GaitKinematics } from './kinematics.ts';
import { resampleCycle } from './periodic.ts';
import { CGM23_NORMATIVE } from './data/cgm23-normative.ts';

/** Healthy frontal pelvic range of motion in walking, Reininga 2012 (8.2 ± 1.7°) [S]. */
export const NORMATIVE_PELVIC_OBLIQUITY_RANGE_DEG = 8.2;

const ANTISYMMETRIC = new Set<string>(['pelvis_list', 'pelvis_rotation', 'pelvis_tz', 'lumbar_bending', 'lumbar_rotation']);

export interface GaitBaseline {
  frames: number;
  /** Coordinate → frames values (deg or m); the last frame equals the first. */
  values: Record<GaitCoordinate, Float64Array>;
}

export function buildBaseline(k: GaitKinematics, frames: number, symmetrise: boolean, normativeFrontal = false): GaitBaseline {
  const values = {} as Record<GaitCoordinate, Float64Array>;
  for (const c of GAIT_COORDINATES) {
    const own = k.coordinates[c];
    if (c.endsWith('_l')) {
      const right = k.coordinates[c.slice(0, -2) + '_r']!;
      values[c] = symmetrise || !own ? resampleCycle(right, frames, 0.5) : resampleCycle(own, frames);
      continue;
    }
    const s = k.coordinates[c]!;
    if (!symmetrise || c.endsWith('_r')) {
      values[c] = resampleCycle(s, frames);
      continue;
    }
    const a = resampleCycle(s, frames);
    const b = resampleCycle(s, frames, 0.5);
    const sign = ANTISYMMETRIC.has(c) ? -1 : 1;
    values[c] = a.map((v, i) => 0.5 * (v + sign * b[i]!));
  }
  if (normativeFrontal) useNormativeFrontalPlane(values, frames);
  return { frames, values };
}

/** Replaces list and lumbar bending with the normative frontal pattern; keeps the thighs' frontal paths. */
function useNormativeFrontalPlane(values: Record<GaitCoordinate, Float64Array>, frames: number): void {
  // CGM right-side curves: + = right side up, so OpenSim list (+ = right side down) is the negative
  const obliquity = CGM23_NORMATIVE.PelvisAngles_Y_mean!;
  const thorax = CGM23_NORMATIVE.ThoraxAngles_Y_mean!;
  const a = resampleCycle(obliquity, frames);
  const b = resampleCycle(obliquity, frames, 0.5);
  const shape = a.map((v, i) => -0.5 * (v - b[i]!));
  let lo = Infinity, hi = -Infinity;
  for (const v of shape) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const scale = NORMATIVE_PELVIC_OBLIQUITY_RANGE_DEG / (hi - lo);
  const ta = resampleCycle(thorax, frames);
  const tb = resampleCycle(thorax, frames, 0.5);
  for (let i = 0; i < frames; i++) {
    const list = shape[i]! * scale;
    const thoraxLean = -0.5 * (ta[i]! - tb[i]!);
    const change = values.pelvis_list[i]! - list;
    values.pelvis_list[i] = list;
    values.lumbar_bending[i] = thoraxLean - list;
    // thigh frontal angle in space = list + hip adduction (right), list − hip adduction (left)
    values.hip_adduction_r[i] = values.hip_adduction_r[i]! + change;
    values.hip_adduction_l[i] = values.hip_adduction_l[i]! - change;
  }
}
