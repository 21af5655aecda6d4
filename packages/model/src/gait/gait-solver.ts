/**
 * The gait's own static-optimisation solver (docs/model.md §9.3): one set of
 * equations for every frame, so nothing switches at a change of support.
 * Lumbar levels top down (3 axes each), each leg as a free body held by the
 * pelvis at its hip (3 axes, the ground reaction as an external moment), and
 * each knee (flexion–extension: shank and foot held by the thigh), which
 * brings the vasti in beside rectus femoris and the hamstrings. The pelvis
 * itself is not an equation: it takes the residual (inverse-dynamics.ts).
 *
 * The solver lives in the model's engine under its own key (never shared with
 * the static tasks' equation sets); every call resets its bounds, multipliers,
 * external moments and accelerations, so a cycle depends only on its inputs.
 */
import type { CompiledModel } from '../engine/compile.ts';
import { CENTRE_HIP, CENTRE_KNEE, type JointGroup } from '../mechanics/equilibrium.ts';
import { levelGroups, type StaticSolver } from '../mechanics/static-optimisation.ts';
import { engineFor } from '../engine/model-engine.ts';
import * as B from '../geometry/bodies.ts';

/** Group index of the hip (leg free body) of `side`, and of the knee. */
export const HIP_GROUP: readonly [number, number] = [5, 6];
/** Group index of each knee. */
export const KNEE_GROUP: readonly [number, number] = [7, 8];
/** Group index of the lumbosacral level (top-down free body above L5/S1). */
export const L5S1_GROUP = 4;

export function gaitGroups(): JointGroup[] {
  return [
    ...levelGroups(),
    { label: 'hip_l', mask: B.LEG_L_MASK, centre: CENTRE_HIP, index: 0, axes: [0, 1, 2] },
    { label: 'hip_r', mask: B.LEG_R_MASK, centre: CENTRE_HIP, index: 1, axes: [0, 1, 2] },
    { label: 'knee_l', mask: 1 << B.TIBIA_L, centre: CENTRE_KNEE, index: 0, axes: [2] },
    { label: 'knee_r', mask: 1 << B.TIBIA_R, centre: CENTRE_KNEE, index: 1, axes: [2] },
  ];
}

/** The gait solver of `model`, reset: activation bounds from the model, zero multipliers, loads and accelerations. */
export function gaitSolver(model: CompiledModel): StaticSolver {
  const s = engineFor(model).solver('gait', gaitGroups, false);
  const t = model.elements;
  for (let e = 0; e < t.count; e++) {
    s.qp.upper[e] = t.maxActivation[e]!;
    s.qp.lower[e] = t.minActivation[e]!;
  }
  s.qp.lambda.fill(0);
  s.externalMoment.fill(0);
  s.pose.accel.fill(0);
  return s;
}
