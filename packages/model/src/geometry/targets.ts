/**
 * Reference postures the tasks start from: neutral standing (Le Huec 2017
 * alignment) and relaxed sitting.
 */
import type { ScaledGeometry } from './scaled-geometry.ts';
import { FLEXION_RHYTHM } from '../data/spine.ts';
import { createPosture, type Posture } from './posture.ts';

const DEG = Math.PI / 180;

/** Neutral standing: PT and LL from the Le Huec 2017 regressions, thighs vertical. */
export function neutralStanding(g: ScaledGeometry, out: Posture = createPosture()): Posture {
  out.pelvisTilt = g.neutralPelvisTilt;
  out.pelvisList = 0;
  out.pelvisRotation = 0;
  for (let k = 0; k < 5; k++) {
    out.levelExtension[k] = g.neutralLevelAngle[k]!;
    out.levelBending[k] = 0;
    out.levelRotation[k] = 0;
  }
  out.thighFlexion.fill(0);
  out.thighAdduction.fill(0);
  out.kneeFlexion.fill(0);
  return out;
}

/**
 * Relaxed sitting relative to standing: the pelvis rotates back and the
 * lordosis flattens by the same amount, keeping the thorax upright.
 * Lord et al. 1997 (Spine 22:2571): lordosis 49° standing vs 34° sitting [R].
 */
export const SITTING_RETROVERSION_RAD = 15 * DEG;
export const SITTING_THIGH_FLEXION_RAD = 90 * DEG;
/** Knees bent to a right angle on a chair, shanks vertical. */
export const SITTING_KNEE_FLEXION_RAD = 90 * DEG;

/** Adds a sagittal change to a posture: pelvis anterior rotation θp and lordosis change λ (Christophy flexion rhythm). */
export function applySagittal(base: Posture, anteriorRotation: number, lordosisChange: number, out: Posture): Posture {
  out.pelvisTilt = base.pelvisTilt - anteriorRotation;
  for (let k = 0; k < 5; k++) out.levelExtension[k] = base.levelExtension[k]! + FLEXION_RHYTHM[k]! * lordosisChange;
  return out;
}

export function neutralSitting(g: ScaledGeometry, out: Posture = createPosture()): Posture {
  neutralStanding(g, out);
  applySagittal(out, -SITTING_RETROVERSION_RAD, -SITTING_RETROVERSION_RAD, out);
  out.thighFlexion.fill(SITTING_THIGH_FLEXION_RAD);
  out.kneeFlexion.fill(SITTING_KNEE_FLEXION_RAD);
  return out;
}

/** Single-leg stance test: the free leg is held with the hip flexed 20° and the knee 60° [E] (foot clear of the floor). */
export const SWING_HIP_FLEXION_RAD = 20 * DEG;
export const SWING_KNEE_FLEXION_RAD = 60 * DEG;

export function liftLeg(p: Posture, side: number): Posture {
  p.thighFlexion[side] = SWING_HIP_FLEXION_RAD;
  p.kneeFlexion[side] = SWING_KNEE_FLEXION_RAD;
  return p;
}
