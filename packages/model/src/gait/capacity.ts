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
import { crossingElements } from '../mechanics/equilibrium.ts';
import type { MuscleGroup } from '../params/fields.ts';
import { HIP_GROUP } from './gait-solver.ts';

export interface HipCapacity {
  abductorNm: number;
  passiveAbductionNm: number;
  extensorNm: number;
  /** Isometric capacity of the hip flexors (N·m; docs/model.md §9.3, step 5). */
  flexorNm: number;
  /** Net passive flexion moment: the hip's soft limit plus every fibre's passive pull (N·m, + = flexor). */
  passiveFlexionNm: number;
}

/** The hip flexors the model has (docs/model.md §4; it has no sartorius). */
export const HIP_FLEXOR_GROUPS: readonly MuscleGroup[] = ['iliopsoas', 'rectusFemoris', 'tensorFasciaeLatae'];

/**
 * Net passive moment about pelvis axis `axis` (0 adduction, 1 rotation, 2 flexion; pelvis axes, unsigned) on
 * leg `side` at the solver's prepared frame: the hip's soft limit plus every crossing fibre's passive pull (N·m).
 */
export function legPassiveMomentNm(model: CompiledModel, solver: StaticSolver, side: number, axis: number): number {
  const E = model.elements.count;
  const gi = HIP_GROUP[side]!;
  const { unitMoment } = solver.loads;
  let m = solver.jointPassive[gi * 3 + axis]!;
  const crossing = crossingList(solver, gi);
  for (let c = 0; c < crossing.length; c++) {
    const e = crossing[c]!;
    m += unitMoment[(gi * E + e) * 3 + axis]! * solver.state.passiveForce[e]!;
  }
  return m;
}

/** The elements crossing group `gi`'s free body, ascending (the prepared frame's list; anatomy fixes it). */
function crossingList(solver: StaticSolver, gi: number): Int32Array {
  return solver.loads.crossing?.[gi] ?? crossingElements(solver.model.elements, solver.groups[gi]!.mask);
}

/** What each element counts towards in `hipCapacity` (bits), from its muscle group. */
const PRIMARY_ABDUCTOR = 1, HIP_FLEXOR = 2, GLUTEUS_MAXIMUS = 4, HAMSTRINGS = 8;

/**
 * Per element table (keyed by its group indices, which anatomy fixes and nothing writes): each element's roles,
 * so the per-frame loop compares integers, not group names (it runs for both legs at every frame).
 */
const roleCache = new WeakMap<Int32Array, Uint8Array>();

function rolesOf(t: CompiledModel['elements']): Uint8Array {
  let roles = roleCache.get(t.groupIndex);
  if (!roles) {
    roles = new Uint8Array(t.count);
    for (let e = 0; e < t.count; e++) {
      const group = t.group[e]!;
      roles[e] =
        (isPrimaryAbductor(t, e) ? PRIMARY_ABDUCTOR : 0) |
        (HIP_FLEXOR_GROUPS.includes(group) ? HIP_FLEXOR : 0) |
        (group === 'gluteusMaximus' ? GLUTEUS_MAXIMUS : 0) |
        (group === 'hamstrings' ? HAMSTRINGS : 0);
    }
    roleCache.set(t.groupIndex, roles);
  }
  return roles;
}

/** Capacities of leg `side` at the solver's prepared frame; `glmaxCap(e)` is the activation cap of a gluteus maximus element now. */
export function hipCapacity(model: CompiledModel, solver: StaticSolver, side: number, glmaxCap: (e: number) => number, out: HipCapacity): HipCapacity {
  const t = model.elements;
  const E = t.count;
  const gi = HIP_GROUP[side]!;
  // the internal adduction moment on the right leg is +x of the pelvis axes, on the left leg −x
  const addSign = side === 1 ? 1 : -1;
  let cap = 0, passive = -addSign * solver.jointPassive[gi * 3]!, ext = 0, flex = 0, passiveFlex = solver.jointPassive[gi * 3 + 2]!;
  const { unitMoment } = solver.loads;
  const { activeForce, passiveForce } = solver.state;
  const crossing = crossingList(solver, gi);
  const roles = rolesOf(t);
  for (let c = 0; c < crossing.length; c++) {
    const e = crossing[c]!;
    const o = (gi * E + e) * 3;
    const role = roles[e]!;
    const abductionArm = -addSign * unitMoment[o]!;
    passive += abductionArm * passiveForce[e]!;
    if (abductionArm > 0 && role & PRIMARY_ABDUCTOR) cap += abductionArm * activeForce[e]! * t.maxActivation[e]!;
    const extensionArm = -unitMoment[o + 2]!;
    passiveFlex += unitMoment[o + 2]! * passiveForce[e]!;
    if (-extensionArm > 0 && role & HIP_FLEXOR) flex += -extensionArm * activeForce[e]! * t.maxActivation[e]!;
    if (extensionArm > 0 && role & (GLUTEUS_MAXIMUS | HAMSTRINGS)) {
      ext += extensionArm * activeForce[e]! * (role & GLUTEUS_MAXIMUS ? glmaxCap(e) : t.maxActivation[e]!);
    }
  }
  out.abductorNm = cap;
  out.passiveAbductionNm = passive;
  out.extensorNm = ext;
  out.flexorNm = flex;
  out.passiveFlexionNm = passiveFlex;
  return out;
}

/** Activation cap multiplier of a muscle with onset delay d (s) at time `since` after heel strike: a smooth ramp over the delay. */
export function onsetRamp(sinceS: number, inStance: number, delayS: number): number {
  if (!inStance || delayS <= 0 || sinceS >= delayS) return 1;
  const x = sinceS / delayS;
  return x * x * (3 - 2 * x);
}
