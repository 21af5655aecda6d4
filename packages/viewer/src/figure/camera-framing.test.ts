import { describe, expect, it } from 'vitest';
import { frameBox } from './camera-framing.ts';
import { v } from '../lib/vec.ts';

const body = { min: v(-0.2, 0, -0.25), max: v(0.3, 1.8, 0.25) };

describe('camera framing', () => {
  it('looks at the box centre from the subject right in side view', () => {
    const c = frameBox(body, 'side', 24, 1.5);
    expect(c.target.x).toBeCloseTo(0.05, 9);
    expect(c.target.y).toBeCloseTo(0.9, 9);
    expect(c.target.z).toBeCloseTo(0, 9);
    expect(c.position.z).toBeGreaterThan(2);
    expect(c.position.x).toBeCloseTo(0.05);
  });

  it('looks from behind (−x) in back view and from the front (+x) in front view', () => {
    expect(frameBox(body, 'back', 24, 1.5).position.x).toBeLessThan(-2);
    expect(frameBox(body, 'front', 24, 1.5).position.x).toBeGreaterThan(2);
  });

  it('moves back on a narrow (portrait) window so the figure still fits across', () => {
    const wide = frameBox({ min: v(-1, 0, -0.2), max: v(1, 1, 0.2) }, 'side', 24, 2);
    const narrow = frameBox({ min: v(-1, 0, -0.2), max: v(1, 1, 0.2) }, 'side', 24, 0.5);
    expect(narrow.position.z).toBeGreaterThan(wide.position.z * 2);
  });
});

describe('camera framing margin', () => {
  it('comes closer with the close-up margin, so the same box fills more of the view', () => {
    const box = { min: v(-0.2, 0.4, -0.2), max: v(0.2, 1.3, 0.2) };
    const wide = frameBox(box, 'back', 24, 1.5);
    const tight = frameBox(box, 'back', 24, 1.5, 1.04);
    expect(Math.abs(tight.position.x)).toBeLessThan(Math.abs(wide.position.x));
    expect(tight.target).toEqual(wide.target);
  });
});
