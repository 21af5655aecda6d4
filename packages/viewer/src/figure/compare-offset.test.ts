import { describe, expect, it } from 'vitest';
import { axisForView, compareOffset, withLabelRoom } from './compare-offset.ts';

const box = { min: { x: -0.2, y: 0, z: -0.3 }, max: { x: 0.3, y: 1.9, z: 0.3 } };

describe('where the compare figure stands', () => {
  it('stands behind the subject in the side view and to their left in the back view', () => {
    const side = compareOffset(box, axisForView('side', 'z'));
    expect(side[0]).toBeLessThan(-0.5);
    expect(side[2]).toBe(0);
    const back = compareOffset(box, axisForView('back', 'x'));
    expect(back[2]).toBeLessThan(-0.6);
    expect(back[0]).toBe(0);
  });

  it('keeps the last layout in free orbit', () => {
    expect(axisForView('free', 'z')).toBe('z');
    expect(axisForView('free', 'x')).toBe('x');
  });

  it('leaves room for the labels toward screen right', () => {
    expect(withLabelRoom(box, 'side', 1).max.x).toBeGreaterThan(box.max.x);
    expect(withLabelRoom(box, 'back', 1).max.z).toBeGreaterThan(box.max.z);
    expect(withLabelRoom(box, 'front', 1)).toBe(box);
  });

  it('grows both sides alike when centred, so the box centre stays where the figure is', () => {
    for (const view of ['side', 'back'] as const) {
      const axis = view === 'side' ? 'x' : 'z';
      const grown = withLabelRoom(box, view, 1, true);
      expect((grown.min[axis] + grown.max[axis]) / 2).toBeCloseTo((box.min[axis] + box.max[axis]) / 2, 12);
      expect(grown.max[axis] - grown.min[axis]).toBeGreaterThan(box.max[axis] - box.min[axis]);
    }
  });
});
