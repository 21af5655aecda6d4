import { describe, expect, it } from 'vitest';
import { ACTIVATION, CIVIDIS, compressionCeilingN } from './colour-scales.ts';

const luminance = ([r, g, b]: readonly number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

describe('colour scales', () => {
  it('cividis gets lighter and activation darker monotonically', () => {
    for (let i = 1; i <= 20; i++) {
      expect(luminance(CIVIDIS.at(i / 20))).toBeGreaterThan(luminance(CIVIDIS.at((i - 1) / 20)));
      expect(luminance(ACTIVATION.at(i / 20))).toBeLessThan(luminance(ACTIVATION.at((i - 1) / 20)));
    }
  });

  it('clamps out-of-range and non-finite input to the ends', () => {
    expect(CIVIDIS.at(-1)).toEqual(CIVIDIS.at(0));
    expect(CIVIDIS.at(7)).toEqual(CIVIDIS.at(1));
    expect(CIVIDIS.at(Number.NaN)).toEqual(CIVIDIS.at(0));
  });

  it('picks the smallest ceiling that holds the largest disc half', () => {
    expect(compressionCeilingN(320)).toBe(500);
    expect(compressionCeilingN(1500)).toBe(2000);
    expect(compressionCeilingN(9100)).toBe(10000);
  });
});
