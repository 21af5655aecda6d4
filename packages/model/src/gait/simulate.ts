/**
 * simulateGait: one gait cycle of prescribed kinematics driven by the measured
 * ground reactions (docs/model.md §9). A short orchestrator over passes, each in
 * its own file:
 *   1. kinematics      cycle.ts, motion.ts   the cycle's baseline, laid over the subject's standing posture
 *                      frame-kinematics.ts   postures, centres of mass, accelerations
 *                      piriformis-rotation.ts   a stiff piriformis turns its hip (in the motion from the start)
 *                      flexor-tightness.ts   a tight iliopsoas tilts the pelvis (likewise)
 *   2. forces          ground-reactions.ts   the subject's force plates, scaled
 *                      inverse-dynamics.ts   hip and knee moments per leg, residuals
 *   3. compensation    compensated-motion.ts   deficits → compensations; then 1–2 again to a fixed point
 *                      capacity.ts, compensation.ts   deficits → drop, lean, lurch
 *                      flexor-balance.ts, flexor-inclination.ts   hip-flexor deficit → forward inclination
 *   4. optimisation    balances.ts           every frame solved once, reading the hips' balances for 3 (after
 *                                            a frame with a deficit, the balances only: 3 will change the motion)
 *                      gait-solver.ts, optimisation.ts   muscle forces per frame (again where 3 changed a frame)
 *                      half-cycle-mirror.ts  a symmetric model's second half-cycle read from its first where the
 *                                            problem is exactly the mirrored one
 *   5. read-outs       read-outs.ts, summary.ts, warnings.ts
 * They run 1–2, 4, 3, 4 again, 5.
 */
import type { CompiledModel } from '../engine/compile.ts';
import { checkGaitOptions, type GaitOptions } from './options.ts';
import { gaitCycle } from './cycle.ts';
import { walkingMotion } from './motion.ts';
import { optimiseReadingBalances } from './balances.ts';
import { compensateMotion } from './compensated-motion.ts';
import { optimiseFrames } from './optimisation.ts';
import { allocateResult, frameReader, readOutCycle } from './read-outs.ts';
import type { GaitResult } from './types.ts';
import { beginContinuedCycle, endContinuedCycle } from './continuation.ts';

export { FRAMES_RANGE, CYCLE_DURATION_RANGE_S, type GaitOptions } from './options.ts';
export { createGaitContinuation, type GaitContinuation } from './continuation.ts';
export { COMPENSATION_TAPER_FRACTION } from './compensation.ts';

export function simulateGait(model: CompiledModel, options: GaitOptions = {}): GaitResult {
  checkGaitOptions(options);
  // the cycle: frames, duration, the baseline kinematics at those frames (§9.1)
  const cycle = gaitCycle(options);
  // 1–2. the motion over the subject's standing posture, a stiff piriformis's hip rotation and a tight
  // iliopsoas's pelvic tilt in it from the start (§9.3, steps 6 and 4); its kinematics, forces, inverse dynamics (§9.2)
  const walking = walkingMotion(model, cycle);
  // each frame's QP starts from the last cycle's answer when the caller continues from one (continuation.ts)
  const continuation = options.continuation ?? null;
  if (continuation) beginContinuedCycle(continuation, cycle.frames, walking.solver.qp.m);
  const motion = { ...walking, continuation: continuation && { of: continuation, pass: 0 } };
  // 4. every frame optimised, reading what the hips' muscles can do against the demand on the way (§9.3, steps 1–2, 5, 7)
  const result = allocateResult(model, cycle.frames, cycle.durationS, cycle.kinematics.source);
  const readFrame = frameReader(result, model, motion.solver, motion.grf);
  const balances = optimiseReadingBalances(motion, motion.grf, readFrame);
  // 3. deficits → compensations, then 1–2 again on the compensated motion to a fixed point (§9.3, steps 3 and 5)
  const compensated = compensateMotion(model, cycle, motion, balances);
  // 4 again, on the frames whose posture or acceleration the compensation changed, and those the first pass only read
  const again = framesToSolve(compensated.changed, balances.solved);
  if (again) optimiseFrames({ ...motion, kin: compensated.kin, id: compensated.id, continuation: continuation && { of: continuation, pass: 1 } }, again, readFrame);
  // 5. read-outs: the series of the motion finally simulated, summary, warnings (§9.4)
  readOutCycle(result, model, cycle, motion, balances, compensated);
  if (continuation) endContinuedCycle(continuation);
  return result;
}

/** Frames to optimise after the compensation: the changed ones and any the first pass did not solve; null when none. */
export function framesToSolve(changed: Uint8Array | null, solved: Uint8Array): Uint8Array | null {
  const N = solved.length;
  let any = false;
  const solve = new Uint8Array(N);
  for (let i = 0; i < N - 1; i++) {
    solve[i] = (changed !== null && changed[i]) || !solved[i] ? 1 : 0;
    if (solve[i]) any = true;
  }
  return any ? solve : null;
}
