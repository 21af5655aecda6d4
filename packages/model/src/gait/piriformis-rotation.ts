/**
 * Piriformis stiffness and tone in gait (docs/model.md §9.3, step 6), as flexor-tightness.ts does for a tight
 * iliopsoas: the extra passive pull of the leg's piriformis beyond a default one, at each frame's hip angles,
 * is an extra moment about the hip's rotation axis (an external rotator with the hip extended, an internal
 * one beyond ≈ 49° of flexion, V27: the arm comes from the frame's own geometry). The hip turns until the
 * rest of its passive tissue takes it up:
 *   M(q + Δ) = M(q) − ΔM_piri,   Δ ≈ ΔM_piri / K,   K = −∂M/∂q,
 * with M the leg's whole passive rotation moment (internal +): the hip's soft limit and rotation ligaments
 * (mechanics/joint-passive.ts) plus every fibre's passive pull times its rotation arm — the same moment the
 * passive rotation range of §10 uses. Solved by secant steps (the slope floored at K_min) to 0.01 N·m, at up
 * to 50 evenly spaced phases of the cycle, then passed through the kinematics' own periodic low-pass
 * (periodic.ts: 8 harmonics) and evaluated at every frame. The hip rotation of that leg shifts by Δ in every
 * frame; inverse dynamics and the optimisation then run on the shifted motion. The low-pass matters: the
 * shift is twice differentiated into the leg's accelerations, and a shift interpolated linearly between the
 * phases had a kink at every phase (and where the stretched muscle first pulls), which put ±50 N·m spikes into
 * the swing hip's moments on alternate frames and its contact force to 6.4 BW (docs/model.md §9.3, step 6).
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import type { Posture } from '../geometry/posture.ts';
import { pathLength, type ElementTable } from '../geometry/elements.ts';
import { defaultElements } from './default-elements.ts';
import { passiveTension } from '../mechanics/passive-tension.ts';
import type { FrameAdjustments } from './frame-posture.ts';
import { HIP_GROUP } from './gait-solver.ts';
import { legPassiveMomentNm } from './capacity.ts';
import { evalPeriodic, fitPeriodic } from './periodic.ts';

const DEG = Math.PI / 180;
/** First secant step (rad) [E]. */
const FIRST_STEP_RAD = 1 * DEG;
/** The balance is solved when the passive moments differ by less than this (N·m) [E], or after 8 steps. */
const TOLERANCE_NM = 0.01;
const MAX_STEPS = 8;
/** Phases of the cycle at which the shift is solved (at most; evenly spaced) [E]. */
const SAMPLES_PER_CYCLE = 50;
/**
 * Floor on the secant stiffness of a step (N·m/rad) [E]: where the passive tissue is nearly slack a secant
 * step would go far; the floor only shortens such steps, the converged shift is the balance itself. 5 N·m/rad
 * is the rotation ligament curve's slope at ≈ 20° of rotation (docs/model.md §4.3; 40 N·m/rad at 35°).
 */
export const MIN_ROTATION_STIFFNESS_NM_PER_RAD = 5;
/** Largest shift the pull may cause [E] (beyond it the passive range of §10 is exceeded). */
const MAX_SHIFT_RAD = 20 * DEG;

/** Whole passive rotation moment of leg `side` at the solver's prepared frame (N·m, internal +). */
export function passiveRotationNm(model: CompiledModel, solver: StaticSolver, side: number): number {
  // the leg's axis 1 points up the pelvis: + internal on the right leg, external on the left (docs/model.md §9.2)
  return (side === 1 ? 1 : -1) * legPassiveMomentNm(model, solver, side, 1);
}

/** Extra passive rotation moment of leg `side`'s piriformis over a default one, at the prepared frame (N·m, internal +). */
export function extraPiriformisRotationNm(model: CompiledModel, solver: StaticSolver, side: number, defaults: ElementTable): number {
  const t = model.elements;
  const E = t.count;
  const gi = HIP_GROUP[side]!;
  const mirror = side === 1 ? 1 : -1;
  let m = 0;
  for (let e = 0; e < E; e++) {
    if (t.group[e] !== 'piriformis' || t.side[e] !== side || !solver.loads.crosses[gi * E + e]) continue;
    const l = pathLength(t, solver.pose.points, e);
    m += (passiveTension(t, e, l) - passiveTension(defaults, e, l)) * solver.loads.unitMoment[(gi * E + e) * 3 + 1]!;
  }
  return mirror * m;
}

/** Each leg's hip equation alone, one constant list per side (StaticSolver.prepareGroups looks its part up by the list). */
const LEG_GROUP: readonly (readonly number[])[] = [[HIP_GROUP[0]], [HIP_GROUP[1]]];

const clampShift = (x: number) => Math.max(-MAX_SHIFT_RAD, Math.min(MAX_SHIFT_RAD, x));

/**
 * The shift Δ (rad) with M(q + Δ) = target by secant steps from Δ = 0, where the residual is `extra`; the slope
 * ∂M/∂q is held at or below −K_min, so a slack hip cannot send the step far.
 */
function solveShift(momentAt: (shift: number) => number, target: number, extra: number): number {
  if (Math.abs(extra) < TOLERANCE_NM) return 0;
  let x0 = 0, r0 = extra;
  let x1 = clampShift(Math.sign(extra) * FIRST_STEP_RAD), r1 = momentAt(x1) - target;
  for (let step = 0; step < MAX_STEPS && Math.abs(r1) >= TOLERANCE_NM; step++) {
    const secant = (r1 - r0) / (x1 - x0);
    const slope = secant < -MIN_ROTATION_STIFFNESS_NM_PER_RAD ? secant : -MIN_ROTATION_STIFFNESS_NM_PER_RAD;
    const x2 = clampShift(x1 - r1 / slope);
    if (x2 === x1) break;
    x0 = x1;
    r0 = r1;
    x1 = x2;
    r1 = momentAt(x1) - target;
  }
  return x1;
}

/** Whether leg `side`'s piriformis has the default passive curve (then its shift is exactly zero). */
function isDefault(model: CompiledModel, defaults: ElementTable, side: number): boolean {
  const t = model.elements;
  for (let e = 0; e < t.count; e++) {
    if (t.group[e] !== 'piriformis' || t.side[e] !== side) continue;
    if (t.passiveE0[e] !== defaults.passiveE0[e] || t.passiveE1[e] !== defaults.passiveE1[e] || t.passiveForceMax[e] !== defaults.passiveForceMax[e]) return false;
  }
  return true;
}

/**
 * Fills `adj.hipRotation` (rad, internal +) for every frame and leg. `postureAt(i, out)` lays frame i with
 * the current adjustments. Returns whether any hip turned.
 */
export function piriformisRotation(model: CompiledModel, solver: StaticSolver, adj: FrameAdjustments, postureAt: (i: number, out: Posture) => Posture, scratch: Posture): boolean {
  const defaults = defaultElements(model);
  const N = adj.tilt.length;
  let any = false;
  for (let side = 0; side < 2; side++) {
    if (isDefault(model, defaults, side)) continue;
    any = true;
    const legGroup = LEG_GROUP[side]!;
    // evenly spaced phases: a stride that divides the cycle (every frame if none near 50 phases does)
    let stride = Math.max(1, Math.round((N - 1) / SAMPLES_PER_CYCLE));
    if ((N - 1) % stride !== 0) stride = 1;
    const samples = new Float64Array((N - 1) / stride + 1);
    for (let i = 0, n = 0; i < N - 1; i += stride, n++) {
      const k = i * 2 + side;
      const momentAt = (shift: number): number => {
        adj.hipRotation[k] = shift;
        // only this hip's equation is read: its muscles' paths and passive pulls, its joint's passive moment
        solver.prepareGroups(postureAt(i, scratch), legGroup);
        return passiveRotationNm(model, solver, side);
      };
      const M0 = momentAt(0);
      const extra = extraPiriformisRotationNm(model, solver, side, defaults);
      samples[n] = solveShift(momentAt, M0 - extra, extra);
    }
    samples[samples.length - 1] = samples[0]!;
    // the kinematics' low-pass: smooth accelerations, and the last frame joins the first
    const series = fitPeriodic(samples);
    for (let j = 0; j < N - 1; j++) adj.hipRotation[j * 2 + side] = evalPeriodic(series, j / (N - 1));
    adj.hipRotation[(N - 1) * 2 + side] = adj.hipRotation[side]!;
  }
  return any;
}
