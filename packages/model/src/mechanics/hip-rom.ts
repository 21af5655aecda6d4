/**
 * Clinical hip read-outs computed from the model's geometry and passive
 * properties (docs/model.md §4 piriformis action reversal, §4.2 rotation range):
 * - rotation moment arm of a muscle vs hip flexion (−∂l/∂q, internal rotation +);
 * - passive rotation range: the angle at which the passive moment resisting
 *   internal (or external) rotation reaches 5 N·m (V28), with the knee flexed
 *   90° as in the clinical prone and seated tests.
 */
import type { CompiledModel } from '../geometry/compiled-model.ts';
import type { MuscleGroup, Side } from '../params/fields.ts';
import { pathLength } from '../geometry/elements.ts';
import { referencePosture } from '../geometry/elements.ts';
import { computePose, createPoseBuffers, type PoseBuffers } from '../geometry/pose.ts';
import { copyPosture, createPosture, type Posture } from '../geometry/posture.ts';
import { rotZXY, type M3 } from '../geometry/mat3.ts';
import { passiveTension } from './passive-tension.ts';
import { HIP_ROTATION_LIMIT, hipRotationLigamentMoment, softLimitMoment } from './joint-passive.ts';
import * as B from '../geometry/bodies.ts';

const DEG = Math.PI / 180;
const H = 0.25 * DEG;
/** Moment that defines the end of the passive range (V28; van Arkel 2015 criterion) [S2]. */
export const ROM_MOMENT_NM = 5;

/** A pose with the hip of `side` at (flexion, 0, rotation) relative to a pelvis in its anatomical position. */
function hipPose(model: CompiledModel, side: number, flexion: number, rotation: number, kneeFlexion: number, out: PoseBuffers): void {
  const p: Posture = copyPosture(createPosture(), referencePosture(model.geometry));
  p.thighFlexion[side] = flexion;
  p.kneeFlexion[side] = kneeFlexion;
  computePose(model.geometry, model.thoraxComAnteriorM, model.elements, p, out);
  // apply the axial rotation of the femur about its own long axis (internal + for either side)
  const femur = side === 0 ? B.FEMUR_L : B.FEMUR_R;
  const tibia = side === 0 ? B.TIBIA_L : B.TIBIA_R;
  const R = new Float64Array(9) as M3;
  rotZXY(R, flexion, 0, side === 0 ? -rotation : rotation);
  const knee = new Float64Array(9) as M3;
  rotZXY(knee, -kneeFlexion, 0, 0);
  const tib = new Float64Array(9) as M3;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) tib[i * 3 + j] = R[i * 3]! * knee[j]! + R[i * 3 + 1]! * knee[3 + j]! + R[i * 3 + 2]! * knee[6 + j]!;
  out.R.set(R, femur * 9);
  const g = model.geometry;
  for (let k = 0; k < 3; k++) out.o[tibia * 3 + k] = out.o[femur * 3 + k]! + R[k * 3]! * g.kneeInFemur[0] + R[k * 3 + 1]! * g.kneeInFemur[1];
  out.R.set(tib, tibia * 9);
  const t = model.elements;
  for (let i = 0; i < t.pointCount; i++) {
    const b = t.pointBody[i]!;
    if (b !== femur && b !== tibia) continue;
    const lx = t.pointLocal[i * 3]!, ly = t.pointLocal[i * 3 + 1]!, lz = t.pointLocal[i * 3 + 2]!;
    for (let k = 0; k < 3; k++) {
      out.points[i * 3 + k] = out.o[b * 3 + k]! + out.R[b * 9 + k * 3]! * lx + out.R[b * 9 + k * 3 + 1]! * ly + out.R[b * 9 + k * 3 + 2]! * lz;
    }
  }
}

/** Rotation moment arm (m, + = internal rotation) of every element of `group` on `side`, summed, at a hip flexion angle. */
export function hipRotationMomentArmM(model: CompiledModel, group: MuscleGroup, side: Side, hipFlexionDeg: number): number {
  const s = side === 'left' ? 0 : 1;
  const t = model.elements;
  const plus = createPoseBuffers(t.pointCount);
  const minus = createPoseBuffers(t.pointCount);
  hipPose(model, s, hipFlexionDeg * DEG, H, 0, plus);
  hipPose(model, s, hipFlexionDeg * DEG, -H, 0, minus);
  let arm = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.group[i] !== group || t.side[i] !== s) continue;
    arm += -(pathLength(t, plus.points, i) - pathLength(t, minus.points, i)) / (2 * H);
  }
  return arm;
}

/** Passive moment about hip rotation (N·m, + = internal) at (flexion, rotation), knee at 90°. */
export function passiveRotationMomentNm(model: CompiledModel, side: Side, hipFlexionDeg: number, rotationDeg: number): number {
  const s = side === 'left' ? 0 : 1;
  const t = model.elements;
  const pose = createPoseBuffers(t.pointCount);
  const plus = createPoseBuffers(t.pointCount);
  const minus = createPoseBuffers(t.pointCount);
  const f = hipFlexionDeg * DEG, q = rotationDeg * DEG, knee = 90 * DEG;
  hipPose(model, s, f, q, knee, pose);
  hipPose(model, s, f, q + H, knee, plus);
  hipPose(model, s, f, q - H, knee, minus);
  let m = softLimitMoment(HIP_ROTATION_LIMIT, q) + hipRotationLigamentMoment(q);
  for (let i = 0; i < t.count; i++) {
    if (t.side[i] !== s) continue;
    const arm = -(pathLength(t, plus.points, i) - pathLength(t, minus.points, i)) / (2 * H);
    if (arm === 0) continue;
    m += passiveTension(t, i, pathLength(t, pose.points, i)) * arm;
  }
  return m;
}

/** Rotation (deg, internal +) where the passive rotation moment vanishes: the limb's passive rest. */
export function passiveRestRotationDeg(model: CompiledModel, side: Side, hipFlexionDeg: number): number {
  let lo = -70, hi = 70;
  for (let it = 0; it < 40; it++) {
    const mid = 0.5 * (lo + hi);
    if (passiveRotationMomentNm(model, side, hipFlexionDeg, mid) > 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Passive rotation range (deg): the internal (direction 'internal') or external rotation at which
 * the passive moment resisting further rotation reaches 5 N·m, measured from the limb's passive
 * rest (which is the anatomical zero within about a degree with the hip extended; with the hip
 * flexed 90° the model's stretched gluteal and piriformis fibres hold the femur internally rotated).
 */
export function passiveRotationRangeDeg(model: CompiledModel, side: Side, hipFlexionDeg: number, direction: 'internal' | 'external'): number {
  const sign = direction === 'internal' ? 1 : -1;
  const rest = passiveRestRotationDeg(model, side, hipFlexionDeg);
  const resisting = (deg: number) => -sign * passiveRotationMomentNm(model, side, hipFlexionDeg, rest + sign * deg);
  let lo = 0, hi = 80;
  if (resisting(hi) < ROM_MOMENT_NM) return hi;
  for (let it = 0; it < 40; it++) {
    const mid = 0.5 * (lo + hi);
    if (resisting(mid) < ROM_MOMENT_NM) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
