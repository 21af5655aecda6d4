import { describe, expect, it } from 'vitest';
import type { ListFactor, RangeFactor } from '../../scenario/types.ts';
import { gridDesign } from './grid.ts';
import { latinHypercubeDesign } from './latin-hypercube.ts';
import { oneAtATimeDesign } from './one-at-a-time.ts';
import { randomDesign } from './random.ts';
import type { Design } from './types.ts';

const list = (path: string, values: number[]): ListFactor => ({ path, filePath: [], values });
const span = (path: string, min: number, max: number): RangeFactor => ({ path, filePath: [], min, max });

function points(design: Design): number[][] {
  const out = new Float64Array(design.factorPaths.length);
  return Array.from({ length: design.pointCount }, (_, i) => {
    design.pointValues(i, out);
    return Array.from(out);
  });
}

describe('grid design', () => {
  it('is the full product, the last factor varying fastest', () => {
    const design = gridDesign([list('a', [1, 2]), list('b', [10, 20, 30])]);
    expect(design.pointCount).toBe(6);
    expect(points(design)).toEqual([[1, 10], [1, 20], [1, 30], [2, 10], [2, 20], [2, 30]]);
  });
});

describe('one-at-a-time design', () => {
  it('starts at the baseline, then varies each factor alone, skipping values equal to the baseline', () => {
    const design = oneAtATimeDesign([list('a', [0, 1, 2]), list('b', [5, 9])], [1, 5]);
    expect(points(design)).toEqual([[1, 5], [0, 5], [2, 5], [1, 9]]);
    expect([0, 1, 2, 3].map((i) => design.variedFactor?.(i))).toEqual(['baseline', 'a', 'a', 'b']);
  });
});

describe('random design', () => {
  it('samples within each range, the same way every time', () => {
    const factors = [span('a', 0.2, 0.4), span('b', -1, 1)];
    const sample = points(randomDesign(factors, 200, 9));
    for (const [a, b] of sample) {
      expect(a).toBeGreaterThanOrEqual(0.2);
      expect(a).toBeLessThan(0.4);
      expect(b).toBeGreaterThanOrEqual(-1);
      expect(b).toBeLessThan(1);
    }
    expect(points(randomDesign(factors, 200, 9))).toEqual(sample);
    expect(points(randomDesign(factors, 200, 10))).not.toEqual(sample);
  });

  it('computes any point on its own, so a shard never needs the others', () => {
    const design = randomDesign([span('a', 0, 1)], 1000, 3);
    const alone = new Float64Array(1);
    design.pointValues(777, alone);
    expect(alone[0]).toBe(points(design)[777]![0]);
  });
});

describe('latin hypercube design', () => {
  it('puts exactly one point in each of the n strata of every factor', () => {
    const n = 50;
    const sample = points(latinHypercubeDesign([span('a', 0, 1), span('b', 10, 20)], n, 4));
    for (const [k, [min, max]] of [[0, [0, 1]], [1, [10, 20]]] as const) {
      const strata = sample.map((p) => Math.floor(((p[k]! - min) / (max - min)) * n)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('is reproducible from its seed', () => {
    const make = () => points(latinHypercubeDesign([span('a', 0, 1)], 20, 11));
    expect(make()).toEqual(make());
  });
});
