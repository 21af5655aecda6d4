import { describe, expect, it } from 'vitest';
import { fixed, ratio } from './numbers.ts';

describe('fixed', () => {
  it('rounds to the given decimals', () => {
    expect(fixed(1.2345, 2)).toBe('1.23');
    expect(fixed(1499.6, 0)).toBe('1500');
  });

  it('never shows a negative zero', () => {
    expect(fixed(-0.04, 1)).toBe('0.0');
    expect(fixed(-0, 0)).toBe('0');
    expect(fixed(-0.4, 0)).toBe('0');
  });

  it('keeps real negative values', () => {
    expect(fixed(-0.06, 1)).toBe('-0.1');
  });

  it('spells out non-finite values', () => {
    expect(fixed(Number.NaN, 1)).toBe('NaN');
    expect(fixed(Number.POSITIVE_INFINITY, 1)).toBe('∞');
    expect(fixed(Number.NEGATIVE_INFINITY, 1)).toBe('-∞');
  });
});

describe('ratio', () => {
  it('divides and rounds', () => {
    expect(ratio(1500, 750, 2)).toBe('2.00');
  });

  it('shows a dash when the whole is zero', () => {
    expect(ratio(1, 0, 2)).toBe('—');
  });
});
