/** The forward inclination that compensates weak hip flexors in gait (docs/model.md §9.3, step 5). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../engine/compile.ts';
import { simulateGait } from './simulate.ts';
import { inclinationForRad } from './flexor-inclination.ts';
import type { GaitResult } from './types.ts';

const C = 0.104; // m of centre-of-mass shift per unit sin ψ, about the default body's (measured in compensated-motion.ts)
const LIMIT = 0.06; // m, the centre of pressure's forward limit (COP_SHIFT_LIMIT_M)

describe('the inclination a frame needs: F_y · c · sin ψ = deficit, capped where the centre of pressure stops following', () => {
  it('is zero without a deficit or without load on the foot', () => {
    expect(inclinationForRad(0, 700, C, LIMIT)).toBe(0);
    expect(inclinationForRad(10, 0, C, LIMIT)).toBe(0);
    expect(inclinationForRad(-3, 700, C, LIMIT)).toBe(0);
  });

  it('balances the deficit exactly below the cap', () => {
    const psi = inclinationForRad(5, 600, C, LIMIT);
    expect(600 * C * Math.sin(psi)).toBeCloseTo(5, 9);
  });

  it('grows with the deficit, shrinks with the foot’s load and never passes the cap, over the whole range', () => {
    const cap = Math.asin(LIMIT / C);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 1, max: 1500, noNaN: true }), (d1, d2, load) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const a = inclinationForRad(lo, load, C, LIMIT), b = inclinationForRad(hi, load, C, LIMIT);
        expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b).toBeLessThanOrEqual(cap + 1e-12);
        expect(inclinationForRad(hi, load * 2, C, LIMIT)).toBeLessThanOrEqual(b);
      }),
    );
  });
});

describe('walking with weak hip flexors (iliopsoas, rectus femoris and TFL of the right leg at 30 %)', { timeout: 300_000 }, () => {
  const k = { right: { strength: 0.3 } };
  const healthy = simulateGait(compileModel());
  const weak = simulateGait(compileModel({ muscles: { iliopsoas: k, rectusFemoris: k, tensorFasciaeLatae: k } }));
  const psi = weak.summary.trunkForwardCompensationDeg;
  const mean = (a: Float64Array, n: number) => a.subarray(0, n).reduce((s, v) => s + v, 0) / n;
  const n = weak.frames - 1;
  const peak = (r: GaitResult) => Math.max(...r.levels['L4/L5'].compressionN);

  it('walks inclined forward through the whole cycle, the healthy subject upright', () => {
    expect(healthy.summary.trunkForwardCompensationDeg).toBe(0);
    expect(psi).toBeGreaterThan(10);
    for (let i = 0; i < n; i++) expect(weak.trunkForwardCompensationDeg[i]).toBeCloseTo(psi, 9);
    // the thorax leans forward by the inclination on top of the healthy cycle's own motion
    expect(mean(weak.trunkForwardLeanDeg, n) - mean(healthy.trunkForwardLeanDeg, n)).toBeGreaterThan(0.9 * psi);
  });

  it('takes the late-stance flexor deficit off: the flexion demand of pre-swing falls and every frame is feasible', () => {
    expect(weak.summary.peakHipFlexorDeficitBeforeCompensationNm.right).toBeGreaterThan(10);
    expect(weak.summary.peakHipFlexorDeficitNm.right).toBeLessThan(0.5);
    expect(Math.max(...weak.hipFlexorDemandNm.right)).toBeLessThan(Math.max(...healthy.hipFlexorDemandNm.right) - 10);
    expect(weak.summary.feasibleFraction).toBe(1);
  });

  it('flexes the hips (less extension in terminal stance) and tips the pelvis forward by the pelvis’s share of the inclination', () => {
    const minFlexion = (r: GaitResult) => Math.min(...r.coordinates.hip_flexion_r.subarray(0, n));
    expect(minFlexion(weak) - minFlexion(healthy)).toBeGreaterThan(0.2 * psi);
    expect(mean(weak.anteriorPelvicTiltDeg, n) - mean(healthy.anteriorPelvicTiltDeg, n)).toBeGreaterThan(0.2 * psi);
  });

  it('costs the lower back: the lumbar extensors hold the inclined trunk and L4/L5 compression rises', () => {
    expect(peak(weak)).toBeGreaterThan(1.2 * peak(healthy));
    expect(mean(weak.lumbosacralMomentNm.extensionNm, n)).toBeGreaterThan(mean(healthy.lumbosacralMomentNm.extensionNm, n) + 10);
    console.log(`[flexor inclination] 30 %: ψ ${psi.toFixed(1)}°, deficit ${weak.summary.peakHipFlexorDeficitBeforeCompensationNm.right.toFixed(1)} → ${weak.summary.peakHipFlexorDeficitNm.right.toFixed(1)} N·m, L4/L5 peak ${peak(healthy).toFixed(0)} → ${peak(weak).toFixed(0)} N, mean L5/S1 extension moment ${mean(healthy.lumbosacralMomentNm.extensionNm, n).toFixed(1)} → ${mean(weak.lumbosacralMomentNm.extensionNm, n).toFixed(1)} N·m`);
  });
});

describe('over the whole range of hip-flexor strengths of both legs', { timeout: 300_000 }, () => {
  it('the inclination is finite, within the centre of pressure’s limit, never leaves more deficit than it found, and mirrors', () => {
    const strength = fc.double({ min: 0, max: 1.5, noNaN: true });
    fc.assert(
      fc.property(strength, strength, (left, right) => {
        const run = (l: number, r: number) =>
          simulateGait(compileModel({ muscles: { iliopsoas: { left: { strength: l }, right: { strength: r } }, rectusFemoris: { left: { strength: l }, right: { strength: r } }, tensorFasciaeLatae: { left: { strength: l }, right: { strength: r } } } }));
        const a = run(left, right), b = run(right, left);
        const psi = a.summary.trunkForwardCompensationDeg;
        expect(Number.isFinite(psi)).toBe(true);
        expect(psi).toBeGreaterThanOrEqual(0);
        expect(psi).toBeLessThanOrEqual(36); // asin(60 mm / c) with c ≈ 0.105 m: 35°
        for (const side of ['left', 'right'] as const) {
          expect(a.summary.peakHipFlexorDeficitNm[side]).toBeLessThanOrEqual(a.summary.peakHipFlexorDeficitBeforeCompensationNm[side] + 1e-9);
        }
        expect(b.summary.trunkForwardCompensationDeg).toBeCloseTo(psi, 3); // the mirrored cycle differs by up to 5e-5° (its sums run in another order), as the deficits do (flexor-balance.test.ts)
        for (const level of ['L4/L5', 'L5/S1'] as const) expect(Math.max(...a.levels[level].compressionN)).toBeLessThan(1e4);
      }),
      { numRuns: 6 },
    );
  });
});
