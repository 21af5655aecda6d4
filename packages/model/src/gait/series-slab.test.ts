import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Float64Slab } from './series-slab.ts';
import { compileModel } from '../engine/compile.ts';
import { simulateGait } from './simulate.ts';
import { collectTransferables } from '../worker/transfer.ts';

describe('a slab of Float64 series', () => {
  it('hands out zeroed arrays of the asked length that never overlap, whatever the sequence of lengths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 512 }), fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }), (chunk, lengths) => {
        const slab = new Float64Slab(chunk);
        const views = lengths.map((n) => slab.take(n));
        views.forEach((v, k) => {
          expect(v.length).toBe(lengths[k]);
          expect(v.every((x) => x === 0)).toBe(true);
        });
        // writing each view with its own tag leaves every other view's tag intact
        views.forEach((v, k) => v.fill(k + 1));
        views.forEach((v, k) => expect(v.every((x) => x === k + 1)).toBe(true));
      }),
    );
  });

  it('gives a request longer than a quarter of its chunk a buffer of its own', () => {
    const slab = new Float64Slab(100);
    const small = slab.take(25);
    const big = slab.take(26);
    expect(small.buffer.byteLength).toBe(800);
    expect(big.buffer.byteLength).toBe(26 * 8);
  });
});

describe('a gait result', () => {
  it('keeps its ~230 series in a handful of buffers, so the worker transfers (and the page receives) a handful', () => {
    const r = simulateGait(compileModel());
    const buffers = collectTransferables(r);
    expect(buffers.length).toBeLessThanOrEqual(10);
    // and every series still reads as its own array of one value per frame
    expect(r.levels['L4/L5'].compressionN.length).toBe(r.frames);
    expect(r.cyclePercent[r.frames - 1]).toBe(100);
    expect(r.levels['L4/L5'].compressionN.buffer).toBe(r.pelvicObliquityDeg.buffer);
  });
});
