/**
 * Hip-flexor balance per frame and leg (docs/model.md §9.3, step 5): the flexion moment inverse dynamics
 * asks of the hip (+ = flexor, hip_flexion moment), the isometric capacity of the hip flexors the model has
 * (iliopsoas fascicles, rectus femoris, TFL; read by capacity.ts in the same pass over the gait solver's
 * prepared frame as the abductors and extensors), the net passive flexion moment (the hip's soft limit plus
 * every fibre's passive pull), and the deficit demand − capacity − passive where it is positive.
 *
 * The deficit of the uncompensated motion sizes the forward inclination of flexor-inclination.ts; after it,
 * the same balance against the inclined motion's demand is the read-out (what other muscles or reserves still
 * carry). A posterior pelvic tilt or a backward lean would not help (docs/model.md §9.5 gives the numbers):
 * extending the hip adds under 1 N·m of passive flexion over 25°, and a backward shift of the trunk moves the
 * centres of pressure back and raises the trailing hip's flexion demand.
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { legPassiveMomentNm } from './capacity.ts';

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
  return legPassiveMomentNm(model, solver, side, 2);
}

/** Demand and deficit from inverse dynamics' hip moments (frames × 2 legs × 3, hip_flexion first). */
export function flexorDeficits(b: FlexorBalance, hipMomentNm: Float64Array): void {
  for (let k = 0; k < b.demandNm.length; k++) {
    b.demandNm[k] = hipMomentNm[k * 3]!;
    b.deficitNm[k] = Math.max(0, b.demandNm[k]! - b.capacityNm[k]! - b.passiveNm[k]!);
  }
}
