/**
 * The first optimisation pass and the compensation it decides (docs/model.md §9.3): once a frame shows an
 * abductor or extensor deficit the motion will be compensated, so the frames after it are only read for the
 * hips' balances and are optimised once, on the compensated motion.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { compensate, createAdjustments, createHipBalance, needsCompensationAt } from './compensation.ts';
import { simulateGait } from './simulate.ts';
import { cycleWith as cycleAs, largestRelativeDifference } from './cycle-difference.test-support.ts';

/** The cycle, the first pass reading only the balances after the first deficit (`readOnlyAfterDeficit`) or not. */
const cycleWith = (params: PartialModelParams, readOnlyAfterDeficit: boolean) => cycleAs(params, { readOnlyAfterDeficit });

const weakRight = { gluteusMedius: { right: { strength: 0.25 } }, gluteusMinimus: { right: { strength: 0.25 } } };

describe('the first optimisation pass of a gait cycle', { timeout: 300_000 }, () => {
  it('optimises every frame of a cycle in which no frame shows a deficit (nothing will be compensated)', () => {
    const { balances } = cycleWith({}, true);
    expect(Array.from(balances.solved.subarray(0, -1)).every((s) => s === 1)).toBe(true);
  });

  it('after the first frame with a deficit only reads the balances, which are the ones a full optimisation reads', () => {
    const fast = cycleWith({ muscles: weakRight }, true).balances;
    const full = cycleWith({ muscles: weakRight }, false).balances;
    const first = fast.solved.indexOf(0);
    expect(first).toBeGreaterThan(0); // the weak right hip is short of abductors in its loading response
    expect(first).toBeLessThan(20);
    expect(needsCompensationAt(fast.balance, first - 1)).toBe(true);
    for (let i = 0; i < first - 1; i++) expect(needsCompensationAt(fast.balance, i)).toBe(false);
    expect(Array.from(fast.solved.subarray(first, -1)).every((s) => s === 0)).toBe(true);
    for (const key of ['abductorCapacityNm', 'passiveAbductionNm', 'extensorCapacityNm', 'abductorDemandNm', 'extensorDemandNm'] as const) {
      expect(Array.from(fast.balance[key])).toEqual(Array.from(full.balance[key]));
    }
    expect(Array.from(fast.flexors.capacityNm)).toEqual(Array.from(full.flexors.capacityNm));
    expect(Array.from(fast.flexors.passiveNm)).toEqual(Array.from(full.flexors.passiveNm));
  });

  it('gives the cycle a first pass optimising every frame gives, to the QP’s round-off, for either strategy and either side', () => {
    for (const params of [
      { muscles: weakRight },
      { muscles: weakRight, strategy: { duchenne: 1 } },
      { muscles: { gluteusMedius: { left: { strength: 0.1 } }, gluteusMinimus: { left: { strength: 0.1 } } }, strategy: { duchenne: 0.5 } },
    ]) {
      const fast = cycleWith(params, true).result;
      expect(largestRelativeDifference(cycleWith(params, false).result, fast)).toBeLessThan(1e-8);
      expect(largestRelativeDifference(simulateGait(compileModel(params)), fast)).toBe(0); // simulate.ts is this pipeline
    }
  });

  it('stops optimising exactly when `compensate` would compensate: a deficit at any frame, in stance, of either leg', () => {
    const N = 11;
    const values = fc.array(fc.double({ min: 0, max: 80, noNaN: true }), { minLength: N * 2, maxLength: N * 2 });
    fc.assert(
      fc.property(values, values, values, values, fc.array(fc.boolean(), { minLength: N * 2, maxLength: N * 2 }), fc.double({ min: 0, max: 1, noNaN: true }), (abDemand, abCap, extDemand, extCap, stance, duchenne) => {
        const b = createHipBalance(N);
        b.abductorDemandNm.set(abDemand);
        b.abductorCapacityNm.set(abCap);
        b.extensorDemandNm.set(extDemand);
        b.extensorCapacityNm.set(extCap);
        b.stance.set(stance.map(Number));
        let any = false;
        for (let i = 0; i < N; i++) any ||= needsCompensationAt(b, i);
        expect(compensate(b, duchenne, 300, createAdjustments(N))).toBe(any);
      }),
    );
  });
});
