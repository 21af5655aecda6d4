import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canvasWidthFor } from './LabelSprite.tsx';

describe("a label's canvas is as wide as its widest text needs, in 64-px steps", () => {
  it('holds a short gait label in a few steps instead of the 720 px a caption may need', () => {
    expect(canvasWidthFor(230)).toBe(256);
    expect(canvasWidthFor(64)).toBe(64);
    expect(canvasWidthFor(65)).toBe(128);
  });

  it('never goes below one step or above 720 px (longer texts are drawn narrower)', () => {
    expect(canvasWidthFor(0)).toBe(64);
    expect(canvasWidthFor(5000)).toBe(720);
  });

  it('always fits the plate, up to the widest canvas, in a multiple of the step or the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (plate) => {
        const w = canvasWidthFor(plate);
        expect(w).toBeGreaterThanOrEqual(Math.min(plate, 720));
        expect(w === 720 || w % 64 === 0).toBe(true);
        expect(w - Math.min(plate, 720)).toBeLessThan(64);
      }),
    );
  });
});
