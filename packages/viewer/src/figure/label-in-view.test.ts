import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centreInView, fitScale, MIN_FIT_PX } from './LabelSprite.tsx';

describe('a label slides along to stay inside the view', () => {
  it('keeps its own alignment when it fits', () => {
    expect(centreInView('left', 100, 200, 800)).toBe(0);
    expect(centreInView('right', 700, 200, 800)).toBe(1);
    expect(centreInView('centre', 400, 200, 800)).toBe(0.5);
  });

  it('slides left when a left-aligned label would run past the right edge, its right end 4 px inside', () => {
    const cx = centreInView('left', 700, 300, 800);
    expect(700 + (1 - cx) * 300).toBeCloseTo(796, 9);
  });

  it('slides right when a right-aligned label would run past the left edge', () => {
    const cx = centreInView('right', 50, 300, 800);
    expect(50 - cx * 300).toBeCloseTo(4, 9);
  });

  it('for any anchor at least 4 px inside the view and any label narrower than it, the label ends up wholly inside', () => {
    fc.assert(
      fc.property(fc.constantFrom('left', 'right', 'centre' as const), fc.double({ min: 4, max: 996, noNaN: true }), fc.double({ min: 1, max: 990, noNaN: true }), (align, x, w) => {
        const cx = centreInView(align, x, w, 1000);
        expect(cx).toBeGreaterThanOrEqual(0);
        expect(cx).toBeLessThanOrEqual(1);
        expect(x - cx * w).toBeGreaterThanOrEqual(4 - 1e-9);
        expect(x + (1 - cx) * w).toBeLessThanOrEqual(996 + 1e-9);
      }),
    );
  });
});

describe('a label wider than the view shrinks to fit it, down to a readable height', () => {
  it('keeps its size when it fits', () => {
    expect(fitScale(300, 18, 390)).toBe(1);
  });

  it('shrinks a 420-px caption to the 382 px between a 390-px view’s edges', () => {
    const k = fitScale(420, 18, 390);
    expect(420 * k).toBeCloseTo(382, 9);
  });

  it('never shrinks below the minimum height, over the whole range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: 8, max: 60, noNaN: true }), fc.double({ min: 50, max: 4000, noNaN: true }), (w, h, view) => {
        const k = fitScale(w, h, view);
        expect(k).toBeGreaterThan(0);
        expect(k).toBeLessThanOrEqual(1);
        if (k < 1) expect(h * k).toBeGreaterThanOrEqual(Math.min(h, MIN_FIT_PX) - 1e-9);
        // it fits whenever the minimum height allows it
        if (w * (MIN_FIT_PX / h) <= view - 8) expect(w * k).toBeLessThanOrEqual(view - 8 + 1e-9);
      }),
    );
  });
});
