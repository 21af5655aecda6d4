/** A gait cycle's muscle paths: each point stored once in its body's frame, placed per frame by that body's frame. */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import { simulateGait } from './simulate.ts';
import { musclePointsAt } from './muscle-points.ts';

describe('muscle path points of a gait cycle', { timeout: 120_000 }, () => {
  const gait = simulateGait(compileModel({ muscles: { gluteusMedius: { right: { strength: 0.25 } } } }));
  const a = gait.animation;
  const count = a.musclePointBody.length;

  it('frame 0 places every point exactly where the drawing pose of frame 0 has it', () => {
    const points = musclePointsAt(a, 0);
    let p = 0;
    for (const m of gait.pose.muscles) {
      for (const q of m.points) {
        expect([points[p * 3], points[p * 3 + 1], points[p * 3 + 2]]).toEqual([q.x, q.y, q.z]);
        p++;
      }
    }
    expect(p).toBe(count);
  });

  it('two points fixed to the same body keep their distance in every frame, while the body moves', () => {
    const first = musclePointsAt(a, 0);
    const out = new Float64Array(count * 3);
    const pairs: [number, number][] = [];
    for (let p = 1; p < count; p++) if (a.musclePointBody[p] === a.musclePointBody[p - 1]) pairs.push([p - 1, p]);
    expect(pairs.length).toBeGreaterThan(50);
    const dist = (x: Float64Array, i: number, j: number) => Math.hypot(x[i * 3]! - x[j * 3]!, x[i * 3 + 1]! - x[j * 3 + 1]!, x[i * 3 + 2]! - x[j * 3 + 2]!);
    let moved = 0;
    for (let f = 1; f < gait.frames; f++) {
      musclePointsAt(a, f, out);
      for (const [i, j] of pairs) expect(dist(out, i, j)).toBeCloseTo(dist(first, i, j), 9);
      moved = Math.max(moved, Math.abs(out[0]! - first[0]!), Math.abs(out[1]! - first[1]!));
    }
    expect(moved).toBeGreaterThan(0.01);
  });

  it('the closing frame repeats frame 0 (the cycle is periodic)', () => {
    expect(musclePointsAt(a, gait.frames - 1)).toEqual(musclePointsAt(a, 0));
  });

  it('a frame outside the cycle is refused with the allowed range and the value received', () => {
    expect(() => musclePointsAt(a, gait.frames)).toThrow(`frame must be an integer within [0, ${gait.frames - 1}], got ${gait.frames}`);
    expect(() => musclePointsAt(a, 0.5)).toThrow(/got 0.5/);
  });
});
