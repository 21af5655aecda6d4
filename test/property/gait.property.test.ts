/**
 * Gait over the abductor-weakness × strategy range (fast-check, seeded; few runs, each is a whole
 * cycle): finite series, `feasible` honest about the reserves, the measured forces untouched by the
 * parameters, and the net hip moments continuous from frame to frame.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel, simulateGait } from '@lumbo/model';

const SEED = Number(process.env.LUMBO_SEED ?? 20261202);
const BW = 75 * 9.80665;

describe('gait over the abductor weakness × strategy range', () => {
  it('gives finite series, an honest feasible flag and continuous hip moments', () => {
    const reference = simulateGait(compileModel());
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (medius, minimus, duchenne) => {
        const model = compileModel({ muscles: { gluteusMedius: { right: { strength: medius } }, gluteusMinimus: { right: { strength: minimus } } }, strategy: { duchenne } });
        const r = simulateGait(model);
        // the static tasks' threshold, 1 N·m at the reference body, scaled with s_m·s_h (docs/model.md §4.4)
        const threshold = 1 * model.geometry.massScale * model.geometry.lengthScale;
        for (const a of [r.pelvicObliquityDeg, r.trunkLateralLeanDeg, r.levels['L4/L5'].leftCompressionN, r.hipContactForceN.right, r.hipMomentNm.right.adductionNm, r.residualMomentNm.x]) {
          expect(a.every(Number.isFinite)).toBe(true);
        }
        r.feasible.forEach((f, i) => {
          if (f === 1) expect(r.maxReserveNm[i]!).toBeLessThanOrEqual(threshold);
          else expect(r.maxReserveNm[i]! > threshold || r.warnings.length > 0).toBe(true);
        });
        // the measured forces are data: no parameter changes them
        expect(Array.from(r.groundReactionForceN.right.y)).toEqual(Array.from(reference.groundReactionForceN.right.y));
        const add = r.hipMomentNm.right.adductionNm;
        for (let i = 1; i < add.length; i++) expect(Math.abs(add[i]! - add[i - 1]!)).toBeLessThan(0.05 * BW);
      }),
      { seed: SEED, numRuns: 6 },
    );
  }, 600_000);
});
