/**
 * One gait frame as a model posture. The baseline cycle is laid over the
 * subject's own standing posture: pelvic tilt and lumbar extension add their
 * excursions around the cycle mean to the solved standing values (docs/model.md §9:
 * the subject walks with lumbar_extension ≈ −19°, re-centred here), hip angles
 * keep the thighs' path in space, and the compensations are added on top.
 */
import { FLEXION_RHYTHM, LATERAL_RHYTHM, AXIAL_RHYTHM } from '../data/spine.ts';
import { ANCHOR_ORIGIN, copyPosture, type Posture } from '../geometry/posture.ts';
import { lumbarShareOfTrunkFlexion } from '../geometry/lumbopelvic-rhythm.ts';
import type { GaitBaseline } from './baseline.ts';
import { cycleMean as mean } from './cycle-stats.ts';

const DEG = Math.PI / 180;
/**
 * Share of the trunk–pelvis axial rotation of gait taken by the lumbar spine; the (unmodelled)
 * thoracic spine takes the rest. Lumbar transverse-plane motion in walking is a few degrees, the
 * thoracic several times more (Crosbie 1997 [R]) [E]. Without it the stiff lumbar motion segments
 * (8.4 N·m/° each) would demand large muscle moments to counter-rotate the trunk.
 */
export const LUMBAR_SHARE_OF_TRUNK_ROTATION = 0.3;

/** The lumbar coordinates a frame's levels are solved in: extension of L1/L2…L5/S1, then their bends, then their rotations. */
export const LUMBAR_COORDINATES = 15;

/** Compensations per frame (rad). Per-leg arrays are interleaved [left, right] per frame. */
export interface FrameAdjustments {
  /** Trendelenburg drop of the swing side while this leg stands. */
  drop: Float64Array; // frames × 2
  /** Duchenne lean of the trunk toward this stance leg. */
  lean: Float64Array; // frames × 2
  /** Backward trunk lurch (gluteus maximus gait) while this leg stands. */
  lurch: Float64Array; // frames × 2
  /** Forward trunk inclination held through the cycle while a leg's hip flexors fall short in late stance (docs/model.md §9.3, step 5). */
  incline: Float64Array; // frames
  /** Extra anterior pelvic rotation (hip-flexor tightness in terminal stance). */
  tilt: Float64Array; // frames
  /** Share of the baseline pelvic list held level while this leg stands (Duchenne: the unloaded abductors stop yielding). */
  level: Float64Array; // frames × 2
  /** Shift of this hip's rotation (internal +, as hip_rotation) by a stiff or toned piriformis (docs/model.md §9.3, step 6). */
  hipRotation: Float64Array; // frames × 2
  /**
   * The lumbar posture solved at this frame (docs/model.md §9.3, step 8): each level's extension, bend and
   * rotation away from the rhythms' share (rad; LUMBAR_COORDINATES per frame, in its order), the thorax held on its path.
   */
  levels: Float64Array; // frames × 15
}

export interface GaitReference {
  /** The solved standing posture. */
  standing: Posture;
  /** Pelvis origin in standing (m). */
  originY: number;
  /** pelvis_tilt of neutral standing (rad): the healthy subject's, who walks exactly as measured. */
  neutralPelvisTilt: number;
  meanTiltDeg: number;
  meanLumbarExtensionDeg: number;
  meanTx: number;
  meanTy: number;
  lengthScale: number;
}

export function gaitReference(base: GaitBaseline, standing: Posture, originY: number, neutralPelvisTilt: number, lengthScale: number): GaitReference {
  const v = base.values;
  return {
    standing,
    originY,
    neutralPelvisTilt,
    meanTiltDeg: mean(v.pelvis_tilt),
    meanLumbarExtensionDeg: mean(v.lumbar_extension),
    meanTx: mean(v.pelvis_tx),
    meanTy: mean(v.pelvis_ty),
    lengthScale,
  };
}

export function framePosture(base: GaitBaseline, i: number, ref: GaitReference, adj: FrameAdjustments, frame: number, out: Posture): Posture {
  const v = base.values;
  const st = ref.standing;
  copyPosture(out, st);
  const tiltExtra = adj.tilt[frame]!;
  const dropL = adj.drop[frame * 2]!, dropR = adj.drop[frame * 2 + 1]!;
  const leanL = adj.lean[frame * 2]!, leanR = adj.lean[frame * 2 + 1]!;
  const lurch = adj.lurch[frame * 2]! + adj.lurch[frame * 2 + 1]!;
  // a forward inclination is shared by the lumbar spine and the hips as in forward bending (§8): the pelvis
  // tips forward with the trunk by the rest, and the thighs keep their path, so the hips flex by as much
  const incline = adj.incline[frame]!;
  const inclineLumbar = incline > 0 ? lumbarShareOfTrunkFlexion(incline) : 0;
  const inclinePelvis = incline - inclineLumbar;
  // the normal pelvic list, less what a Duchenne lean holds level (§9.3, step 3); the thighs and the
  // thorax keep their paths, so the hips and the lumbar spine take the change
  const levelled = -Math.min(1, adj.level[frame * 2]! + adj.level[frame * 2 + 1]!) * v.pelvis_list[i]! * DEG;
  // pelvis: standing tilt + the cycle's excursion − extra anterior rotation; list carries the drops
  out.pelvisTilt = st.pelvisTilt + (v.pelvis_tilt[i]! - ref.meanTiltDeg) * DEG - tiltExtra - inclinePelvis;
  out.pelvisList = v.pelvis_list[i]! * DEG + levelled - dropR + dropL; // right stance drops the left side (list −)
  out.pelvisRotation = v.pelvis_rotation[i]! * DEG;
  out.anchor = ANCHOR_ORIGIN;
  out.pelvisTranslation[0] = (v.pelvis_tx[i]! - ref.meanTx) * ref.lengthScale;
  out.pelvisTranslation[1] = ref.originY + (v.pelvis_ty[i]! - ref.meanTy) * ref.lengthScale;
  out.pelvisTranslation[2] = v.pelvis_tz[i]! * ref.lengthScale;
  // lumbar spine: excursions distributed by the Christophy rhythms, each level then where this frame's solve puts it
  // (§9.3, step 8: zero unless a changed muscle crosses the lumbar spine); drops are straightened back
  // (thorax upright), leans added toward the stance side, a lurch back and an inclination forward
  const ext = (v.lumbar_extension[i]! - ref.meanLumbarExtensionDeg) * DEG + tiltExtra + lurch - inclineLumbar;
  const bend = v.lumbar_bending[i]! * DEG - levelled + (dropR + leanR) - (dropL + leanL);
  const rot = LUMBAR_SHARE_OF_TRUNK_ROTATION * v.lumbar_rotation[i]! * DEG;
  const y = adj.levels, at = frame * LUMBAR_COORDINATES;
  for (let k = 0; k < 5; k++) {
    out.levelExtension[k] = st.levelExtension[k]! + FLEXION_RHYTHM[k]! * ext + y[at + k]!;
    out.levelBending[k] = st.levelBending[k]! + LATERAL_RHYTHM[k]! * bend + y[at + 5 + k]!;
    out.levelRotation[k] = st.levelRotation[k]! + AXIAL_RHYTHM[k]! * rot + y[at + 10 + k]!;
  }
  // legs follow the hip angles; the thighs keep their path in space when the pelvis tilts differently
  out.legsFromHipAngles = true;
  // thigh angle in space = pelvis_tilt + hip_flexion (OpenSim signs): the thighs keep the subject's measured
  // path in space (so the feet land where the measured ground reactions act, §9.1); a pelvis tilted further
  // forward than the subject's walking mean flexes the hips by as much
  const hipShift = ref.meanTiltDeg * DEG - st.pelvisTilt + tiltExtra + inclinePelvis;
  out.hipFlexion[0] = v.hip_flexion_l[i]! * DEG + hipShift;
  out.hipFlexion[1] = v.hip_flexion_r[i]! * DEG + hipShift;
  // a dropped pelvis adducts the stance hip and abducts the swing hip (feet keep their path)
  out.hipAdduction[0] = v.hip_adduction_l[i]! * DEG + dropL - dropR + levelled;
  out.hipAdduction[1] = v.hip_adduction_r[i]! * DEG + dropR - dropL - levelled;
  out.hipRotation[0] = v.hip_rotation_l[i]! * DEG + adj.hipRotation[frame * 2]!;
  out.hipRotation[1] = v.hip_rotation_r[i]! * DEG + adj.hipRotation[frame * 2 + 1]!;
  out.kneeFlexion[0] = -v.knee_angle_l[i]! * DEG;
  out.kneeFlexion[1] = -v.knee_angle_r[i]! * DEG;
  return out;
}
