import { describe, expect, it } from 'vitest';
import { createRandom } from '../sweep/prng.ts';
import { pearson, ranks, spearman, standardDeviation, standardisedRegression } from './stats.ts';

describe('ranks', () => {
  it('ranks from 1 and gives tied values their average rank', () => {
    expect(Array.from(ranks([30, 10, 20, 10]))).toEqual([4, 1.5, 3, 1.5]);
  });
});

describe('correlations', () => {
  it('Pearson is 1 for a rising line, −1 for a falling one, NaN for a constant', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN();
  });

  it('Spearman is 1 for any increasing relation, however curved', () => {
    const x = [1, 2, 3, 4, 5];
    expect(spearman(x, x.map((v) => Math.exp(v)))).toBeCloseTo(1, 12);
  });
});

describe('standardisedRegression', () => {
  const random = createRandom(3);
  const n = 400;
  const a = Float64Array.from({ length: n }, () => random.nextFloat());
  const b = Float64Array.from({ length: n }, () => random.nextFloat());
  const c = Float64Array.from({ length: n }, () => random.nextFloat());

  it('recovers the standardised coefficients of an exact linear relation, with R² = 1', () => {
    const y = a.map((v, i) => 3 * v - 1 * b[i]! + 0 * c[i]!);
    const fit = standardisedRegression([a, b, c], y);
    const sy = standardDeviation(y);
    expect(fit.coefficients[0]).toBeCloseTo((3 * standardDeviation(a)) / sy, 6);
    expect(fit.coefficients[1]).toBeCloseTo((-1 * standardDeviation(b)) / sy, 6);
    expect(fit.coefficients[2]).toBeCloseTo(0, 6);
    expect(fit.r2).toBeCloseTo(1, 9);
  });

  it('leaves out a constant input and an input that copies another, instead of failing', () => {
    const constant = new Float64Array(n).fill(0.5);
    const copy = Float64Array.from(a, (v) => 2 * v + 1);
    const fit = standardisedRegression([a, constant, copy, b], a.map((v, i) => v + b[i]!));
    expect(fit.coefficients[1]).toBeNull();
    expect(fit.coefficients[2]).toBeNull();
    expect(fit.coefficients[0]).not.toBeNull();
    expect(fit.r2).toBeCloseTo(1, 9);
  });

  it('reports R² below 1 when the output is not linear in the inputs', () => {
    expect(standardisedRegression([a], a.map((v) => Math.sin(12 * v))).r2).toBeLessThan(0.5);
  });
});
