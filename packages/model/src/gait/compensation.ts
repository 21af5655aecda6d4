/**
 * Pass 3, compensations from the mechanics (docs/model.md §9.3; docs/model.md §9).
 *
 * Where the stance hip's abductors cannot supply the abductor moment that
 * inverse dynamics asks of them (demand − capacity − passive abduction = D > 0),
 * the strategy mix s = strategy.duchenne splits D:
 * - Trendelenburg (1 − s): the swing side of the pelvis drops by δ until the
 *   stretched frontal hip tissue, A·(e^{Bδ} − 1), carries (1 − s)·D; the lumbar
 *   spine bends back so the thorax stays about upright over the pelvis;
 * - Duchenne (s): the trunk leans over the stance hip by φ with
 *   m_HAT·g·h·sin φ = s·D (the body's centre of mass, and with it the centre of
 *   pressure, moves toward the stance hip), and the pelvis is held level while
 *   the deficit lasts (docs/model.md §9, "lean over the stance hip, pelvis level"):
 *   the normal contralateral drop is removed in the share s·D/demand of the
 *   abductor demand that the lean takes away.
 * Where the hip extensors cannot hold the loading-response extension moment, the
 * trunk lurches back (gluteus maximus gait) by θ with m_HAT·g·h·sin θ = deficit.
 * (Weak hip flexors: a forward inclination of the trunk, flexor-inclination.ts.)
 * Each is spread in and out over 10 % of the cycle (half-cosine taper).
 * The compensated motion then moves the whole-body centre of mass; the centres of
 * pressure follow it (quasi-static, clamped to the foot), and the inverse dynamics
 * is solved again on the compensated motion.
 */
import { HIP_FRONTAL_TISSUE } from '../mechanics/joint-passive.ts';
import * as B from '../geometry/bodies.ts';
import { taperEnvelope } from './phases.ts';
import { LUMBAR_COORDINATES, type FrameAdjustments } from './frame-posture.ts';
import type { CycleKinematics } from './frame-kinematics.ts';

/**
 * Width of the smooth entry and exit of a compensation [E]. The compensated motion's own accelerations load
 * the trunk (docs/model.md §9.3), so a lean thrown in over a few frames would demand large muscle moments:
 * a 7° lean over 20 % of the cycle accelerates the trunk's centre of mass by ≈ 3 m/s² at most.
 */
export const COMPENSATION_TAPER_FRACTION = 0.2;

/**
 * Holds a compensation at its peak from the first to the last frame of each stance that needs it: patients
 * keep a lean or a drop through the stance rather than following every wobble of the deficit [E].
 */
function holdThroughStance(values: Float64Array, stance: Uint8Array, side: number): void {
  const n = values.length - 1;
  let start = 0;
  while (start < n && stance[start * 2 + side]) start++; // begin at a swing frame so runs do not wrap
  for (let step = 0; step < n; ) {
    const i0 = (start + step) % n;
    if (!stance[i0 * 2 + side]) {
      step++;
      continue;
    }
    let len = 0;
    while (len < n && stance[((i0 + len) % n) * 2 + side]) len++;
    let first = -1, last = -1, peak = 0;
    for (let d = 0; d < len; d++) {
      const v = values[(i0 + d) % n]!;
      if (v > 0) {
        if (first < 0) first = d;
        last = d;
        peak = Math.max(peak, v);
      }
    }
    for (let d = first; first >= 0 && d <= last; d++) values[(i0 + d) % n] = peak;
    step += len;
  }
  values[n] = values[0]!;
}
/** How far the centre of pressure can follow a compensating shift of the body's centre of mass: ±40 mm across the foot (docs/model.md §9) [E], ±60 mm along it [E]. */
export const COP_SHIFT_LIMIT_M = { lateral: 0.04, forward: 0.06 } as const;

/** Per frame and leg [left, right]: the moments that decide the compensations (N·m). */
export interface HipBalance {
  abductorDemandNm: Float64Array; // frames × 2
  abductorCapacityNm: Float64Array;
  passiveAbductionNm: Float64Array;
  extensorDemandNm: Float64Array;
  extensorCapacityNm: Float64Array;
  /** 1 where the foot is loaded. */
  stance: Uint8Array;
  /** Deficit left over after a compensation moved the body (fixed-point iterations in refineDeficit). */
  extraDeficitNm: Float64Array;
  /** Hip adduction (rad) of the uncompensated frame: where on the frontal tissue's curve a drop starts. */
  adductionRad: Float64Array;
}

export function createHipBalance(frames: number): HipBalance {
  const a = () => new Float64Array(frames * 2);
  return {
    abductorDemandNm: a(),
    abductorCapacityNm: a(),
    passiveAbductionNm: a(),
    extensorDemandNm: a(),
    extensorCapacityNm: a(),
    stance: new Uint8Array(frames * 2),
    extraDeficitNm: a(),
    adductionRad: a(),
  };
}

export function createAdjustments(frames: number): FrameAdjustments {
  const a = () => new Float64Array(frames * 2);
  return { drop: a(), lean: a(), lurch: a(), incline: new Float64Array(frames), level: a(), tilt: new Float64Array(frames), hipRotation: a(), levels: new Float64Array(frames * LUMBAR_COORDINATES) };
}

/** Abductor deficit of leg `side` at frame i (N·m, ≥ 0). */
export function abductorDeficit(b: HipBalance, i: number, side: number): number {
  const k = i * 2 + side;
  if (!b.stance[k]) return 0;
  return Math.max(0, b.abductorDemandNm[k]! - b.abductorCapacityNm[k]! - Math.max(0, b.passiveAbductionNm[k]!)) + b.extraDeficitNm[k]!;
}

/**
 * One fixed-point step: the compensated motion changes the abductor demand (a lean moves the centre of
 * mass less than the closed form assumes, a drop carries the trunk over the swing side). What the muscles,
 * the passive tissue and the drop's tissue share (1 − s)·D still leave uncovered is added to the deficit.
 * Returns the largest addition (N·m).
 */
export function refineDeficit(b: HipBalance, hipMomentNm: Float64Array, duchenne: number): number {
  let worst = 0;
  const N = b.stance.length / 2;
  for (let i = 0; i < N; i++) {
    for (let side = 0; side < 2; side++) {
      const k = i * 2 + side;
      const D = abductorDeficit(b, i, side);
      if (D <= 0) continue;
      const demand = -hipMomentNm[k * 3 + 1]!;
      const left = demand - b.abductorCapacityNm[k]! - Math.max(0, b.passiveAbductionNm[k]!) - (1 - duchenne) * D;
      if (left > 0) {
        b.extraDeficitNm[k] = b.extraDeficitNm[k]! + left;
        worst = Math.max(worst, left);
      }
    }
  }
  return worst;
}

/** Extensor deficit of leg `side` at frame i (N·m, ≥ 0): what the gluteus maximus and hamstrings cannot hold in stance. */
export function extensorDeficit(b: HipBalance, i: number, side: number): number {
  const k = i * 2 + side;
  return b.stance[k] ? Math.max(0, b.extensorDemandNm[k]! - b.extensorCapacityNm[k]!) : 0;
}

/** Whether frame i's balance alone makes `compensate` compensate: either leg short of abductors or of extensors in stance. */
export function needsCompensationAt(b: HipBalance, i: number): boolean {
  for (let side = 0; side < 2; side++) if (abductorDeficit(b, i, side) > 0 || extensorDeficit(b, i, side) > 0) return true;
  return false;
}

/**
 * The extra hip adduction δ (rad) at which the frontal tissue, −A·(e^{B·a} − 1) at adduction a (the curve the
 * optimisation's hips carry, joint-passive.ts), takes up `momentNm` more than at the frame's own adduction a0:
 * A·e^{B·a0}·(e^{Bδ} − 1) = momentNm. The tissue is already stretched at a0, so the same moment needs less drop than
 * the curve read from zero would say; reading it from zero over-dropped the pelvis, and the optimisation then had to
 * pull it down against the tissue's surplus with the adductors (docs/model.md §9.3, step 3).
 */
export function tissueDropRad(momentNm: number, adductionRad: number): number {
  const { amplitudeNm: A, rate: B } = HIP_FRONTAL_TISSUE;
  return Math.log(1 + momentNm / (A * Math.exp(B * adductionRad))) / B;
}

/** Fills `adj.drop/lean/lurch/level` from the balance (closed forms, then the smooth envelope). `hatWeightLeverNm` = m_HAT·g·h. */
export function compensate(b: HipBalance, duchenne: number, hatWeightLeverNm: number, adj: FrameAdjustments): boolean {
  const N = adj.tilt.length;
  const drop = new Float64Array(N), lean = new Float64Array(N), lurch = new Float64Array(N), level = new Float64Array(N);
  let any = false;
  for (let side = 0; side < 2; side++) {
    for (let i = 0; i < N; i++) {
      const D = abductorDeficit(b, i, side);
      const k = i * 2 + side;
      const ext = extensorDeficit(b, i, side);
      drop[i] = tissueDropRad((1 - duchenne) * D, b.adductionRad[k]!);
      lean[i] = Math.asin(Math.min(1, (duchenne * D) / hatWeightLeverNm));
      lurch[i] = Math.asin(Math.min(1, ext / hatWeightLeverNm));
      // the lean removes s·D of the adduction moment the abductors would have to hold; the normal drop is the
      // abductors yielding under that moment, so the same share of it goes (a small deficit levels little)
      const demand = b.abductorDemandNm[k]!;
      level[i] = D > 0 && demand > 0 ? Math.min(1, (duchenne * D) / demand) : 0;
      if (D > 0 || ext > 0) any = true;
    }
    for (const v of [drop, lean, lurch, level]) holdThroughStance(v, b.stance, side);
    const sd = taperEnvelope(drop, COMPENSATION_TAPER_FRACTION);
    const sl = taperEnvelope(lean, COMPENSATION_TAPER_FRACTION);
    const su = taperEnvelope(lurch, COMPENSATION_TAPER_FRACTION);
    const sv = taperEnvelope(level, COMPENSATION_TAPER_FRACTION);
    for (let i = 0; i < N; i++) {
      adj.drop[i * 2 + side] = sd[i]!;
      adj.lean[i * 2 + side] = sl[i]!;
      adj.lurch[i * 2 + side] = su[i]!;
      adj.level[i * 2 + side] = sv[i]!;
    }
  }
  return any;
}

/**
 * Shift of the whole-body centre of mass relative to the pelvis at frame i from the `from` to the `to` motion,
 * along world axis `axis` (0 forward, 2 lateral; m).
 */
export function comShiftM(from: CycleKinematics, to: CycleKinematics, i: number, axis: 0 | 2): number {
  const BC = B.BODY_COUNT;
  const pelvis = i * BC * 3 + axis;
  let mt = 0, d = 0;
  for (let b = 0; b < BC; b++) {
    const m = from.mass[b]!, o = (i * BC + b) * 3 + axis;
    mt += m;
    d += m * (to.com[o]! - from.com[o]! - (to.o[pelvis]! - from.o[pelvis]!));
  }
  return d / mt;
}

/**
 * Shift of the centres of pressure that follows the whole-body centre of mass from the `from` to the `to`
 * motion (quasi-static, docs/model.md §9), clamped to the foot; what the clamp removes stays in the residual.
 */
export function copShift(from: CycleKinematics, to: CycleKinematics, lengthScale: number, out: Float64Array): Float64Array {
  const lx = COP_SHIFT_LIMIT_M.forward * lengthScale, lz = COP_SHIFT_LIMIT_M.lateral * lengthScale;
  for (let i = 0; i < from.frames; i++) {
    out[i * 3] = Math.max(-lx, Math.min(lx, comShiftM(from, to, i, 0)));
    out[i * 3 + 1] = 0;
    out[i * 3 + 2] = Math.max(-lz, Math.min(lz, comShiftM(from, to, i, 2)));
  }
  return out;
}
