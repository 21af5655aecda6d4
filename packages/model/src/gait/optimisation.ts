/**
 * Pass 4, static optimisation per frame (docs/model.md §9.3, step 7): the
 * frame's posture and accelerations, the ground reactions as external moments
 * on the leg and shank free bodies, then the gait solver's QP, warm-started
 * from the two previous frames it solved (or its mirror twin's answer). A
 * frame whose problem is the mirror image of its twin's, half a cycle before,
 * is read from the twin instead (half-cycle-mirror.ts).
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { createPosture, type Posture } from '../geometry/posture.ts';
import { completePose } from '../geometry/pose.ts';
import * as B from '../geometry/bodies.ts';
import type { GaitBaseline } from './baseline.ts';
import { framePosture, type FrameAdjustments, type GaitReference } from './frame-posture.ts';
import { placeFrameBodies, type CycleKinematics } from './frame-kinematics.ts';
import type { InverseDynamics } from './inverse-dynamics.ts';
import type { GaitPhases } from './phases.ts';
import { HIP_GROUP, KNEE_GROUP } from './gait-solver.ts';
import { onsetRamp } from './capacity.ts';
import { halfCycleMirror, inputsMirrorTwin, mirrorMultipliers, type HalfCycleMirror } from './half-cycle-mirror.ts';
import { CONTINUATION_MEAN_WEIGHT, continuedStart, GIVE_UP_NEWTON_STEPS, recordFrame, recordMirrorImage, type ContinuedPass } from './continuation.ts';

export interface OptimisationInput {
  model: CompiledModel;
  solver: StaticSolver;
  base: GaitBaseline;
  ref: GaitReference;
  adj: FrameAdjustments;
  kin: CycleKinematics;
  id: InverseDynamics;
  phases: GaitPhases;
  /** Whether the cycle is the built-in one (left/right symmetric: half-cycle-mirror.ts). */
  builtIn: boolean;
  /** The pass of a continued cycle this is (continuation.ts); null or absent: every frame starts from its own cycle. */
  continuation?: ContinuedPass | null;
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

/**
 * The multipliers of the last two frames solved, for the next frame's warm start; and, for a cycle that is its own
 * mirror (half-cycle-mirror.ts), every frame's solved in this call, for the frame half a cycle on.
 */
interface WarmStart {
  readonly last: Float64Array;
  readonly prev: Float64Array;
  lastFrame: number;
  prevFrame: number;
  readonly mirror: HalfCycleMirror | null;
  readonly solved: Float64Array;
  readonly hasSolved: Uint8Array;
  /** The last cycle's answers while this pass still starts from them (continuation.ts), else null. */
  continuation: ContinuedPass | null;
  /** Running mean of the Newton steps of the frames started from them. */
  continuedSteps: number;
}

/**
 * Frames read for the hips' balances alone, not optimised (balances.ts): from the frame at which `readOnly()`
 * turns true, each frame is laid, only the hips' equations are prepared (`StaticSolver.prepareGroups`) and
 * `read(i)` is called instead of the QP and `onFrame`.
 */
export interface BalanceReading {
  readOnly(): boolean;
  read(i: number): void;
}

/**
 * What reads a frame: `solved` after its QP (the solver holds its answer), or, for a frame whose problem is the
 * mirror image of its twin's, already read (half-cycle-mirror.ts), `mirrored` instead of the QP (the solver's pose
 * holds the frame's bodies, no paths, and nothing else of it; `posture` is the frame's own).
 */
export interface FrameSink {
  solved(i: number, posture: Posture): void;
  mirrored(i: number, twin: number, posture: Posture): void;
}

/**
 * Solves the frames where `solve[i]` is set (all unique frames when null), calling `onFrame` after each (a plain
 * function: every frame solved; a FrameSink: a frame of the second half whose problem mirrors its twin's, half a
 * cycle before, is read from the twin). Frames where `solve` is 0 were read before, with the inputs they have now.
 */
export function optimiseFrames(input: OptimisationInput, solve: Uint8Array | null, onFrame: ((i: number, posture: Posture) => void) | FrameSink, reading: BalanceReading | null = null): void {
  const { model, solver, kin } = input;
  const t = model.elements;
  const posture = createPosture();
  const mirror = halfCycleMirror(model, solver, kin.frames, input.builtIn);
  const sink: FrameSink | null = typeof onFrame === 'function' ? null : onFrame;
  const solved = sink ? (i: number, p: Posture) => sink.solved(i, p) : (onFrame as (i: number, posture: Posture) => void);
  // which frames hold their read-outs for these inputs: read before this call (not to solve), or in it
  const read = new Uint8Array(kin.frames);
  if (solve) for (let i = 0; i < kin.frames - 1; i++) read[i] = solve[i] ? 0 : 1;
  const twinPosture = createPosture();
  const cap = (e: number, frame: number): number => activationCap(input, e, frame);
  const warm: WarmStart = {
    last: new Float64Array(solver.qp.m),
    prev: new Float64Array(solver.qp.m),
    lastFrame: -9,
    prevFrame: -9,
    mirror,
    // every frame's multipliers only when the mirror can use them
    solved: new Float64Array(mirror ? kin.frames * solver.qp.m : 0),
    hasSolved: new Uint8Array(mirror ? kin.frames : 0),
    continuation: input.continuation ?? null,
    continuedSteps: 1,
  };
  // only the ramped elements' caps change over the cycle: the others are their maxActivation
  const ramped: number[] = [];
  for (let e = 0; e < t.count; e++) if (rampsIn(t, e)) ramped.push(e);
  // the frame's work is a function of its own: this loop runs once per cycle, and a long body here made V8
  // compile the whole loop again for on-stack replacement in a fresh browser worker (docs/performance.md)
  for (let i = 0; i < kin.frames - 1; i++) {
    if (solve && !solve[i]) continue;
    if (reading !== null && reading.readOnly()) {
      layHips(input, i, posture);
      reading.read(i);
      continue;
    }
    // the second half from the first: a frame whose problem mirrors its twin's, read with these inputs, is read from it
    if (sink && mirror && i >= mirror.half && read[i - mirror.half] && readFromTwin(input, mirror, i, sink, posture, twinPosture, ramped, cap)) {
      read[i] = 1;
      if (input.continuation) recordMirrored(input.continuation, mirror, warm, i);
      continue;
    }
    solveFrame(input, i, ramped, warm, posture);
    solved(i, posture);
    read[i] = 1;
  }
}

/** Frame i laid and, if its problem is the mirror of its twin's (half a cycle before), read from the twin: whether it was. */
function readFromTwin(
  input: OptimisationInput,
  mirror: HalfCycleMirror,
  i: number,
  sink: FrameSink,
  posture: Posture,
  twinPosture: Posture,
  ramped: readonly number[],
  cap: (e: number, frame: number) => number,
): boolean {
  const twin = i - mirror.half;
  framePosture(input.base, i, input.ref, input.adj, i, posture);
  if (!inputsMirrorTwin(mirror, input, i, twin, posture, twinPosture, ramped, cap)) return false;
  // the frame's bodies, for the sink: the kinematics pass placed them already, unless its posture has changed since
  const { model, solver } = input;
  completePose(model.geometry, model.thoraxComAnteriorM, model.elements, posture, solver.pose, placeFrameBodies(input.kin, i, posture, solver.pose), false);
  sink.mirrored(i, twin, posture);
  return true;
}

/** A frame read from its twin: the twin's multipliers mirrored, for the next cycle's continuation (when it has them). */
function recordMirrored(c: ContinuedPass, mirror: HalfCycleMirror, warm: WarmStart, i: number): void {
  const twin = i - mirror.half;
  if (warm.hasSolved[twin]) recordMirrorImage(c, i, mirror, warm.solved, twin * c.of.equations);
}

/** Frame i laid and only its hips' equations prepared: what the hips' capacities read (capacity.ts). */
function layHips(input: OptimisationInput, i: number, posture: Posture): void {
  framePosture(input.base, i, input.ref, input.adj, i, posture);
  input.solver.prepareGroups(posture, HIP_GROUP, placeFrameBodies(input.kin, i, posture, input.solver.pose));
}

/** Frame i: its bounds, posture, accelerations and ground-reaction moments, a warm start, then the QP. */
function solveFrame(input: OptimisationInput, i: number, ramped: readonly number[], warm: WarmStart, posture: Posture): void {
  const { model, solver, base, ref, adj, kin, id } = input;
  const t = model.elements;
  const E = t.count;
  const BC = B.BODY_COUNT;
  const { upper, lower } = solver.qp;
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
  // warm start: the last cycle's answer at this frame (continuation.ts), else the mirrored multipliers of the frame
  // half a cycle back, or extrapolate those of the two previous frames
  const m = solver.qp.m;
  const mirror = warm.mirror;
  const twin = mirror ? (i + mirror.half) % (2 * mirror.half) : -1;
  const continued = warm.continuation !== null && continuedStart(warm.continuation, i, warm.lastFrame === i - 1 ? warm.last : null, solver.qp.lambda);
  if (!continued) {
    if (mirror && warm.hasSolved[twin]) mirrorMultipliers(mirror, warm.solved, twin * m, solver.qp.lambda);
    else if (warm.lastFrame === i - 1 && warm.prevFrame === i - 2) {
      for (let j = 0; j < m; j++) solver.qp.lambda[j] = 2 * warm.last[j]! - warm.prev[j]!;
    } else if (warm.lastFrame !== i - 1) solver.qp.lambda.fill(0);
  }
  // the kinematics pass placed this frame's bodies already, unless its posture has changed since
  solver.evaluate(posture, placeFrameBodies(kin, i, posture, solver.pose));
  if (input.continuation) {
    recordFrame(input.continuation, i, solver.qp.lambda, solver.qp.iterations, continued);
    // starts that need as many steps as the frame's own are no better: the rest of the pass solves without them
    if (continued) {
      warm.continuedSteps += CONTINUATION_MEAN_WEIGHT * (solver.qp.iterations - warm.continuedSteps);
      if (warm.continuedSteps >= GIVE_UP_NEWTON_STEPS) warm.continuation = null;
    }
  }
  if (mirror) {
    warm.solved.set(solver.qp.lambda, i * m);
    warm.hasSolved[i] = 1;
  }
  warm.prev.set(warm.last);
  warm.last.set(solver.qp.lambda);
  warm.prevFrame = warm.lastFrame;
  warm.lastFrame = i;
}
