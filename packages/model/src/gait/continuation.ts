/**
 * Continuation from one gait cycle to the next (docs/model.md §9.3, step 7, "Continuation"). A student dragging a
 * slider asks for a cycle of a model one small step away from the last: each frame's answer is then close to the
 * last cycle's answer at the same frame, much closer than the frame's own extrapolation from the two frames before
 * it. A continuation keeps each frame's QP multipliers from the last cycle solved with it, and the next cycle's
 * solve starts from them: the last cycle's multipliers at this frame, moved by the change this cycle has shown at
 * the frame before (λ_prev[i] + λ[i−1] − λ_prev[i−1]).
 *
 * Only the start changes: every frame is still solved to the same tolerance (QP_TOLERANCE_NM), so a continued
 * cycle agrees with a cold one to that tolerance, not bit for bit (`continuation.test.ts`). That is why sweeps and
 * the CLI never continue (their answers must not depend on what ran before them); the viewer's worker does.
 *
 * When the step is not small (another preset, a compensation switched on), the last cycle is a worse start than the
 * frame's own extrapolation: a pass gives the continuation up once its continued frames need as many Newton steps
 * as a cold start does (GIVE_UP_NEWTON_STEPS), and solves on from its own frames.
 */

import { mirrorMultipliers, type HalfCycleMirror } from './half-cycle-mirror.ts';

/**
 * When a pass gives its continuation up: the running mean of its continued frames' Newton steps (each frame weighs
 * CONTINUATION_MEAN_WEIGHT, the mean starting at one step) reaches GIVE_UP_NEWTON_STEPS, the mean of a cold start in
 * the built-in cycle (2.4–2.7 Newton steps a frame, docs/performance.md). A big step shows in its first continued
 * frames (4–8 steps each: the mean passes 2.5 within two or three); a small step's odd frame of four steps does not
 * (from a mean of 1.2 it rises to 2.1) [E]. The weight was ½ until 2026-12-04: then one such frame gave a 1 %
 * strength step of a Trendelenburg cycle up (39 of 119 frames continued, 2.13 steps a frame; with ⅓ all 119, 1.27);
 * a big step gives up after 7 frames instead of 6 (healthy → Trendelenburg: 2.59 steps a frame against 2.58).
 */
export const GIVE_UP_NEWTON_STEPS = 2.5;
export const CONTINUATION_MEAN_WEIGHT = 1 / 3;

/** The passes that optimise frames (simulate.ts): every frame first, then again where the compensation changed them. */
export const CONTINUED_PASSES = 2;

export interface GaitContinuation {
  /** Frames per cycle and QP equations per frame of the cycles it holds (0 before the first). */
  frames: number;
  equations: number;
  /**
   * Per pass, the last finished cycle's multipliers, `equations` per frame, and which frames hold them: a pass
   * continues from the same pass of the last cycle (the second solves the compensated motion, the first the motion
   * before it).
   */
  previous: Float64Array[];
  hasPrevious: Uint8Array[];
  /** Per pass, the cycle being solved (becomes `previous` when it ends). */
  current: Float64Array[];
  hasCurrent: Uint8Array[];
  /**
   * The QP solves of the last finished cycle and their Newton steps; and those of them that started from the
   * continuation (diagnostics: tests and benchmarks read them).
   */
  solves: number;
  newtonSteps: number;
  continuedSolves: number;
  continuedNewtonSteps: number;
}

/** One pass of a continued cycle: where `optimiseFrames` reads its starts and keeps its answers. */
export interface ContinuedPass {
  readonly of: GaitContinuation;
  readonly pass: number;
}

/** An empty continuation: the first cycle solved with it starts cold. */
export function createGaitContinuation(): GaitContinuation {
  return { frames: 0, equations: 0, previous: [], hasPrevious: [], current: [], hasCurrent: [], solves: 0, newtonSteps: 0, continuedSolves: 0, continuedNewtonSteps: 0 };
}

/** Starts a cycle of `frames` frames and `equations` equations per frame; a cycle of another size forgets the last. */
export function beginContinuedCycle(c: GaitContinuation, frames: number, equations: number): void {
  if (c.frames !== frames || c.equations !== equations) {
    c.frames = frames;
    c.equations = equations;
    const arrays = () => Array.from({ length: CONTINUED_PASSES }, () => new Float64Array(frames * equations));
    const flags = () => Array.from({ length: CONTINUED_PASSES }, () => new Uint8Array(frames));
    [c.previous, c.hasPrevious, c.current, c.hasCurrent] = [arrays(), flags(), arrays(), flags()];
  }
  for (const has of c.hasCurrent) has.fill(0);
  c.solves = c.newtonSteps = c.continuedSolves = c.continuedNewtonSteps = 0;
}

/**
 * The start of frame i from the same pass of the last cycle, written to `lambda`: whether there was one.
 * `before`: this pass's multipliers at frame i − 1 when it has just solved it, else null.
 */
export function continuedStart({ of: c, pass }: ContinuedPass, i: number, before: Float64Array | null, lambda: Float64Array): boolean {
  if (!c.hasPrevious[pass]![i]) return false;
  const m = c.equations;
  const at = i * m;
  const prev = c.previous[pass]!;
  if (before !== null && i > 0 && c.hasPrevious[pass]![i - 1]) {
    const back = at - m;
    for (let j = 0; j < m; j++) lambda[j] = prev[at + j]! + before[j]! - prev[back + j]!;
  } else {
    for (let j = 0; j < m; j++) lambda[j] = prev[at + j]!;
  }
  return true;
}

/** Frame i solved in this pass: its multipliers and Newton steps, and whether it started from the continuation. */
export function recordFrame({ of: c, pass }: ContinuedPass, i: number, lambda: Float64Array, newtonSteps: number, continued: boolean): void {
  const m = c.equations;
  c.current[pass]!.set(lambda, i * m);
  c.hasCurrent[pass]![i] = 1;
  c.solves++;
  c.newtonSteps += newtonSteps;
  if (continued) {
    c.continuedSolves++;
    c.continuedNewtonSteps += newtonSteps;
  }
}

/** Frame i read from its twin: its multipliers are the twin's (at `from[offset…]`) mirrored. */
export function recordMirrorImage({ of: c, pass }: ContinuedPass, i: number, mirror: HalfCycleMirror, from: Float64Array, offset: number): void {
  mirrorMultipliers(mirror, from, offset, c.current[pass]!, i * c.equations);
  c.hasCurrent[pass]![i] = 1;
}

/** Ends the cycle: each pass's frames become the start of the same pass in the next. */
export function endContinuedCycle(c: GaitContinuation): void {
  [c.previous, c.current] = [c.current, c.previous];
  [c.hasPrevious, c.hasCurrent] = [c.hasCurrent, c.hasPrevious];
  for (const has of c.hasCurrent) has.fill(0);
}
