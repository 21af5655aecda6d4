/**
 * Postural gains of the 3-D standing posture (docs/model.md §5.1), all scaled
 * with s_m·s_h so that angles and per-body-weight loads do not drift with body
 * size (docs/model.md §3.3):
 * - thorax orientation spring K_th = 600 N·m/rad per axis [E] (10 N·m of
 *   imbalance turns the thorax about 1°);
 * - leg axial compliance against pelvic list K_list = 300 N·m/rad [E];
 * - postural feedback on every coordinate = 0.4 rad⁻¹ × the mean moment
 *   capacity of the two muscle sets that turn it one way and the other [E]
 *   (for the pelvis: with the thorax held) — weak muscles make a softer
 *   posture. At the lumbar levels this stands for the segmental stiffness that
 *   muscle co-activation gives the living spine: without it the column inside
 *   its neutral zone (0.1 N·m/°) cannot carry the trunk's weight, and the
 *   posture solver would find unstable equilibria (docs/model.md §5.1).
 */
import type { CompiledModel } from '../../params/compile.ts';
import { pathLength } from '../../anatomy/elements.ts';
import { FLEXION_RHYTHM, LATERAL_RHYTHM, AXIAL_RHYTHM } from '../../anatomy/spine.ts';
import { applyDofs, DOF_COUNT } from './dofs.ts';
import { computePose, createPoseBuffers } from '../pose.ts';
import { copyPosture, createPosture, type Posture } from '../posture.ts';
import type { PostureGains } from './generalised-force.ts';

export const THORAX_SPRING_NM_PER_RAD = 600;
export const LIST_STIFFNESS_NM_PER_RAD = 300;
/** Same gain as the v1 sagittal feedback, calibrated so lower crossed syndrome tilts the pelvis ≈ 5° [E]. */
export const POSTURAL_FEEDBACK_GAIN_PER_RAD = 0.4;
const H = 1e-3;

/** Pelvis rotation about one axis with the lumbar spine counter-rotating by its rhythm so the thorax is held. */
function heldMode(base: Posture, axis: number, d: number, out: Posture): Posture {
  copyPosture(out, base);
  if (axis === 0) {
    out.pelvisTilt += d;
    for (let k = 0; k < 5; k++) out.levelExtension[k] = base.levelExtension[k]! - FLEXION_RHYTHM[k]! * d;
  } else if (axis === 1) {
    out.pelvisList += d;
    for (let k = 0; k < 5; k++) out.levelBending[k] = base.levelBending[k]! - LATERAL_RHYTHM[k]! * d;
  } else {
    out.pelvisRotation += d;
    for (let k = 0; k < 5; k++) out.levelRotation[k] = base.levelRotation[k]! - AXIAL_RHYTHM[k]! * d;
  }
  return out;
}

/**
 * Moment arms r = −∂l/∂q of every element about every coordinate at the base posture (m),
 * element-major (E × 18). Pelvis coordinates use the thorax-held mode. Anatomy, not
 * strength: computed once per body.
 */
export function coordinateArms(model: CompiledModel, base: Posture): Float64Array {
  const g = model.geometry;
  const t = model.elements;
  const plus = createPoseBuffers(t.pointCount), minus = createPoseBuffers(t.pointCount);
  const p = createPosture();
  const dq = new Float64Array(DOF_COUNT);
  const arms = new Float64Array(t.count * DOF_COUNT);
  for (let j = 0; j < DOF_COUNT; j++) {
    if (j < 3) {
      computePose(g, model.thoraxComAnteriorM, t, heldMode(base, j, H, p), plus);
      computePose(g, model.thoraxComAnteriorM, t, heldMode(base, j, -H, p), minus);
    } else {
      dq.fill(0);
      dq[j] = H;
      computePose(g, model.thoraxComAnteriorM, t, applyDofs(base, dq, p), plus);
      dq[j] = -H;
      computePose(g, model.thoraxComAnteriorM, t, applyDofs(base, dq, p), minus);
    }
    for (let i = 0; i < t.count; i++) arms[i * DOF_COUNT + j] = -(pathLength(t, plus.points, i) - pathLength(t, minus.points, i)) / (2 * H);
  }
  return arms;
}

/** Gains of this subject: feedback from its own strength-scaled capacities over the body's arms. */
export function postureGains(model: CompiledModel, arms: Float64Array): PostureGains {
  const g = model.geometry;
  const t = model.elements;
  const scale = g.massScale * g.lengthScale;
  const feedback = new Float64Array(DOF_COUNT);
  for (let j = 0; j < DOF_COUNT; j++) {
    let cap = 0;
    for (let i = 0; i < t.count; i++) cap += t.activeForceMax[i]! * t.maxActivation[i]! * t.cosPennation[i]! * Math.abs(arms[i * DOF_COUNT + j]!);
    // mean of the two opposing sets = half the sum of both
    feedback[j] = (POSTURAL_FEEDBACK_GAIN_PER_RAD * cap) / 2;
  }
  return {
    thoraxNmPerRad: THORAX_SPRING_NM_PER_RAD * scale,
    listNmPerRad: LIST_STIFFNESS_NM_PER_RAD * scale,
    feedback,
    passiveScale: scale,
  };
}
