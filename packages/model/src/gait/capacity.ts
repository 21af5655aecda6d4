/**
 * What the muscles can do at a frame (docs/model.md §9.3, step 3): isometric
 * capacity of the primary hip abductors and of the hip extensors (gluteus
 * maximus, ramped in after its onset delay, plus the hamstrings), and the
 * passive abduction of stretched tissue, read from the gait solver's prepared
 * frame (leg free bodies: a moment on the leg, pelvis axes).
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { isPrimaryAbductor } from '../mechanics/abductors.ts';
import { HIP_GROUP } from './gait-solver.ts';

export interface HipCapacity {
  abductorNm: number;
  passiveAbductionNm: number;
  extensorNm: number;
}

/** Capacities of leg `side` at the solver's prepared frame; `glmaxCap(e)` is the activation cap of a gluteus maximus element now. */
export function hipCapacity(model: CompiledModel, solver: StaticSolver, side: number, glmaxCap: (e: number) => number, out: HipCapacity): HipCapacity {
  const t = model.elements;
  const E = t.count;
  const gi = HIP_GROUP[side]!;
  // the internal adduction moment on the right leg is +x of the pelvis axes, on the left leg −x
  const addSign = side === 1 ? 1 : -1;
  let cap = 0, passive = -addSign * solver.jointPassive[gi * 3]!, ext = 0;
  const { unitMoment, crosses } = solver.loads;
  for (let e = 0; e < E; e++) {
    if (!crosses[gi * E + e]) continue;
    const o = (gi * E + e) * 3;
    const abductionArm = -addSign * unitMoment[o]!;
    passive += abductionArm * solver.state.passiveForce[e]!;
    if (abductionArm > 0 && isPrimaryAbductor(t, e)) cap += abductionArm * solver.state.activeForce[e]! * t.maxActivation[e]!;
    const extensionArm = -unitMoment[o + 2]!;
    const group = t.group[e];
    if (extensionArm > 0 && (group === 'gluteusMaximus' || group === 'hamstrings')) {
      ext += extensionArm * solver.state.activeForce[e]! * (group === 'gluteusMaximus' ? glmaxCap(e) : t.maxActivation[e]!);
    }
  }
  out.abductorNm = cap;
  out.passiveAbductionNm = passive;
  out.extensorNm = ext;
  return out;
}

/** Activation cap multiplier of a muscle with onset delay d (s) at time `since` after heel strike: a smooth ramp over the delay. */
export function onsetRamp(sinceS: number, inStance: number, delayS: number): number {
  if (!inStance || delayS <= 0 || sinceS >= delayS) return 1;
  const x = sinceS / delayS;
  return x * x * (3 - 2 * x);
}
