/**
 * Piriformis stiffness and tone in gait (docs/model.md §9.3, step 6), as flexor-tightness.ts does for a tight
 * iliopsoas: the extra passive pull of the leg's piriformis beyond a default one, at each frame's hip angles,
 * is an extra moment about the hip's rotation axis (an external rotator with the hip extended, an internal
 * one beyond ≈ 49° of flexion, V27: the arm comes from the frame's own geometry). The hip turns until the
 * rest of its passive tissue takes it up:
 *   M(q + Δ) = M(q) − ΔM_piri,   Δ ≈ ΔM_piri / K,   K = −∂M/∂q,
 * with M the leg's whole passive rotation moment (internal +): the hip's soft limit and rotation ligaments
 * (mechanics/joint-passive.ts) plus every fibre's passive pull times its rotation arm — the same moment the
 * passive rotation range of §10 uses. Solved by Newton steps with K held. The hip rotation of that leg
 * shifts by Δ in every frame; inverse dynamics and the optimisation then run on the shifted motion.
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import type { Posture } from '../geometry/posture.ts';
import { buildElements, pathLength, type ElementTable } from '../geometry/elements.ts';
import { passiveTension } from '../mechanics/passive-tension.ts';
import { DEFAULT_PARAMS } from '../params/schema.ts';
import type { FrameAdjustments } from './frame-posture.ts';
import { HIP_GROUP } from './gait-solver.ts';

const DEG = Math.PI / 180;
/** Step of the numerical stiffness ∂M/∂q (rad) [E]. */
const STIFFNESS_STEP_RAD = 1 * DEG;
/** Newton steps after the linear estimate [E]. */
const NEWTON_STEPS = 2;
/**
 * Floor on the rotational stiffness (N·m/rad) [E]: where every passive tissue is slack the hip would turn
 * freely; in walking the foot's contact and the short rotators hold it long before. 5 N·m/rad is the
 * ligament curve's slope at ≈ 35° (docs/model.md §4.3), the stiffest the model's rotation ligaments get in
 * the clinical range.
 */
export const MIN_ROTATION_STIFFNESS_NM_PER_RAD = 5;
/** Largest shift the pull may cause [E] (beyond it the passive range of §10 is exceeded). */
const MAX_SHIFT_RAD = 20 * DEG;

const defaultTables = new WeakMap<object, ElementTable>();
function defaultElements(model: CompiledModel): ElementTable {
  let d = defaultTables.get(model.elements);
  if (!d) {
    d = buildElements(model.geometry, DEFAULT_PARAMS.muscles, model.hipStrengthScale, model.elements.referenceLength);
    defaultTables.set(model.elements, d);
  }
  return d;
}

/** Whole passive rotation moment of leg `side` at the solver's prepared frame (N·m, internal +). */
export function passiveRotationNm(model: CompiledModel, solver: StaticSolver, side: number): number {
  const E = model.elements.count;
  const gi = HIP_GROUP[side]!;
  const { unitMoment, crosses } = solver.loads;
  // the leg's axis 1 points up the pelvis: + internal on the right leg, external on the left (docs/model.md §9.2)
  const mirror = side === 1 ? 1 : -1;
  let m = solver.jointPassive[gi * 3 + 1]!;
  for (let e = 0; e < E; e++) if (crosses[gi * E + e]) m += unitMoment[(gi * E + e) * 3 + 1]! * solver.state.passiveForce[e]!;
  return mirror * m;
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
    for (let i = 0; i < N - 1; i++) {
      const k = i * 2 + side;
      adj.hipRotation[k] = 0;
      const momentAt = (shift: number): number => {
        adj.hipRotation[k] = shift;
        solver.prepare(postureAt(i, scratch));
        return passiveRotationNm(model, solver, side);
      };
      const above = momentAt(STIFFNESS_STEP_RAD), below = momentAt(-STIFFNESS_STEP_RAD);
      const M0 = momentAt(0);
      const extra = extraPiriformisRotationNm(model, solver, side, defaults);
      const K = Math.max(MIN_ROTATION_STIFFNESS_NM_PER_RAD, -(above - below) / (2 * STIFFNESS_STEP_RAD));
      const target = M0 - extra;
      let shift = Math.max(-MAX_SHIFT_RAD, Math.min(MAX_SHIFT_RAD, extra / K));
      for (let step = 0; step < NEWTON_STEPS; step++) {
        shift = Math.max(-MAX_SHIFT_RAD, Math.min(MAX_SHIFT_RAD, shift + (momentAt(shift) - target) / K));
      }
      adj.hipRotation[k] = shift;
    }
    adj.hipRotation[(N - 1) * 2 + side] = adj.hipRotation[side]!;
  }
  return any;
}
