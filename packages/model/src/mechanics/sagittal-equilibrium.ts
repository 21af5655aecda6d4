/**
 * Sagittal posture equilibrium (docs/model.md §5, implemented as a generalised-force
 * balance; the deviation is documented in docs/model.md).
 *
 * One posture coordinate q: anterior rotation of the pelvis from its reference
 * with the thorax orientation held (docs/model.md §5 constraint 4), so the lordosis
 * changes by the same angle (docs/model.md §3 item 4), distributed by the Christophy
 * rhythm. The posture is where the generalised force on q vanishes:
 *
 *   Q(q) = Σ_i F_i(q)·r_i(q) + Q_gravity(q) + Q_joint(q) − K_fb(q)·q + Q_bias = 0
 *
 * r_i = −∂l_i/∂q is each element's moment arm about q (virtual work),
 * F_i = a_i·F_active,i(l) + F_passive,i(l) with a_i the habitual activation
 * (what the default subject uses to stand in this reference posture, from
 * static optimisation) raised to tone floors and lowered to inhibition caps,
 * so weaker muscles produce less of the habitual moment. Postural feedback
 * K_fb = FEEDBACK_GAIN × (mean moment capacity of the two muscle sets that
 * rotate the pelvis and lumbar spine forward and back) — weak muscles make a
 * softer posture;
 * Q_bias makes the default subject's equilibrium the reference posture.
 */
import type { CompiledModel } from '../geometry/compiled-model.ts';
import { FLEXION_RHYTHM } from '../data/spine.ts';
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';
import { computePose, createPoseBuffers, type PoseBuffers } from '../geometry/pose.ts';
import { createPosture, copyPosture, type Posture } from '../geometry/posture.ts';
import { applySagittal } from '../geometry/targets.ts';
import { activeForceLength } from './muscle-curves.ts';
import { normalisedFibreLength, passiveTension } from './passive-tension.ts';
import { pathLength } from '../geometry/elements.ts';
import { segmentSagittalMoment } from './joint-passive.ts';
import { HIP_FLEXION_LIMIT, softLimitMoment } from './joint-passive.ts';
import { hipAngles } from '../geometry/hip-angles.ts';
import * as B from '../geometry/bodies.ts';

const DEG = Math.PI / 180;
/** Finite-difference step for moment arms (rad). */
const H = 0.2 * DEG;
/** Search interval for the posture coordinate (rad). */
const Q_LIMIT = 35 * DEG;

/**
 * Postural feedback gain [E], per radian of deviation, applied to the strength-scaled
 * moment capacity of the muscles resisting it. It sets how far tone, tightness and
 * weakness move the pelvis; chosen so the docs/model.md §11 lower crossed syndrome
 * configuration tilts the pelvis about 5–8° (group differences of this order: 4.4°
 * more lordosis in standing-induced LBP developers, Nelson-Wong, docs/model.md §11).
 */
export const FEEDBACK_GAIN_PER_RAD = 0.4;

export interface SagittalEquilibrium {
  /** Anterior rotation of the pelvis from the reference (rad). */
  q: number;
  /** Lordosis change that keeps the balance at q (rad, + = more lordotic). */
  lordosisChange: number;
  /** Generalised force at the solution (N·m), ~0 when converged. */
  residualNm: number;
  converged: boolean;
  /** Postural stiffness at the solution (N·m/rad). */
  stiffnessNmPerRad: number;
}

class Evaluator {
  readonly pose: PoseBuffers;
  readonly plus: PoseBuffers;
  readonly minus: PoseBuffers;
  readonly p = createPosture();
  readonly arms: Float64Array;
  readonly hip = new Float64Array(6);
  constructor(
    readonly model: CompiledModel,
    readonly base: Posture,
    readonly activation: Float64Array,
    readonly bilateral: boolean,
  ) {
    const n = model.elements.pointCount;
    this.pose = createPoseBuffers(n);
    this.plus = createPoseBuffers(n);
    this.minus = createPoseBuffers(n);
    this.arms = new Float64Array(model.elements.count);
  }

  private at(q: number, out: PoseBuffers): void {
    copyPosture(this.p, this.base);
    applySagittal(this.base, q, q, this.p);
    computePose(this.model.geometry, this.model.thoraxComAnteriorM, this.model.elements, this.p, out);
  }

  /** Generalised force without feedback and bias; fills moment arms. */
  force(q: number): number {
    const m = this.model;
    const t = m.elements;
    this.at(q + H, this.plus);
    this.at(q - H, this.minus);
    this.at(q, this.pose);
    let Q = 0;
    for (let i = 0; i < t.count; i++) {
      const l = pathLength(t, this.pose.points, i);
      const arm = -(pathLength(t, this.plus.points, i) - pathLength(t, this.minus.points, i)) / (2 * H);
      this.arms[i] = arm;
      if (arm === 0) continue;
      const ln = normalisedFibreLength(t, i, l);
      const fa = t.activeForceMax[i]! * activeForceLength(ln) * t.cosPennation[i]!;
      const fp = passiveTension(t, i, l);
      Q += (this.activation[i]! * fa + fp) * arm;
    }
    // gravity: Q = −dV/dq
    for (let b = 0; b < B.BODY_COUNT; b++) {
      const dy = (this.plus.com[b * 3 + 1]! - this.minus.com[b * 3 + 1]!) / (2 * H);
      Q -= this.pose.mass[b]! * GRAVITY_M_PER_S2 * dy;
    }
    // motion segments: each level extends by rhythm_k per unit q
    for (let k = 0; k < 5; k++) {
      Q += FLEXION_RHYTHM[k]! * segmentSagittalMoment(this.p.levelExtension[k]! - m.geometry.neutralLevelAngle[k]!);
    }
    // hip soft limits: anterior pelvic rotation flexes both hips one-for-one
    hipAngles(this.pose, 0, this.hip, 0);
    hipAngles(this.pose, 1, this.hip, 3);
    Q += softLimitMoment(HIP_FLEXION_LIMIT, this.hip[0]!) + softLimitMoment(HIP_FLEXION_LIMIT, this.hip[3]!);
    return Q;
  }

  /** Moment capacity of the muscles opposing a deviation of sign `dir` (N·m), from the last force() call. */
  resistingCapacity(dir: number): number {
    const t = this.model.elements;
    let c = 0;
    for (let i = 0; i < t.count; i++) {
      const arm = this.arms[i]!;
      if (arm * dir < 0) c += t.activeForceMax[i]! * t.maxActivation[i]! * t.cosPennation[i]! * Math.abs(arm);
    }
    return c;
  }
}

/**
 * Solves Q(q) = 0 for the posture coordinate.
 * @param habitual habitual activations of the default subject in this reference posture
 * @param bias generalised force that makes the default subject's equilibrium q = 0
 */
export function solveSagittalEquilibrium(
  model: CompiledModel,
  base: Posture,
  habitual: Float64Array,
  bias: number,
  bilateral: boolean,
): SagittalEquilibrium {
  const act = effectiveActivation(model, habitual, bilateral);
  const ev = new Evaluator(model, base, act, bilateral);
  ev.force(0);
  // co-contraction stiffens both ways: the mean capacity of the two opposing muscle sets
  const stiffness = (FEEDBACK_GAIN_PER_RAD * (ev.resistingCapacity(1) + ev.resistingCapacity(-1))) / 2;
  const total = (q: number) => ev.force(q) + bias - stiffness * q;

  // bracket and Illinois regula falsi; Q decreases with q when feedback dominates
  let a = 0, fa = total(0);
  const done = (q: number, residualNm: number, converged: boolean, k: number): SagittalEquilibrium => ({
    q,
    lordosisChange: q,
    residualNm,
    converged,
    stiffnessNmPerRad: k,
  });
  if (Math.abs(fa) < 1e-9) return done(0, fa, true, stiffness);
  const dir = fa > 0 ? 1 : -1;
  let b = 2 * DEG * dir, fb = total(b);
  while (Math.sign(fb) === Math.sign(fa) && Math.abs(b) < Q_LIMIT) {
    a = b;
    fa = fb;
    b = Math.max(-Q_LIMIT, Math.min(Q_LIMIT, b * 2));
    fb = total(b);
  }
  if (Math.sign(fb) === Math.sign(fa)) return done(b, fb, false, stiffness);
  let side = 0;
  let q = b, fq = fb;
  for (let it = 0; it < 40; it++) {
    q = (a * fb - b * fa) / (fb - fa);
    fq = total(q);
    if (Math.abs(fq) < 1e-4 || Math.abs(b - a) < 1e-7) break;
    if (Math.sign(fq) === Math.sign(fa)) {
      a = q;
      fa = fq;
      if (side === -1) fb *= 0.5;
      side = -1;
    } else {
      b = q;
      fb = fq;
      if (side === 1) fa *= 0.5;
      side = 1;
    }
  }
  return done(q, fq, Math.abs(fq) < 1e-2, stiffness);
}

/** The habitual drive as this model can deliver it: raised to its tone floors, capped by inhibition. */
function effectiveActivation(model: CompiledModel, habitual: Float64Array, bilateral: boolean): Float64Array {
  const t = model.elements;
  const floor = bilateral ? t.minActivationBilateral : t.minActivation;
  return Float64Array.from(habitual, (a, i) => Math.min(Math.max(a, floor[i]!), t.maxActivation[i]!));
}

/** Generalised force of the default subject at q = 0 (to be cancelled by the bias). */
export function referenceForce(model: CompiledModel, base: Posture, habitual: Float64Array, bilateral: boolean): number {
  const act = effectiveActivation(model, habitual, bilateral);
  return new Evaluator(model, base, act, bilateral).force(0);
}
