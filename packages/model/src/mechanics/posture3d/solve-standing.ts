/**
 * Quasi-static 3-D standing posture (docs/model.md §5.1): the 18 coordinates
 * where the generalised forces vanish, Q(q) = 0, by a Newton method whose
 * first matrix is the default subject's Jacobian at neutral (cached per body),
 * corrected for this subject's postural gains and kept current with Broyden
 * rank-one updates; a backtracking line search on |Q| and, if progress stalls,
 * one fresh finite-difference Jacobian.
 */
import type { CompiledModel } from '../../params/compile.ts';
import { createPosture, type Posture } from '../posture.ts';
import { applyDofs, DOF_AX, DOF_COUNT, DOF_EXT, DOF_LAT, DOF_LIST, DOF_ROTATION, DOF_TILT } from './dofs.ts';
import { AXIS_AXIAL, AXIS_EXTENSION, AXIS_LATERAL, lumbarPassiveStiffness } from '../lumbar-passive.ts';
import { DenseLu } from './lu.ts';
import { PostureForces } from './generalised-force.ts';
import { finiteDifferenceJacobian, standingReference } from './reference.ts';
import { postureGains } from './gains.ts';

/** Convergence: largest generalised-force residual (N·m, reference body; scaled with s_m·s_h). */
export const POSTURE_TOLERANCE_NM = 1e-3;
const MAX_ITERATIONS = 60;
/** Largest Newton step in any coordinate (rad): keeps trial postures physiological. */
const MAX_STEP_RAD = 0.15;
/** Beyond this the posture is reported as not converged: the parameters overwhelm postural control. */
export const POSTURE_LIMIT_RAD = (35 * Math.PI) / 180;

export interface StandingSolution {
  readonly posture: Posture;
  /** Deviations from neutral (rad), see dofs.ts. */
  readonly q: Float64Array;
  readonly converged: boolean;
  /** Largest |Q| at the solution (N·m). */
  readonly residualNm: number;
  readonly iterations: number;
  /** Evaluations of the generalised forces (the cost of the solve). */
  readonly evaluations: number;
  /** Habitual activation actually delivered (floors, caps). */
  readonly activation: Float64Array;
  /** −∂Q_tilt/∂tilt at the solution (N·m/rad): how stiffly the pelvis holds its tilt. */
  readonly tiltStiffnessNmPerRad: number;
}

const N = DOF_COUNT;

/** Workspace of one engine: buffers reused between solves (no state carried between results). */
export class StandingSolver {
  private readonly lu = new DenseLu(N);
  private readonly J = new Float64Array(N * N);
  private readonly q = new Float64Array(N);
  private readonly Q = new Float64Array(N);
  private readonly trial = new Float64Array(N);
  private readonly Qtrial = new Float64Array(N);
  private readonly step = new Float64Array(N);
  private readonly dQ = new Float64Array(N);
  private readonly forces: PostureForces;
  private readonly passiveTangent = new Float64Array(N);
  private evaluations = 0;
  readonly activation: Float64Array;

  constructor(readonly model: CompiledModel) {
    const ref = standingReference(model);
    const t = model.elements;
    // the habitual drive as this subject can deliver it: raised to tone floors, capped by inhibition
    const floor = t.minActivationBilateral;
    this.activation = Float64Array.from(ref.activation, (a, i) => Math.min(Math.max(a, floor[i]!), t.maxActivation[i]!));
    const gains = postureGains(model, ref.arms);
    this.forces = new PostureForces(model, ref.base, this.activation, ref.referenceLength, ref.thoraxReference, gains, ref.bias);
  }

  solve(): StandingSolution {
    const ref = standingReference(this.model);
    const { J, q, Q, trial, Qtrial, step, dQ, lu, forces } = this;
    J.set(ref.jacobian);
    // this subject's feedback differs from the default's where strength or inhibition differ
    const kf = forces.gains.feedback, kf0 = ref.gains.feedback;
    for (let j = 0; j < N; j++) J[j * N + j] = J[j * N + j]! - (kf[j]! - kf0[j]!);
    q.fill(0);
    this.evaluations = 1;
    forces.evaluate(q, Q);
    this.passiveDiagonal(q, this.passiveTangent);
    const tol = POSTURE_TOLERANCE_NM * forces.gains.passiveScale;
    let norm = rms(Q);
    let converged = maxAbs(Q) < tol;
    let iterations = 0;
    let refreshed = false;
    let factored = false;
    while (!converged && iterations < MAX_ITERATIONS) {
      iterations++;
      if (!factored) {
        if (!lu.factor(J)) break;
        factored = true;
      }
      for (let i = 0; i < N; i++) step[i] = -Q[i]!;
      lu.solve(step);
      const big = maxAbs(step);
      if (big > MAX_STEP_RAD) for (let i = 0; i < N; i++) step[i] = (step[i]! * MAX_STEP_RAD) / big;
      // backtracking line search on the residual norm
      let alpha = 1;
      let accepted = false;
      let normTrial = norm;
      for (let ls = 0; ls < 10; ls++) {
        for (let i = 0; i < N; i++) trial[i] = q[i]! + alpha * step[i]!;
        forces.evaluate(trial, Qtrial);
        this.evaluations++;
        normTrial = rms(Qtrial);
        if (normTrial < norm * (1 - 1e-4 * alpha) || normTrial < tol) {
          accepted = true;
          break;
        }
        alpha *= 0.5;
      }
      if (!accepted) {
        if (refreshed) break;
        // the secant matrix has gone stale: one fresh Jacobian here
        finiteDifferenceJacobian(forces, q, J);
        this.evaluations += 2 * N + 1;
        forces.evaluate(q, Q);
        this.passiveDiagonal(q, this.passiveTangent);
        refreshed = true;
        factored = false;
        continue;
      }
      // the passive curves' tangent is known exactly: move the diagonal with it, then let a
      // Broyden update J += (ΔQ − J·s)·sᵀ/(sᵀs) correct the rest along the accepted step s = α·step
      const tangent = this.passiveTangent;
      this.passiveDiagonal(trial, this.dQ);
      for (let i = 0; i < N; i++) {
        J[i * N + i] = J[i * N + i]! - (this.dQ[i]! - tangent[i]!);
        tangent[i] = this.dQ[i]!;
      }
      let ss = 0;
      for (let i = 0; i < N; i++) {
        step[i] = alpha * step[i]!;
        ss += step[i]! * step[i]!;
        dQ[i] = Qtrial[i]! - Q[i]!;
      }
      if (ss > 0) {
        for (let i = 0; i < N; i++) {
          let js = 0;
          for (let j = 0; j < N; j++) js += J[i * N + j]! * step[j]!;
          const r = (dQ[i]! - js) / ss;
          if (r !== 0) for (let j = 0; j < N; j++) J[i * N + j] = J[i * N + j]! + r * step[j]!;
        }
        factored = false;
      }
      q.set(trial);
      Q.set(Qtrial);
      norm = normTrial;
      converged = maxAbs(Q) < tol;
    }
    const withinLimits = Math.abs(q[DOF_TILT]!) < POSTURE_LIMIT_RAD && Math.abs(q[DOF_LIST]!) < POSTURE_LIMIT_RAD && Math.abs(q[DOF_ROTATION]!) < POSTURE_LIMIT_RAD;
    const posture = applyDofs(ref.base, q, createPosture());
    return {
      posture,
      q: Float64Array.from(q),
      converged: converged && withinLimits,
      residualNm: maxAbs(Q),
      iterations,
      evaluations: this.evaluations,
      activation: this.activation,
      tiltStiffnessNmPerRad: -J[0]!,
    };
  }

  /** s·dM/dθ of the passive lumbar curves at q (the lumbar coordinates' own passive tangent), 0 for the pelvis. */
  private passiveDiagonal(q: Float64Array, out: Float64Array): void {
    const g = this.model.geometry;
    const base = standingReference(this.model).base;
    const sc = this.forces.gains.passiveScale;
    out[0] = out[1] = out[2] = 0;
    for (let k = 0; k < 5; k++) {
      out[DOF_EXT + k] = sc * lumbarPassiveStiffness(k, AXIS_EXTENSION, base.levelExtension[k]! + q[DOF_EXT + k]! - g.neutralLevelAngle[k]!);
      out[DOF_LAT + k] = sc * lumbarPassiveStiffness(k, AXIS_LATERAL, base.levelBending[k]! + q[DOF_LAT + k]!);
      out[DOF_AX + k] = sc * lumbarPassiveStiffness(k, AXIS_AXIAL, base.levelRotation[k]! + q[DOF_AX + k]!);
    }
  }

  /** Element tensions of the posture model at the last evaluation (N). */
  tension(): Float64Array {
    return this.forces.tension;
  }
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

function rms(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return Math.sqrt(s / v.length);
}
