/**
 * Passive joint moments.
 * Hip soft limits: Anderson 1999 constants as implemented by Falisse et al. 2019
 * (antoinefalisse/3dpredictsim PassiveMomentsData.m, docs/model.md §4.3) [S]:
 *   T = K1·exp(K2·(q − θ2)) + K3·exp(K4·(q − θ1)),  q in rad, OpenSim signs.
 * Lumbar motion segments: linear stiffness per level (docs/model.md §5.2) [S].
 */
import { DISC_STIFFNESS_NM_PER_DEG } from '../data/spine.ts';

interface SoftLimit {
  readonly k1: number;
  readonly k2: number;
  readonly k3: number;
  readonly k4: number;
  readonly theta1: number;
  readonly theta2: number;
}

export const HIP_FLEXION_LIMIT: SoftLimit = { k1: -2.44, k2: 5.05, k3: 1.51, k4: -21.88, theta1: -0.6981, theta2: 1.81 };
export const HIP_ADDUCTION_LIMIT: SoftLimit = { k1: -0.03, k2: 14.94, k3: 0.03, k4: -14.94, theta1: -0.5, theta2: 0.5 };
export const HIP_ROTATION_LIMIT: SoftLimit = { k1: -0.03, k2: 14.94, k3: 0.03, k4: -14.94, theta1: -0.92, theta2: 0.92 };

/** Passive moment (N·m) acting on the distal segment about the coordinate axis at angle q (rad). */
export function softLimitMoment(l: SoftLimit, q: number): number {
  return l.k1 * Math.exp(l.k2 * (q - l.theta2)) + l.k3 * Math.exp(l.k4 * (q - l.theta1));
}

/**
 * Passive frontal-plane resistance of the hip capsule, ligaments and iliotibial
 * band [E]: T = −A·(exp(B·q) − 1) on the femur, q = adduction, A = 5 N·m, B = 8 /rad
 * (≈3.8 N·m at 4°, 15 N·m at 10°, 36 N·m at 15° of adduction). Shape after the
 * joint soft-limit models (Anderson 1999, Falisse 2019); magnitude chosen so a
 * complete loss of abductor capacity in single-leg stance drops the pelvis by
 * roughly 10–15° (an uncompensated Trendelenburg sign), not sourced.
 * One-sided, as the soft limits are: adduction stretches the ITB and the lateral
 * capsule and the moment grows exponentially; abduction slackens them, and the
 * same expression saturates at A (4.8 N·m at 24° of abduction), smooth through
 * neutral with the same stiffness there (A·B = 40 N·m/rad). End-of-range abduction
 * is the Anderson/Falisse soft limit's. (Until 2026-12-03 the curve was mirrored
 * into abduction, 139 N·m at 24°: the swing hip under a Trendelenburg drop, held
 * vertical while the pelvis dropped, was pushed into adduction so hard that its
 * abductors saturated and its contact force reached 6.7 BW; docs/model.md §7.)
 */
export const HIP_FRONTAL_TISSUE = { amplitudeNm: 5, rate: 8 } as const;

export function hipFrontalTissueMoment(adduction: number): number {
  return -HIP_FRONTAL_TISSUE.amplitudeNm * (Math.exp(HIP_FRONTAL_TISSUE.rate * adduction) - 1);
}

/**
 * Ligamentous resistance to hip rotation: 5 N·m at ±35° (van Arkel 2015 as fitted in
 * an OpenSim utility, docs/model.md §4.3) [S2], with an exponential shape [E]:
 * T = −sign(q)·A·(exp(B·|q|) − 1), B = 8 /rad, A chosen so |T(35°)| = 5 N·m.
 */
export const HIP_ROTATION_LIGAMENT = (() => {
  const rate = 8;
  const at = (35 * Math.PI) / 180;
  return { rate, amplitudeNm: 5 / (Math.exp(rate * at) - 1) };
})();

export function hipRotationLigamentMoment(rotation: number): number {
  const m = HIP_ROTATION_LIGAMENT.amplitudeNm * (Math.exp(HIP_ROTATION_LIGAMENT.rate * Math.abs(rotation)) - 1);
  return rotation > 0 ? -m : m;
}

const DEG = Math.PI / 180;
/** Linear motion-segment stiffness in N·m/rad. */
export const SEGMENT_STIFFNESS_NM_PER_RAD = {
  flexion: DISC_STIFFNESS_NM_PER_DEG.flexion / DEG,
  extension: DISC_STIFFNESS_NM_PER_DEG.extension / DEG,
  lateralBending: DISC_STIFFNESS_NM_PER_DEG.lateralBending / DEG,
  axialRotation: DISC_STIFFNESS_NM_PER_DEG.axialRotation / DEG,
} as const;

/** Restoring sagittal moment (N·m) on the upper body for a deviation Δ (rad, + = extension) from the neutral angle. */
export function segmentSagittalMoment(deltaExtension: number): number {
  const k = deltaExtension > 0 ? SEGMENT_STIFFNESS_NM_PER_RAD.extension : SEGMENT_STIFFNESS_NM_PER_RAD.flexion;
  return -k * deltaExtension;
}
