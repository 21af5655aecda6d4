import { describe, expect, it } from 'vitest';
import { createPlayhead } from './playhead.ts';

describe('playhead', () => {
  it('advances through the cycle at the cycle’s own pace times the speed', () => {
    const p = createPlayhead();
    p.setCycle(101, 1.0);
    p.advance(0.05, 1, true);
    expect(p.position).toBeCloseTo(5, 9);
    p.advance(0.05, 2, true);
    expect(p.position).toBeCloseTo(15, 9);
    expect(p.index).toBe(15);
  });

  it('wraps when looping and stops at the last frame otherwise', () => {
    const p = createPlayhead();
    p.setCycle(101, 1.0);
    p.seek(98);
    expect(p.advance(0.05, 1, true)).toBe(true);
    expect(p.position).toBeCloseTo(3, 9);
    p.seek(98);
    expect(p.advance(0.05, 1, false)).toBe(false);
    expect(p.position).toBe(100);
  });

  it('caps one step (a background tab does not skip a cycle) and clamps seeks', () => {
    const p = createPlayhead();
    p.setCycle(101, 1.0);
    p.advance(5, 1, true);
    expect(p.position).toBeCloseTo(10, 9);
    p.seek(500);
    expect(p.position).toBe(100);
    p.seek(Number.NaN);
    expect(p.position).toBe(0);
  });

  it('tells listeners about index changes only', () => {
    const p = createPlayhead();
    p.setCycle(101, 1.0);
    const seen: number[] = [];
    const off = p.onIndex((i) => seen.push(i));
    p.seek(0.2);
    p.seek(1.4);
    p.seek(1.6);
    off();
    p.seek(7);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('keeps the phase when the cycle changes its frame count (coarse → full)', () => {
    const p = createPlayhead();
    p.setCycle(101, 1.0);
    p.seek(80);
    p.setCycle(26, 1.0);
    expect(p.position).toBeCloseTo(20, 9);
    p.setCycle(101, 1.0);
    expect(p.position).toBeCloseTo(80, 9);
    expect(p.index).toBe(80);
  });
});
