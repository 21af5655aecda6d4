import { describe, expect, it } from 'vitest';
import { axialRotationWords, lateralBendWords, lateralCurveWords, lateralLeanWords, obliquityWords, tiltWords } from './signs.ts';

describe('signed angles in words', () => {
  it('names the low side of the pelvis (+ = right side lower) and never shows a minus', () => {
    expect(obliquityWords(10.34)).toBe('10.3°, right side low');
    expect(obliquityWords(-10.34)).toBe('10.3°, left side low');
    expect(obliquityWords(0.02)).toBe('level');
  });

  it('names a posterior tilt as such instead of a negative anterior tilt', () => {
    expect(tiltWords(-2.94)).toBe('Posterior tilt 2.9°');
    expect(tiltWords(17.2)).toBe('Anterior tilt 17.2°');
    expect(tiltWords(-0.01)).toBe('Anterior tilt 0.0°');
  });

  it('names the side of a lean, a bend, a turn and a curve from the model’s conventions', () => {
    expect(lateralLeanWords(4.1)).toBe('4.1°, to the right');
    expect(lateralLeanWords(-4.1)).toBe('4.1°, to the left');
    expect(lateralBendWords(-1.25)).toBe('1.3°, to the left');
    expect(axialRotationWords(2)).toBe('2.0°, turned left');
    expect(axialRotationWords(-2)).toBe('2.0°, turned right');
    expect(lateralCurveWords(3.4)).toBe('3.4°, convex to the left');
    expect(lateralCurveWords(-3.4)).toBe('3.4°, convex to the right');
  });

  it('keeps a missing number a dash', () => {
    for (const f of [obliquityWords, lateralLeanWords, lateralBendWords, axialRotationWords, lateralCurveWords]) expect(f(Number.NaN)).toBe('—');
  });
});
