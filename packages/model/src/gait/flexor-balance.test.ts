/** The hip-flexor balance of a gait cycle and the forward inclination it sizes (docs/model.md §9.3, step 5). */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import { simulateGait } from './simulate.ts';
import type { GaitResult } from './types.ts';

const flexors = (side: 'left' | 'right', strength: number) => {
  const k = { [side]: { strength } };
  return simulateGait(compileModel({ muscles: { iliopsoas: k, rectusFemoris: k, tensorFasciaeLatae: k } }));
};
const argMax = (a: Float64Array) => a.reduce((best, v, i) => (v > a[best]! ? i : best), 0);
const framesWith = (r: GaitResult, pick: (i: number) => boolean) => Array.from({ length: r.frames - 1 }, (_, i) => i).filter(pick);

describe('hip-flexor balance in gait (iliopsoas, rectus femoris and TFL of one leg weakened together)', { timeout: 300_000 }, () => {
  const healthy = simulateGait(compileModel());
  const weak = new Map([1, 0.7, 0.5, 0.3, 0.1].map((s) => [s, flexors('right', s)]));

  it('at normal strength the flexors cover the pre-swing demand with room to spare: no deficit anywhere', () => {
    expect(healthy.summary.peakHipFlexorDeficitNm.right).toBe(0);
    expect(healthy.summary.peakHipFlexorDeficitNm.left).toBe(0);
    const i = argMax(healthy.hipFlexorDemandNm.right);
    expect(healthy.cyclePercent[i]).toBeGreaterThan(45); // the flexion moment peaks in pre-swing
    expect(healthy.cyclePercent[i]).toBeLessThan(62);
    expect(healthy.hipFlexorCapacityNm.right[i]).toBeGreaterThan(1.3 * healthy.hipFlexorDemandNm.right[i]!);
  });

  it('the demand is the net hip_flexion moment of inverse dynamics, and the hip extended in terminal stance stretches the anterior tissue', () => {
    for (let i = 0; i < healthy.frames; i++) expect(healthy.hipFlexorDemandNm.right[i]).toBe(healthy.hipMomentNm.right.flexionNm[i]);
    expect(healthy.hipFlexorPassiveNm.right[argMax(healthy.hipFlexorDemandNm.right)]).toBeGreaterThan(2);
  });

  it('at 50 % a small deficit appears in pre-swing only; a forward inclination of a few degrees takes it off and every frame is feasible', () => {
    const r = weak.get(0.5)!;
    const before = r.summary.peakHipFlexorDeficitBeforeCompensationNm;
    expect(before.right).toBeGreaterThan(0);
    expect(before.right).toBeLessThan(8);
    expect(before.left).toBe(0);
    expect(r.summary.trunkForwardCompensationDeg).toBeGreaterThan(2);
    expect(r.summary.trunkForwardCompensationDeg).toBeLessThan(10);
    expect(r.summary.peakHipFlexorDeficitNm.right).toBeLessThan(0.5); // what the inclined walk still leaves
    for (const i of framesWith(r, (i) => r.hipFlexorDeficitNm.right[i]! > 0)) {
      expect(r.cyclePercent[i]).toBeGreaterThanOrEqual(45);
      expect(r.cyclePercent[i]).toBeLessThanOrEqual(65);
    }
    expect(r.summary.feasibleFraction).toBe(1);
    expect(r.warnings.some((w) => /^Right hip flexors fall \d+\.\d N·m short in late stance; the trunk walks inclined \d+\.\d° forward/.test(w))).toBe(true);
    expect(healthy.warnings.some((w) => /hip flexors/.test(w))).toBe(false);
  });

  it('at 10 % the inclination reaches the centre of pressure’s limit; what it leaves is in pre-swing, where the frames the muscles cannot balance are', () => {
    const r = weak.get(0.1)!;
    expect(r.summary.peakHipFlexorDeficitBeforeCompensationNm.right).toBeGreaterThan(20);
    expect(r.summary.peakHipFlexorDeficitNm.right).toBeGreaterThan(0.5);
    const deficit = new Set(framesWith(r, (i) => r.hipFlexorDeficitNm.right[i]! > 0.5));
    for (const i of deficit) {
      expect(r.cyclePercent[i]).toBeGreaterThanOrEqual(45);
      expect(r.cyclePercent[i]).toBeLessThanOrEqual(65);
    }
    expect(r.warnings.some((w) => /^Right hip flexors fall \d+\.\d N·m short at \d+ % of the cycle even with the forward inclination/.test(w))).toBe(true);
  });

  it('the deficit before compensation and the inclination grow monotonically as the flexors weaken', () => {
    const runs = [...weak.values()];
    const peaks = runs.map((r) => r.summary.peakHipFlexorDeficitBeforeCompensationNm.right);
    const inclination = runs.map((r) => r.summary.trunkForwardCompensationDeg);
    for (let k = 1; k < peaks.length; k++) {
      expect(peaks[k]).toBeGreaterThanOrEqual(peaks[k - 1]!);
      expect(inclination[k]).toBeGreaterThanOrEqual(inclination[k - 1]!);
    }
    expect(peaks.at(-1)).toBeGreaterThan(peaks[2]! + 10);
    expect(inclination[0]).toBe(0);
  });

  it('mirrored weakness gives the mirrored deficit half a cycle later and the same inclination', () => {
    const right = weak.get(0.3)!, left = flexors('left', 0.3);
    const n = right.frames - 1;
    expect(left.summary.trunkForwardCompensationDeg).toBeCloseTo(right.summary.trunkForwardCompensationDeg, 3);
    expect(left.summary.peakHipFlexorDeficitBeforeCompensationNm.left).toBeCloseTo(right.summary.peakHipFlexorDeficitBeforeCompensationNm.right, 3);
    for (let i = 0; i < n; i++) {
      const j = (i + n / 2) % n;
      expect(left.hipFlexorDeficitNm.left[j]).toBeCloseTo(right.hipFlexorDeficitNm.right[i]!, 3);
      expect(left.hipFlexorCapacityNm.left[j]).toBeCloseTo(right.hipFlexorCapacityNm.right[i]!, 3);
    }
  });
});
