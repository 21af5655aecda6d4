/** The sampler places muscle path points from their bodies' frames, for a standing answer and between gait frames. */
import { describe, expect, it } from 'vitest';
import { compileModel, musclePointsAt, simulateGait, solveTask } from '@lumbo/model';
import { motionFromGait, motionFromResult } from './motion.ts';
import { createSampler } from './sampler.ts';

describe('muscle path points as the sampler reads them', { timeout: 120_000 }, () => {
  const model = compileModel({ muscles: { iliopsoas: { right: { tone: 1 } } } });

  it('a standing answer puts every point where the model’s pose has it', () => {
    const result = solveTask(model, { kind: 'standing' });
    const sampler = createSampler(motionFromResult(result));
    const out = new Float64Array(3);
    let p = 0;
    for (const m of result.pose.muscles) {
      for (const q of m.points) {
        sampler.musclePoint(p++, out, 0);
        expect(out[0]).toBeCloseTo(q.x, 12);
        expect(out[1]).toBeCloseTo(q.y, 12);
        expect(out[2]).toBeCloseTo(q.z, 12);
      }
    }
    expect(p).toBe(sampler.motion.pointCount);
  });

  it('in gait a whole frame gives that frame’s points, and a half frame lies halfway between two frames', () => {
    const gait = simulateGait(model);
    const sampler = createSampler(motionFromGait(gait));
    const at40 = musclePointsAt(gait.animation, 40);
    const at41 = musclePointsAt(gait.animation, 41);
    const out = new Float64Array(3);
    for (const position of [40, 40.5]) {
      sampler.seek(position);
      const t = position - 40;
      for (let p = 0; p < sampler.motion.pointCount; p += 7) {
        sampler.musclePoint(p, out, 0);
        for (let c = 0; c < 3; c++) expect(out[c]).toBeCloseTo(at40[p * 3 + c]! + (at41[p * 3 + c]! - at40[p * 3 + c]!) * t, 12);
      }
    }
  });
});
