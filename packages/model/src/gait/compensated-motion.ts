/**
 * Pass 3, compensation (docs/model.md §9.3, steps 3 and 5), from the deficits of the first optimisation's
 * balances: weak hip flexors size a forward inclination of the trunk (flexor-inclination.ts), weak abductors
 * and extensors a drop, lean, lurch and levelled pelvis (compensation.ts). Passes 1–2 then run again on the
 * compensated motion, and up to COMPENSATION_ITERATIONS fixed-point steps add what each compensation still
 * leaves uncovered. The answer names the frames whose posture or acceleration changed, for pass 4 to solve again.
 */
import type { CompiledModel } from '../engine/compile.ts';
import { GRAVITY_M_PER_S2, HAT_COM_FROM_BACK_JOINT_M } from '../data/segments.ts';
import type { GaitCycle } from './cycle.ts';
import type { WalkingMotion } from './motion.ts';
import type { HipBalances } from './balances.ts';
import type { FrameAdjustments } from './frame-posture.ts';
import { createCycleKinematics, cycleKinematics, type CycleKinematics } from './frame-kinematics.ts';
import { createInverseDynamics, inverseDynamics, type InverseDynamics } from './inverse-dynamics.ts';
import { compensate, copShift, COP_SHIFT_LIMIT_M, refineDeficit } from './compensation.ts';
import { createFlexorInclination, meanForwardComShiftM, needsInclination, peakDeficitBeforeNm, refineFlexorDeficit, sizeInclinationRad, TRIAL_INCLINATION_RAD } from './flexor-inclination.ts';
import { flexorDeficits } from './flexor-balance.ts';

/** Fixed-point steps of compensation ↔ inverse dynamics after the first (docs/model.md §9.3) [E]. */
const COMPENSATION_ITERATIONS = 3;

export interface CompensatedMotion {
  /** Kinematics and inverse dynamics of the motion finally simulated (the walking motion's when nothing compensates). */
  readonly kin: CycleKinematics;
  readonly id: InverseDynamics;
  /** Frames to solve again (1 where the compensation changed the frame), or null when nothing compensates. */
  readonly changed: Uint8Array | null;
  /** The largest hip-flexor deficit per leg before the inclination: what sized it (N·m). */
  readonly flexorDeficitBeforeNm: { left: number; right: number };
}

/** Compensates `motion` in place (its adjustments) from `balances` (their extra deficits refined). */
export function compensateMotion(model: CompiledModel, cycle: GaitCycle, motion: WalkingMotion, balances: HipBalances): CompensatedMotion {
  const { frames: N, base, dtS: dt } = cycle;
  const { ref, adj, grf, baseline } = motion;
  const { balance, flexors } = balances;
  const g = model.geometry;
  const hatWeightLeverNm = HAT_COM_FROM_BACK_JOINT_M[1] * g.lengthScale * (g.thoraxMass + g.vertebraMass.reduce((a, b) => a + b, 0)) * GRAVITY_M_PER_S2;
  // weak hip flexors: the deficit of the uncompensated motion sizes a forward inclination (§9.3, step 5)
  flexorDeficits(flexors, motion.id.hipMomentNm);
  const inclination = createFlexorInclination(grf, N, COP_SHIFT_LIMIT_M.forward * g.lengthScale);
  const flexorDeficitBeforeNm = peakDeficitBeforeNm(inclination, flexors);
  const inclined = needsInclination(inclination, flexors);
  if (inclined) {
    // c, the centre of mass's forward shift per unit sin ψ, from one trial inclination of this body's motion
    const trial = { ...adj, incline: new Float64Array(N).fill(TRIAL_INCLINATION_RAD) };
    inclination.shiftPerSinM = meanForwardComShiftM(motion.kin, cycleKinematics(model, base, ref, trial, dt, createCycleKinematics(N))) / Math.sin(TRIAL_INCLINATION_RAD);
    adj.incline.fill(sizeInclinationRad(inclination, flexors));
  }
  const compensated = compensate(balance, model.duchenne, hatWeightLeverNm, adj) || inclined;
  if (!compensated) return { kin: motion.kin, id: motion.id, changed: null, flexorDeficitBeforeNm };
  const moved = createCycleKinematics(N);
  const shift = new Float64Array(N * 3);
  let id: InverseDynamics;
  for (let iteration = 0; ; iteration++) {
    cycleKinematics(model, base, ref, adj, dt, moved);
    id = inverseDynamics(moved, grf, copShift(baseline, moved, g.lengthScale, shift), createInverseDynamics(N));
    if (iteration === COMPENSATION_ITERATIONS) break;
    // each refinement adds what its compensation still leaves uncovered
    const abductorsLeft = refineDeficit(balance, id.hipMomentNm, model.duchenne);
    const flexorsLeft = inclined ? refineFlexorDeficit(inclination, flexors, id.hipMomentNm) : 0;
    if (Math.max(abductorsLeft, flexorsLeft) < 0.5) break;
    compensate(balance, model.duchenne, hatWeightLeverNm, adj);
    if (inclined) adj.incline.fill(sizeInclinationRad(inclination, flexors));
  }
  return { kin: moved, id, changed: changedFrames(adj), flexorDeficitBeforeNm };
}

/** Frames whose posture or either neighbour's (their acceleration) a compensation changed. */
function changedFrames(adj: FrameAdjustments): Uint8Array {
  const N = adj.tilt.length;
  const solve = new Uint8Array(N);
  for (let i = 0; i < N - 1; i++) {
    for (const j of [i - 1, i, i + 1]) {
      const f = (j + N - 1) % (N - 1);
      // (the flexors' tilt and the piriformis's hip rotation are already in the walking motion)
      if (adj.drop[f * 2] || adj.drop[f * 2 + 1] || adj.lean[f * 2] || adj.lean[f * 2 + 1] || adj.lurch[f * 2] || adj.lurch[f * 2 + 1] || adj.incline[f] || adj.level[f * 2] || adj.level[f * 2 + 1]) solve[i] = 1;
    }
  }
  return solve;
}
