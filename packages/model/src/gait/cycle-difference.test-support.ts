/**
 * For tests: how far apart two gait cycles are, and a cycle whose every frame is solved (no frame of it read from
 * its mirror twin, half-cycle-mirror.ts), as simulate.ts makes it otherwise. Not part of the package (excluded
 * from its build).
 */
import type { PartialModelParams } from '../params/schema.ts';
import { compileModel } from '../engine/compile.ts';
import { gaitCycle } from './cycle.ts';
import { walkingMotion } from './motion.ts';
import { optimiseReadingBalances } from './balances.ts';
import { compensateMotion } from './compensated-motion.ts';
import { optimiseFrames, type FrameSink } from './optimisation.ts';
import { allocateResult, frameReader, readOutCycle } from './read-outs.ts';
import { framesToSolve } from './simulate.ts';
import type { GaitResult } from './types.ts';

/** Largest difference between two cycles' per-frame series (every typed array, the animation's too), relative to each series' own range. */
export function largestRelativeDifference(a: GaitResult, b: GaitResult): number {
  let worst = 0;
  const series = (x: unknown, y: unknown): void => {
    if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
      const p = x as unknown as ArrayLike<number>, q = y as unknown as ArrayLike<number>;
      let range = 1e-9;
      for (let i = 0; i < p.length; i++) range = Math.max(range, Math.abs(p[i]!));
      for (let i = 0; i < p.length; i++) worst = Math.max(worst, Math.abs(p[i]! - q[i]!) / range);
    } else if (x && typeof x === 'object') for (const k of Object.keys(x)) series((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]);
  };
  series(a, b);
  return worst;
}

/**
 * The cycle as simulate.ts makes it: the first pass optimising every frame (`readOnlyAfterDeficit` false) or not,
 * and every frame solved (`mirrorFrames` false) or a symmetric cycle's second half read from its first (true, as
 * simulateGait). `mirrored` counts the frames read from their twins.
 */
export function cycleWith(params: PartialModelParams, options: { readOnlyAfterDeficit?: boolean; mirrorFrames?: boolean } = {}) {
  const model = compileModel(params);
  const cycle = gaitCycle({});
  const motion = walkingMotion(model, cycle);
  const result = allocateResult(model, cycle.frames, cycle.durationS, cycle.kinematics.source);
  const reader = frameReader(result, model, motion.solver, motion.grf);
  let mirrored = 0;
  const sink: FrameSink = {
    solved: (i, p) => reader.solved(i, p),
    mirrored: (i, twin, p) => {
      mirrored++;
      reader.mirrored(i, twin, p);
    },
  };
  const readFrame = options.mirrorFrames === false ? sink.solved : sink;
  const balances = optimiseReadingBalances(motion, motion.grf, readFrame, options.readOnlyAfterDeficit ?? true);
  const compensated = compensateMotion(model, cycle, motion, balances);
  const again = framesToSolve(compensated.changed, balances.solved);
  if (again) optimiseFrames({ ...motion, kin: compensated.kin, id: compensated.id }, again, readFrame);
  readOutCycle(result, model, cycle, motion, balances, compensated);
  return { result, balances, mirrored, compensated: compensated.changed !== null };
}
