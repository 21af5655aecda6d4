/**
 * Pass 4, static optimisation per frame (docs/model.md §9.3, step 7): the
 * frame's posture and accelerations, the ground reactions as external moments
 * on the leg and shank free bodies, then the gait solver's QP, warm-started
 * from the two previous frames it solved.
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { createPosture, type Posture } from '../geometry/posture.ts';
import * as B from '../geometry/bodies.ts';
import type { GaitBaseline } from './baseline.ts';
import { framePosture, type FrameAdjustments, type GaitReference } from './frame-posture.ts';
import type { CycleKinematics } from './frame-kinematics.ts';
import type { InverseDynamics } from './inverse-dynamics.ts';
import type { GaitPhases } from './phases.ts';
import { HIP_GROUP, KNEE_GROUP } from './gait-solver.ts';
import { onsetRamp } from './capacity.ts';

export interface OptimisationInput {
  model: CompiledModel;
  solver: StaticSolver;
  base: GaitBaseline;
  ref: GaitReference;
  adj: FrameAdjustments;
  kin: CycleKinematics;
  id: InverseDynamics;
  phases: GaitPhases;
}

/** Whether element e's cap ramps in after heel strike (gluteus maximus with an onset delay); any other cap is its maxActivation. */
function rampsIn(t: CompiledModel['elements'], e: number): boolean {
  return t.group[e] === 'gluteusMaximus' && t.onsetDelay[e]! > 0;
}

/** Activation cap of element e at frame i: gluteus maximus ramps in over its onset delay after heel strike. */
export function activationCap(input: OptimisationInput, e: number, i: number): number {
  const t = input.model.elements;
  const cap = t.maxActivation[e]!;
  if (!rampsIn(t, e)) return cap;
  const side = t.side[e]!;
  return cap * onsetRamp(input.phases.sinceHeelStrikeS[side]![i]!, input.phases.stance[side]![i]!, t.onsetDelay[e]!);
}

/** Solves the frames where `solve[i]` is set (all unique frames when null), calling `onFrame` after each. */
export function optimiseFrames(input: OptimisationInput, solve: Uint8Array | null, onFrame: (i: number, posture: Posture) => void): void {
  const { model, solver, base, ref, adj, kin, id } = input;
  const t = model.elements;
  const E = t.count;
  const N = kin.frames;
  const BC = B.BODY_COUNT;
  const posture = createPosture();
  const last = new Float64Array(solver.qp.m), prev = new Float64Array(solver.qp.m);
  let lastFrame = -9, prevFrame = -9;
  // only the ramped elements' caps change over the cycle: the others are their maxActivation
  const ramped: number[] = [];
  for (let e = 0; e < E; e++) if (rampsIn(t, e)) ramped.push(e);
  const { upper, lower } = solver.qp;
  for (let i = 0; i < N - 1; i++) {
    if (solve && !solve[i]) continue;
    for (let e = 0; e < E; e++) upper[e] = t.maxActivation[e]!;
    for (const e of ramped) upper[e] = activationCap(input, e, i);
    for (let e = 0; e < E; e++) lower[e] = Math.min(t.minActivation[e]!, upper[e]!);
    framePosture(base, i, ref, adj, i, posture);
    // plain copies: a subarray view per frame and vector is garbage the young generation must sweep
    const accel = solver.pose.accel, external = solver.externalMoment;
    for (let k = 0; k < BC * 3; k++) accel[k] = kin.accel[i * BC * 3 + k]!;
    for (let side = 0; side < 2; side++) {
      const from = (i * 2 + side) * 3;
      for (let k = 0; k < 3; k++) {
        external[HIP_GROUP[side]! * 3 + k] = id.grfMomentAtHip[from + k]!;
        external[KNEE_GROUP[side]! * 3 + k] = id.grfMomentAtKnee[from + k]!;
      }
    }
    // warm start: extrapolate the multipliers of the two previous frames
    if (lastFrame === i - 1 && prevFrame === i - 2) {
      for (let j = 0; j < solver.qp.m; j++) solver.qp.lambda[j] = 2 * last[j]! - prev[j]!;
    } else if (lastFrame !== i - 1) solver.qp.lambda.fill(0);
    solver.evaluate(posture);
    prev.set(last);
    last.set(solver.qp.lambda);
    prevFrame = lastFrame;
    lastFrame = i;
    onFrame(i, posture);
  }
}
