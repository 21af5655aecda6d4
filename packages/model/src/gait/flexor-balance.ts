/**
 * Hip-flexor balance per frame and leg (docs/model.md §9.3, step 5): the flexion moment inverse dynamics
 * asks of the hip (+ = flexor, hip_flexion moment), the isometric capacity of the hip flexors the model has
 * (iliopsoas fascicles, rectus femoris, TFL; read from the gait solver's prepared frame exactly as
 * capacity.ts reads the abductors and extensors), the net passive flexion moment (the hip's soft limit plus
 * every fibre's passive pull), and the deficit demand − capacity − passive where it is positive.
 *
 * This is a read-out, not a compensation: the model has no kinematic strategy for weak hip flexors whose
 * size a moment balance supports (docs/model.md §9.5 gives the numbers): extending the hip by a posterior
 * pelvic tilt adds under 1 N·m of passive flexion over 25°, while any backward shift of the trunk moves the
 * centres of pressure back and raises the trailing hip's flexion demand by tens of N·m.
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import type { MuscleGroup } from '../params/fields.ts';
import { HIP_GROUP } from './gait-solver.ts';

/** The hip flexors the model has (docs/model.md §4; it has no sartorius). */
export const HIP_FLEXOR_GROUPS: readonly MuscleGroup[] = ['iliopsoas', 'rectusFemoris', 'tensorFasciaeLatae'];

/** Per frame and leg, interleaved [left, right] (N·m, + = flexor). */
export interface FlexorBalance {
  demandNm: Float64Array;
  capacityNm: Float64Array;
  passiveNm: Float64Array;
  deficitNm: Float64Array;
}

export function createFlexorBalance(frames: number): FlexorBalance {
  const a = () => new Float64Array(frames * 2);
  return { demandNm: a(), capacityNm: a(), passiveNm: a(), deficitNm: a() };
}

/** Net passive flexion moment (N·m, + = flexor) on leg `side` at the solver's prepared frame: soft limit plus every fibre's passive pull. */
export function passiveFlexionNm(model: CompiledModel, solver: StaticSolver, side: number): number {
  const E = model.elements.count;
  const gi = HIP_GROUP[side]!;
  const { unitMoment, crosses } = solver.loads;
  let m = solver.jointPassive[gi * 3 + 2]!;
  for (let e = 0; e < E; e++) if (crosses[gi * E + e]) m += unitMoment[(gi * E + e) * 3 + 2]! * solver.state.passiveForce[e]!;
  return m;
}

/** Isometric flexion capacity (N·m) of leg `side`'s hip flexors at the solver's prepared frame (arm × active force × activation cap). */
export function flexorCapacityNm(model: CompiledModel, solver: StaticSolver, side: number): number {
  const t = model.elements;
  const E = t.count;
  const gi = HIP_GROUP[side]!;
  let cap = 0;
  for (let e = 0; e < E; e++) {
    if (!solver.loads.crosses[gi * E + e] || !HIP_FLEXOR_GROUPS.includes(t.group[e]!)) continue;
    const arm = solver.loads.unitMoment[(gi * E + e) * 3 + 2]!;
    if (arm > 0) cap += arm * solver.state.activeForce[e]! * t.maxActivation[e]!;
  }
  return cap;
}

/** Demand and deficit from inverse dynamics' hip moments (frames × 2 legs × 3, hip_flexion first). */
export function flexorDeficits(b: FlexorBalance, hipMomentNm: Float64Array): void {
  for (let k = 0; k < b.demandNm.length; k++) {
    b.demandNm[k] = hipMomentNm[k * 3]!;
    b.deficitNm[k] = Math.max(0, b.demandNm[k]! - b.capacityNm[k]! - b.passiveNm[k]!);
  }
}
