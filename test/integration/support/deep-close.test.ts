import { describe, expect, it } from 'vitest';
import { firstDifference, maxRelativeDifference } from './deep-close.ts';

describe('firstDifference', () => {
  it('accepts numbers within the tolerance, absolutely near zero and relatively above one', () => {
    expect(firstDifference(1e-12, 0)).toBeUndefined();
    expect(firstDifference(1000 + 1e-7, 1000)).toBeUndefined();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 + 1e-12 }] })).toBeUndefined();
  });

  it('names the path of the first number that differs', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2.1 }] })).toBe('$.a.1.b: 2 vs 2.1');
  });

  it('requires non-numbers to be equal and the same keys on both sides', () => {
    expect(firstDifference({ s: 'x' }, { s: 'y' })).toBe('$.s: "x" vs "y"');
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe('$.b: undefined vs 2');
  });
});

describe('maxRelativeDifference', () => {
  it('finds the largest relative difference anywhere in the structure', () => {
    expect(maxRelativeDifference({ a: 100, b: [2] }, { a: 101, b: [2] })).toBeCloseTo(1 / 101, 12);
  });
});
