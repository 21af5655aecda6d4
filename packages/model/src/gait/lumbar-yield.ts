/**
 * The lumbar posture solved at every gait frame (docs/model.md §9.3, step 8). The pelvis and the thorax
 * follow the measured (and compensated) path; the five lumbar levels between them are the posture model's
 * own coordinates (§5.1), solved at each frame:
 *
 *   Q(δ) = D + J_r·δ + s·[M(θ + δ) − M(θ)] − Cᵀμ = 0,   C·δ = 0,
 *
 * - δ: each level's extension, bend and rotation (15 numbers) away from the frame's prescribed posture θ
 *   (the subject's standing levels plus the cycle's excursions by the rhythms of §9.1);
 * - D: the generalised force, at the lumbar coordinates, of the pull the nervous system does not set frame
 *   by frame — each changed muscle's passive tension and tone (its activation floor) beyond a default
 *   muscle's, at the frame's path length, less the same at standing (the standing posture has taken that
 *   part up already, §5): D_j = Σ_e ΔU_e·r_ej with the standing moment arms r of §5.1 [E]. The default
 *   subject's pull is the measured motion's own (D = 0: it walks exactly as measured);
 * - J_r: the posture model's Jacobian at the lumbar coordinates (the default body's at neutral, §5.1),
 *   with this subject's postural feedback and without the passive curves' tangent, which is exact here:
 *   M(θ) is the level's passive moment curve (§5.2), s = s_m·s_h;
 * - C·δ = 0: the levels' sums per axis stay, so the thorax keeps its measured orientation on the pelvis,
 *   and μ is the moment that holds it there (to first order in δ: the levels' axes are not parallel).
 *
 * Solved from δ = 0 by Newton steps on the 18×18 system (δ, μ) (the passive curves are its only
 * nonlinearity), the matrix factored again only when a level's passive tangent has moved. A model whose changed muscles cross no lumbar level (or none changed) has D = 0 and δ = 0
 * exactly, and nothing is computed.
 */
import type { CompiledModel } from '../engine/compile.ts';
import { pathLength, type ElementTable } from '../geometry/elements.ts';
import { completePose, computePose, createPoseBuffers, pointsOfElements, type PointsByBody, type PoseBuffers } from '../geometry/pose.ts';
import { mul, rotZ, type M3 } from '../geometry/mat3.ts';
import { bodyAboveLevel, bodyBelowLevel } from '../geometry/bodies.ts';
import type { Posture } from '../geometry/posture.ts';
import { activeForceLength } from '../mechanics/muscle-curves.ts';
import { normalisedFibreLength, passiveTension, referencePassiveForces } from '../mechanics/passive-tension.ts';
import { AXIS_AXIAL, AXIS_EXTENSION, AXIS_LATERAL, lumbarPassiveMoment, lumbarPassiveStiffness } from '../mechanics/lumbar-passive.ts';
import { DOF_COUNT, DOF_EXT } from '../mechanics/posture3d/dofs.ts';
import { standingReference } from '../mechanics/posture3d/reference.ts';
import { postureGains } from '../mechanics/posture3d/gains.ts';
import { DenseLu } from '../mechanics/posture3d/lu.ts';
import { defaultElements } from './default-elements.ts';
import { placeFrameBodies, type CycleKinematics } from './frame-kinematics.ts';
import { LUMBAR_COORDINATES } from './frame-posture.ts';
import { fitPeriodic } from './periodic.ts';

export { LUMBAR_COORDINATES };
const L = LUMBAR_COORDINATES;
const AXES = [AXIS_EXTENSION, AXIS_LATERAL, AXIS_AXIAL] as const;
/** Newton converged when the largest generalised force left is below this (N·m, × s_m·s_h): the standing solve's. */
export const YIELD_TOLERANCE_NM = 1e-3;
const MAX_STEPS = 10;
/** Step of the forward difference that gives a changed muscle's own stiffness dΔU/dl (m) [E]: a micrometre. */
const LENGTH_STEP_M = 1e-6;
/** Largest step per coordinate (rad), as the standing solve's: keeps trial postures physiological. */
const MAX_STEP_RAD = 0.15;

/** Fields of an element table that set its passive tension (and, with its floor, its tone's force–length curve). */
const PASSIVE_FIELDS = [
  'passiveE0', 'passiveE1', 'passiveForceMax', 'cosPennation', 'optimalFibreLength', 'referenceLength',
  'referenceFibreLength', 'tendonSlackLength',
] as const;

/** Whether element e of `t` keeps up a different pull without being asked than the default table's: passive tension or tone. */
function pullDiffers(t: ElementTable, table: ElementTable, e: number): boolean {
  if (PASSIVE_FIELDS.some((f) => t[f][e] !== table[f][e])) return true;
  // a weaker or stronger muscle without a floor is asked for all it does (the optimisation's), so it does not yield
  return t.minActivation[e]! * t.activeForceMax[e]! !== table.minActivation[e]! * table.activeForceMax[e]!;
}

/** The pull element e keeps up at path length l without being asked (N): passive tension plus its activation floor. */
function uncontrolledPull(t: ElementTable, e: number, l: number, f0: Float64Array): number {
  const floor = t.minActivation[e]!;
  const passive = passiveTension(t, e, l, f0);
  if (floor === 0) return passive;
  return passive + floor * t.activeForceMax[e]! * activeForceLength(normalisedFibreLength(t, e, l)) * t.cosPennation[e]!;
}

export interface LumbarYieldSolve {
  /** Newton steps taken. */
  readonly steps: number;
  /** Largest generalised force left at the lumbar coordinates (N·m). */
  readonly residualNm: number;
}

export interface LumbarYield {
  /** Whether any changed muscle crosses a lumbar level (otherwise δ = 0 at every frame and nothing is solved). */
  readonly active: boolean;
  /** The yielding elements' path points, the only ones `solve` reads (computePose's `withPaths`). */
  readonly points: PointsByBody;
  /**
   * δ of the frame whose posture is `posture` and whose bodies and yielding muscle paths are in `pose`
   * (completePose at that posture), into out[at … at + 15) (rad).
   */
  solve(pose: PoseBuffers, posture: Posture, out: Float64Array, at: number): LumbarYieldSolve;
}

/**
 * J_r of the lumbar solve (docs/model.md §9.3, step 8; row-major L × L, N·m/rad, rows and columns in the order of
 * LUMBAR_COORDINATES): the reference Jacobian's lumbar block, this subject's feedback, the passive tangent at neutral
 * taken out. Exported for its test.
 */
export function yieldStiffness(model: CompiledModel): Float64Array {
  const ref = standingReference(model);
  const g = model.geometry;
  const s = g.massScale * g.lengthScale;
  const feedback = postureGains(model, ref.arms).feedback;
  const Jr = new Float64Array(L * L);
  for (let i = 0; i < L; i++) {
    for (let j = 0; j < L; j++) Jr[i * L + j] = ref.jacobian[(DOF_EXT + i) * DOF_COUNT + DOF_EXT + j]!;
    const level = i % 5, axis = AXES[Math.floor(i / 5)]!;
    Jr[i * L + i] = Jr[i * L + i]! - (feedback[DOF_EXT + i]! - ref.gains.feedback[DOF_EXT + i]!) + s * lumbarPassiveStiffness(level, axis, 0);
  }
  return Jr;
}

export function lumbarYield(model: CompiledModel, standing: Posture): LumbarYield {
  const t = model.elements;
  const table = defaultElements(model);
  const ref = standingReference(model);
  const arms = ref.arms;
  // the elements whose uncontrolled pull differs from a default muscle's and that cross a lumbar level
  const yielding: number[] = [];
  for (let e = 0; e < t.count; e++) {
    if (!pullDiffers(t, table, e)) continue;
    let crosses = false;
    for (let j = DOF_EXT; j < DOF_COUNT; j++) if (arms[e * DOF_COUNT + j] !== 0) crosses = true;
    if (crosses) yielding.push(e);
  }
  const points = pointsOfElements(t, yielding);
  if (yielding.length === 0) return { active: false, points, solve: () => ({ steps: 0, residualNm: 0 }) };

  const g = model.geometry;
  const f0 = referencePassiveForces(t), f0Default = referencePassiveForces(table);
  const extraPull = (e: number, l: number) => uncontrolledPull(t, e, l, f0) - uncontrolledPull(table, e, l, f0Default);
  // each yielding element's extra pull at the subject's standing posture: taken up there already (§5)
  const pose = createPoseBuffers(t.pointCount);
  computePose(g, model.thoraxComAnteriorM, t, standing, pose, points);
  const atStanding = Float64Array.from(yielding, (e) => extraPull(e, pathLength(t, pose.points, e)));

  const s = g.massScale * g.lengthScale;
  const Jr = yieldStiffness(model);

  const n = L + 3;
  const lu = new DenseLu(n);
  const A = new Float64Array(n * n);
  const step = new Float64Array(n);
  const D = new Float64Array(L);
  const Jf = new Float64Array(L * L);
  const C = new Float64Array(3 * L);
  const theta = new Float64Array(L);
  const delta = new Float64Array(L);
  const mu = new Float64Array(3);
  const R = new Float64Array(L);
  const tangent = new Float64Array(L);
  const tol = YIELD_TOLERANCE_NM * s;

  // R(δ, μ) = D + J_f·δ + s·[M(θ + δ) − M(θ)] − Cᵀμ
  const residual = (): number => {
    let left = 0;
    for (let i = 0; i < L; i++) {
      let v = D[i]!;
      for (let a = 0; a < 3; a++) v -= C[a * L + i]! * mu[a]!;
      for (let j = 0; j < L; j++) v += Jf[i * L + j]! * delta[j]!;
      const level = i % 5, axis = AXES[Math.floor(i / 5)]!;
      v += s * (lumbarPassiveMoment(level, axis, theta[i]! + delta[i]!) - lumbarPassiveMoment(level, axis, theta[i]!));
      R[i] = v;
      left = Math.max(left, Math.abs(v));
    }
    return left;
  };

  return {
    active: true,
    points,
    solve(framePose, posture, out, at) {
      // the drive at δ = 0 and its own stiffness: a changed muscle stretched by δ pulls harder (dΔU/dl > 0), which
      // the default body's Jacobian does not contain: J_f = J_r − Σ_e (dΔU_e/dl)·r_e·r_eᵀ (r = −∂l/∂q)
      D.fill(0);
      Jf.set(Jr);
      for (let c = 0; c < yielding.length; c++) {
        const e = yielding[c]!;
        const l = pathLength(t, framePose.points, e);
        const here = extraPull(e, l);
        const pull = here - atStanding[c]!;
        // (a forward difference: each pull solves the series tendon twice, the subject's and the default's)
        const stiffness = (extraPull(e, l + LENGTH_STEP_M) - here) / LENGTH_STEP_M;
        const row = e * DOF_COUNT + DOF_EXT;
        for (let i = 0; i < L; i++) {
          const ri = arms[row + i]!;
          if (ri === 0) continue;
          D[i] = D[i]! + pull * ri;
          for (let j = 0; j < L; j++) Jf[i * L + j] = Jf[i * L + j]! - stiffness * ri * arms[row + j]!;
        }
      }
      for (let k = 0; k < 5; k++) {
        theta[k] = posture.levelExtension[k]! - g.neutralLevelAngle[k]!;
        theta[5 + k] = posture.levelBending[k]!;
        theta[10 + k] = posture.levelRotation[k]!;
      }
      thoraxRows(framePose, posture, C);
      delta.fill(0);
      mu.fill(0);
      let left = residual();
      let steps = 0;
      // Newton steps; the matrix is factored at the first and again only where a level's passive tangent has moved
      // (inside the neutral zones the curves are straight, and one factorisation serves every step)
      let factored = false;
      while (left > tol && steps < MAX_STEPS) {
        for (let i = 0; i < L; i++) {
          const k = s * lumbarPassiveStiffness(i % 5, AXES[Math.floor(i / 5)]!, theta[i]! + delta[i]!);
          if (k !== tangent[i]) {
            tangent[i] = k;
            factored = false;
          }
        }
        steps++;
        if (!factored) {
          // [J_f − diag(s·K(θ + δ))   −Cᵀ] [Δ ]   [−R]
          // [C                          0] [Δμ] = [ 0]
          A.fill(0);
          for (let i = 0; i < L; i++) {
            for (let j = 0; j < L; j++) A[i * n + j] = Jf[i * L + j]!;
            A[i * n + i] = A[i * n + i]! - tangent[i]!;
            for (let a = 0; a < 3; a++) {
              A[i * n + L + a] = -C[a * L + i]!;
              A[(L + a) * n + i] = C[a * L + i]!;
            }
          }
          if (!lu.factor(A)) break;
          factored = true;
        }
        for (let i = 0; i < L; i++) step[i] = -R[i]!;
        step[L] = step[L + 1] = step[L + 2] = 0;
        lu.solve(step);
        let big = 0;
        for (let i = 0; i < L; i++) big = Math.max(big, Math.abs(step[i]!));
        const scale = big > MAX_STEP_RAD ? MAX_STEP_RAD / big : 1;
        for (let i = 0; i < L; i++) delta[i] = delta[i]! + scale * step[i]!;
        for (let a = 0; a < 3; a++) mu[a] = mu[a]! + scale * step[L + a]!;
        left = residual();
      }
      for (let i = 0; i < L; i++) out[at + i] = delta[i]!;
      return { steps, residualNm: left };
    },
  };
}

const _par = new Float64Array(9) as M3;
const _rz = new Float64Array(9) as M3;
const _n = new Float64Array(9) as M3;

/**
 * C: row a, column i = the world axis of lumbar coordinate i, component a, at the frame (the axes of
 * generalised-force.ts: extension about the parent's z, bending about the x after the extension, rotation about
 * the upper body's own y). Every lumbar coordinate turns the thorax about its axis, so C·δ is the thorax's turn to
 * first order, and C·δ = 0 keeps it on its measured path.
 */
function thoraxRows(pose: PoseBuffers, posture: Posture, C: Float64Array): void {
  for (let k = 0; k < 5; k++) {
    const parent = k === 4 ? pose.sacrum : pose.R;
    const po = k === 4 ? 0 : bodyBelowLevel(k) * 9;
    for (let r = 0; r < 9; r++) _par[r] = parent[po + r]!;
    rotZ(_rz, posture.levelExtension[k]!);
    mul(_n, _par, _rz);
    const body = bodyAboveLevel(k) * 9;
    for (let a = 0; a < 3; a++) {
      C[a * L + k] = _par[a * 3 + 2]!;
      C[a * L + 5 + k] = _n[a * 3]!;
      C[a * L + 10 + k] = pose.R[body + a * 3 + 1]!;
    }
  }
}

/** What the pass over the cycle found: the most Newton steps and the largest generalised force left at any frame. */
export interface LumbarYieldPass {
  readonly maxSteps: number;
  readonly maxResidualNm: number;
}

/**
 * Fewest phases of the cycle at which the posture is solved [E]: with the kinematics' 8 harmonics
 * (periodic.ts) a fit needs at least 17; 20 evenly spaced phases of the 101-frame cycle are every fifth frame.
 */
export const YIELD_MIN_SAMPLES = 20;

/** The stride between solved frames: the largest that divides the cycle (and its half, when mirrored) into at least YIELD_MIN_SAMPLES phases. */
export function yieldStride(unique: number, mirrored: boolean): number {
  for (let stride = Math.floor(unique / YIELD_MIN_SAMPLES); stride > 1; stride--) {
    if (unique % stride !== 0) continue;
    if (mirrored && (unique / stride) % 2 !== 0) continue;
    return stride;
  }
  return 1;
}

/**
 * Fills `adj.levels` with the lumbar posture solved through the cycle (`postureAt` writes frame i's posture
 * into `scratch`, its levels still at the rhythms' share). The posture is solved at evenly spaced frames
 * (yieldStride: every fifth of the 101-frame cycle) and carried to every frame by its periodic fit with the
 * kinematics' own harmonics (periodic.ts), as the piriformis's hip rotation is (§9.3, step 6): the levels
 * move the lumbar bodies, whose accelerations load the trunk, and a posture with more than the measured
 * motion's band would put accelerations into it that the motion does not have. `placed` is the kinematics
 * of those same postures: their bodies are copied from it, and only the yielding elements' path points are
 * placed on them. With `mirrored` (a left/right symmetric model on the built-in cycle, whose second half
 * mirrors its first: half-cycle-mirror.ts) the second half's phases are the first's mirrored — the same
 * extension, the bend and rotation turned — as solving them gives to ~10⁻¹² rad (`lumbar-yield.test.ts`).
 */
export function yieldLevels(model: CompiledModel, yld: LumbarYield, adj: { levels: Float64Array }, postureAt: (i: number, out: Posture) => Posture, scratch: Posture, placed: CycleKinematics, mirrored: boolean): LumbarYieldPass {
  const N = adj.levels.length / L;
  const unique = N - 1;
  const stride = yieldStride(unique, mirrored);
  const S = unique / stride;
  const mirror = mirrored && S % 2 === 0;
  const solved = mirror ? S / 2 : S;
  const paths = createPoseBuffers(model.elements.pointCount);
  const samples = new Float64Array((S + 1) * L);
  let maxSteps = 0, maxResidualNm = 0;
  for (let k = 0; k < solved; k++) {
    const i = k * stride;
    postureAt(i, scratch);
    completePose(model.geometry, model.thoraxComAnteriorM, model.elements, scratch, paths, placeFrameBodies(placed, i, scratch, paths), yld.points);
    const r = yld.solve(paths, scratch, samples, k * L);
    maxSteps = Math.max(maxSteps, r.steps);
    maxResidualNm = Math.max(maxResidualNm, r.residualNm);
  }
  for (let k = solved; k < S; k++) {
    const from = (k - solved) * L, to = k * L;
    for (let j = 0; j < L; j++) samples[to + j] = j < 5 ? samples[from + j]! : -samples[from + j]!;
  }
  samples.copyWithin(S * L, 0, L);
  // each coordinate's periodic fit, evaluated at every frame (the last joins the first)
  // (evalPeriodic's sum, its cosines and sines taken once for all fifteen coordinates)
  const y = adj.levels;
  const column = new Float64Array(S + 1);
  const series = Array.from({ length: L }, (_, j) => {
    for (let k = 0; k <= S; k++) column[k] = samples[k * L + j]!;
    return fitPeriodic(column);
  });
  const H = series[0]!.a.length - 1;
  const cos = new Float64Array(H + 1), sin = new Float64Array(H + 1);
  for (let i = 0; i < unique; i++) {
    const w = (2 * Math.PI * i) / unique;
    for (let k = 1; k <= H; k++) {
      cos[k] = Math.cos(k * w);
      sin[k] = Math.sin(k * w);
    }
    for (let j = 0; j < L; j++) {
      const { a, b } = series[j]!;
      let v = a[0]!;
      for (let k = 1; k <= H; k++) v += a[k]! * cos[k]! + b[k]! * sin[k]!;
      y[i * L + j] = v;
    }
  }
  y.copyWithin(unique * L, 0, L);
  return { maxSteps, maxResidualNm };
}
