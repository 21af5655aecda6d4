/**
 * Single-leg stance compensation for an abductor deficit (docs/model.md §7).
 * Deficit D = demand − capacity at the level pelvis. If D > 0 the strategy mix
 * s (0 = Trendelenburg, 1 = Duchenne) splits it:
 * - Trendelenburg: the pelvis drops toward the swing side by δ (stance hip
 *   adducts) until passive abduction (stretched abductors, TFL/ITB, capsule)
 *   plus the geometric change cover (1 − s)·D. The lumbar spine bends back
 *   toward the stance side by δ, so the thorax stays upright (constraint 4),
 *   and the stance leg tilts over its foot by τ (the foot moves toward the
 *   swing side under the hip, the hip adducts by τ more) so that the body's
 *   centre of mass stays over the foot (static balance; without it the drop
 *   would carry the trunk over the swing side). Until 2026-12-02 the balance
 *   was kept by bending the lumbar spine further, which leaned the thorax
 *   toward the stance side as much as a Duchenne lean (docs/model.md §7).
 * - Duchenne: the trunk leans toward the stance side by φ (lumbar bending,
 *   Christophy lateral rhythm) until the demand falls by s·D.
 * Both are found by root finding on the model's own mechanics, not on
 * closed-form estimates.
 */
import { LATERAL_RHYTHM } from '../data/spine.ts';
import type { Posture } from '../geometry/posture.ts';
import { copyPosture, createPosture } from '../geometry/posture.ts';
import type { StaticSolver } from './static-optimisation.ts';
import { abductorBalance, type AbductorBalance } from './abductors.ts';
import { massCentre } from '../geometry/pose.ts';
import * as B from '../geometry/bodies.ts';
import { transformPoint } from '../geometry/mat3.ts';

const DEG = Math.PI / 180;
/** Largest pelvic drop the model allows before the remainder shows up as reserves [E] (hip adduction range ~25–30°). */
export const MAX_PELVIC_DROP_RAD = 20 * DEG;
/** Largest compensatory trunk lean [E]. */
export const MAX_TRUNK_LEAN_RAD = 30 * DEG;

export interface Compensation {
  deficitNm: number;
  pelvicDropRad: number;
  /** Frontal tilt of the stance leg over its foot (foot toward the swing side) that keeps the balance during the drop. */
  stanceLegTiltRad: number;
  trunkLeanRad: number;
  /** True when the drop or lean reached its limit without closing the deficit. */
  saturated: boolean;
}

/** Applies drop δ (with its stance-leg tilt τ) and lean φ for stance `side` onto `base`. */
export function applyCompensation(base: Posture, side: number, drop: number, legTilt: number, lean: number, out: Posture): Posture {
  copyPosture(out, base);
  const toStance = side === 1 ? 1 : -1;
  // pelvis_list + = right side down; the swing side drops
  out.pelvisList = base.pelvisList - toStance * drop;
  // the stance thigh adducts in the world (its foot moves toward the swing side, under the body's centre of mass)
  out.thighAdduction[side] = base.thighAdduction[side]! + legTilt;
  const bend = drop + lean;
  for (let k = 0; k < 5; k++) out.levelBending[k] = base.levelBending[k]! + toStance * LATERAL_RHYTHM[k]! * bend;
  return out;
}

function root(f: (x: number) => number, hi: number): { x: number; ok: boolean } {
  let a = 0, fa = f(0);
  if (fa <= 0) return { x: 0, ok: true };
  let b = hi, fb = f(hi);
  if (fb > 0) return { x: hi, ok: false };
  for (let it = 0; it < 50; it++) {
    const m = 0.5 * (a + b);
    const fm = f(m);
    if (fm > 0) {
      a = m;
      fa = fm;
    } else {
      b = m;
      fb = fm;
    }
    if (b - a < 1e-5) break;
  }
  return { x: 0.5 * (a + b), ok: true };
}

/**
 * @param solver a solver with single-leg groups; group `stanceGroup` is the stance hip
 */
export function compensate(solver: StaticSolver, base: Posture, side: number, stanceGroup: number, duchenne: number): Compensation {
  const t = solver.model.elements;
  const bal: AbductorBalance = { demandNm: 0, capacityNm: 0, passiveNm: 0 };
  const trial = createPosture();
  const com = new Float64Array(3);
  const ankle = new Float64Array(3);
  const stanceTibia = side === 0 ? B.TIBIA_L : B.TIBIA_R;
  const ankleInTibia = solver.model.geometry.ankleInTibia;
  /** The centre of mass's lateral place relative to the stance ankle (the foot). */
  const lateralOffset = () => {
    massCentre(solver.pose, B.ALL_MASK, com);
    const { R, o } = solver.pose;
    transformPoint(ankle, 0, R, stanceTibia * 9, o, stanceTibia * 3, ankleInTibia[0]!, ankleInTibia[1]!, 0);
    return com[2]! - ankle[2]!;
  };
  const measure = (drop: number, legTilt: number, lean: number) => {
    solver.prepare(applyCompensation(base, side, drop, legTilt, lean, trial));
    return abductorBalance(t, solver.state, solver.loads, stanceGroup, side, solver.jointPassive[stanceGroup * 3]!, bal);
  };
  const level = measure(0, 0, 0);
  const offset0 = lateralOffset();
  /** Stance-leg tilt that returns the centre of mass to its level-pelvis place over the foot (secant; nearly linear). */
  const legTiltFor = (drop: number): number => {
    let b0 = 0;
    measure(drop, b0, 0);
    let f0 = lateralOffset() - offset0;
    // second secant point: the tilt is a small fraction of the drop (≈ 0.15 δ, docs/model.md §7)
    let b1 = drop * 0.05 + 1e-3;
    for (let it = 0; it < 8 && Math.abs(f0) > 1e-6; it++) {
      measure(drop, b1, 0);
      const f1 = lateralOffset() - offset0;
      if (f1 === f0) break;
      const b2 = b1 - (f1 * (b1 - b0)) / (f1 - f0);
      b0 = b1;
      f0 = f1;
      b1 = b2;
    }
    return b0;
  };
  const demand0 = level.demandNm;
  const passive0 = level.passiveNm;
  const deficit = level.demandNm - level.capacityNm - level.passiveNm;
  if (deficit <= 0) return { deficitNm: deficit, pelvicDropRad: 0, stanceLegTiltRad: 0, trunkLeanRad: 0, saturated: false };
  const leanShare = duchenne * deficit;
  const dropShare = (1 - duchenne) * deficit;
  const lean = root((phi) => {
    const b = measure(0, 0, phi);
    return leanShare - (demand0 - b.demandNm);
  }, MAX_TRUNK_LEAN_RAD);
  const drop = root((d) => {
    const b = measure(d, legTiltFor(d), 0);
    return dropShare - (b.passiveNm - passive0) - (demand0 - b.demandNm);
  }, MAX_PELVIC_DROP_RAD);
  const pelvicDropRad = dropShare > 0 ? drop.x : 0;
  return {
    deficitNm: deficit,
    pelvicDropRad,
    stanceLegTiltRad: pelvicDropRad > 0 ? legTiltFor(pelvicDropRad) : 0,
    trunkLeanRad: leanShare > 0 ? lean.x : 0,
    saturated: !lean.ok || !drop.ok,
  };
}
