import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, simulateGait } from '@lumbo/model';
import { framePlan, VIDEO_FPS } from './video.ts';

describe('video frame plan of a gait cycle', () => {
  const gait = simulateGait(compileModel(DEFAULT_PARAMS));
  const plan = framePlan(gait.cycleDurationS, gait.frames, VIDEO_FPS);

  it('lasts the cycle duration to within half a frame', () => {
    expect(Math.abs(plan.count / VIDEO_FPS - gait.cycleDurationS)).toBeLessThanOrEqual(0.5 / VIDEO_FPS);
  });

  it('steps in exact time steps from the start of the cycle', () => {
    for (let k = 0; k < plan.count; k++) expect(plan.timeS(k)).toBe(k / VIDEO_FPS);
    expect(plan.position(0)).toBe(0);
  });

  it('maps time onto the model frames (frame index = time / duration × (frames − 1)), stopping short of the closing frame', () => {
    const last = gait.frames - 1;
    for (let k = 0; k < plan.count; k++) {
      expect(plan.position(k)).toBeCloseTo((plan.timeS(k) / gait.cycleDurationS) * last, 12);
    }
    // the closing frame repeats frame 0: the clip loops without a doubled frame
    expect(plan.position(plan.count - 1)).toBeLessThan(last);
    expect(plan.position(plan.count - 1)).toBeGreaterThan(last - (2 * last) / plan.count);
  });

  it('still makes one frame of a degenerate cycle', () => {
    const one = framePlan(0, 1, VIDEO_FPS);
    expect(one.count).toBe(1);
    expect(one.position(0)).toBe(0);
  });
});
