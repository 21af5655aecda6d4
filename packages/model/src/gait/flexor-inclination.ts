/**
 * Pass 3 for weak hip flexors (docs/model.md §9.3, step 5): the trunk walks inclined forward.
 *
 * In late stance the trailing hip is extended and its foot pushes off behind it: the vertical ground
 * reaction F_y acts on a lever behind the hip, and the hip flexors hold the moment (the flexion peak of
 * pre-swing). When they cannot, inclining the trunk forward by ψ moves the whole-body centre of mass forward,
 * and the centres of pressure follow it (quasi-static, as for every compensation): the lever shortens by the
 * shift, and the flexion demand falls by F_y · shift. So ψ is sized per frame by
 *
 *     F_y · c · sin ψ = deficit,     c = the centre of mass's forward shift per unit sin ψ,
 *
 * with c measured on the model's own motion (one trial inclination), capped where the shift reaches the
 * centre of pressure's forward limit on the foot (beyond it more lean moves the body but not the pressure).
 * Walking inclined forward lowers the late-stance hip flexion moment in the gait lab: forward leaners'
 * moment is 1.3× smaller (Leteneur 2009), inclined walking lowers its peak (Simonsen 2012), a forward-flexed
 * posture lowers the flexion impulse (Lewis & Sahrmann 2015).
 *
 * The inclination is a walking posture held through the whole cycle, sized by the frame that needs most, as
 * the studies' subjects walked: rocking the trunk 20° forward and back each stride would itself demand large
 * lumbar moments from the trunk's accelerations (tried: L4/L5 peaks tripled on the ramps). The lumbar spine
 * takes it (the pelvis keeps its measured path, so the feet land where the measured forces act) [E].
 */
import type { CycleKinematics } from './frame-kinematics.ts';
import type { FlexorBalance } from './flexor-balance.ts';
import type { GroundReactions } from './ground-reactions.ts';
import { comShiftM } from './compensation.ts';

/** The trial inclination that measures c (rad) [E]: the shift is linear in sin ψ to within a few % up to 30°. */
export const TRIAL_INCLINATION_RAD = (10 * Math.PI) / 180;

export interface FlexorInclination {
  /** Per frame and leg [left, right]: the vertical load of the foot (N, 0 in swing and in the cycle's repeated last frame). */
  readonly footLoadN: Float64Array;
  /** Per frame and leg: what the fixed-point steps added to the flexor balance's deficit (N·m). */
  readonly extraDeficitNm: Float64Array;
  /** c: the whole-body centre of mass's forward shift per unit sin ψ (m), measured. */
  shiftPerSinM: number;
  /** How far forward the centre of pressure can follow the body (m). */
  readonly copLimitM: number;
}

export function createFlexorInclination(grf: GroundReactions, frames: number, copLimitM: number): FlexorInclination {
  const footLoadN = new Float64Array(frames * 2);
  // the last frame repeats the first and is not optimised (no capacity read there): it stays unloaded here
  for (let i = 0; i < frames - 1; i++) for (let side = 0; side < 2; side++) footLoadN[i * 2 + side] = Math.max(0, grf[side]!.forceN[i * 3 + 1]!);
  return { footLoadN, extraDeficitNm: new Float64Array(frames * 2), shiftPerSinM: 0, copLimitM };
}

/** True when a loaded foot's flexors fall short somewhere (the flexor balance's deficit of the uncompensated motion). */
export function needsInclination(s: FlexorInclination, flexors: FlexorBalance): boolean {
  for (let k = 0; k < s.footLoadN.length; k++) if (s.footLoadN[k]! > 0 && flexors.deficitNm[k]! > 0) return true;
  return false;
}

/** Forward shift of the whole-body centre of mass relative to the pelvis from `from` to `to`, averaged over the cycle (m). */
export function meanForwardComShiftM(from: CycleKinematics, to: CycleKinematics): number {
  let sum = 0;
  for (let i = 0; i < from.frames; i++) sum += comShiftM(from, to, i, 0);
  return sum / from.frames;
}

/** The largest deficit per leg over its loaded frames before any compensation (N·m): what sizes ψ, for the summary. */
export function peakDeficitBeforeNm(s: FlexorInclination, flexors: FlexorBalance): { left: number; right: number } {
  const peak = { left: 0, right: 0 };
  for (let k = 0; k < s.footLoadN.length; k++) {
    const key = k % 2 === 0 ? 'left' : 'right';
    if (s.footLoadN[k]! > 0) peak[key] = Math.max(peak[key], flexors.deficitNm[k]!);
  }
  return peak;
}

/** ψ for one frame and leg: F_y · c · sin ψ = deficit, capped at the centre of pressure's limit (rad; 0 without deficit or load). */
export function inclinationForRad(deficitNm: number, footLoadN: number, shiftPerSinM: number, copLimitM: number): number {
  if (!(deficitNm > 0) || !(footLoadN > 0) || !(shiftPerSinM > 0)) return 0;
  const sinMax = Math.min(1, copLimitM / shiftPerSinM);
  return Math.asin(Math.min(sinMax, deficitNm / (footLoadN * shiftPerSinM)));
}

/** The inclination held through the cycle: the largest any loaded frame of either leg needs (rad). */
export function sizeInclinationRad(s: FlexorInclination, flexors: FlexorBalance): number {
  let psi = 0;
  for (let k = 0; k < s.footLoadN.length; k++) {
    psi = Math.max(psi, inclinationForRad(flexors.deficitNm[k]! + s.extraDeficitNm[k]!, s.footLoadN[k]!, s.shiftPerSinM, s.copLimitM));
  }
  return psi;
}

/**
 * One fixed-point step: the inclined motion's own flexion demand against the flexors' capacity and passive
 * moment (the pressure moved a little less or more than c · sin ψ, the clamp bit); what is still uncovered
 * where the leg was short is added to the deficit ψ is sized by. Returns the largest addition (N·m).
 */
export function refineFlexorDeficit(s: FlexorInclination, flexors: FlexorBalance, hipMomentNm: Float64Array): number {
  let worst = 0;
  for (let k = 0; k < s.footLoadN.length; k++) {
    if (!(s.footLoadN[k]! > 0) || !(flexors.deficitNm[k]! + s.extraDeficitNm[k]! > 0)) continue;
    const left = hipMomentNm[k * 3]! - flexors.capacityNm[k]! - flexors.passiveNm[k]!;
    if (left > 0) {
      s.extraDeficitNm[k] = s.extraDeficitNm[k]! + left;
      worst = Math.max(worst, left);
    }
  }
  return worst;
}
