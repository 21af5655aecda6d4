import { describe, expect, it } from 'vitest';
import { compileModel } from '../../engine/compile.ts';
import { DEFAULT_PARAMS } from '../../params/schema.ts';
import { DEFAULT_BODY_REFERENCE } from './default-reference-data.ts';
import { computeStandingReference, standingReference, type StandingReference } from './reference.ts';

/** Largest |a − b| over two arrays of the same length (Infinity when the lengths differ). */
function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Infinity;
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

/** The per-field differences of two references (every array the solver reads, and the scalar gains). */
function differences(a: StandingReference, b: StandingReference): Record<string, number> {
  return {
    activation: maxAbsDiff(a.activation, b.activation),
    referenceLength: maxAbsDiff(a.referenceLength, b.referenceLength),
    thoraxReference: maxAbsDiff(a.thoraxReference, b.thoraxReference),
    arms: maxAbsDiff(a.arms, b.arms),
    bias: maxAbsDiff(a.bias, b.bias),
    jacobian: maxAbsDiff(a.jacobian, b.jacobian),
    feedback: maxAbsDiff(a.gains.feedback, b.gains.feedback),
    thoraxNmPerRad: Math.abs(a.gains.thoraxNmPerRad - b.gains.thoraxNmPerRad),
    listNmPerRad: Math.abs(a.gains.listNmPerRad - b.gains.listNmPerRad),
    passiveScale: Math.abs(a.gains.passiveScale - b.gains.passiveScale),
  };
}

describe('the shipped default-body reference (default-reference-data.ts)', () => {
  it('is the default subject’s body', () => {
    const { massKg, heightM, pelvicIncidenceDeg } = DEFAULT_PARAMS.subject;
    expect(DEFAULT_BODY_REFERENCE.body).toEqual({ massKg, heightM, pelvicIncidenceDeg });
  });

  it('equals the reference computed now (regenerate with pnpm --filter @lumbo/model generate:reference)', () => {
    const model = compileModel();
    const computed = computeStandingReference(model);
    const shipped = standingReference(model);
    // the shipped numbers are what standingReference hands the default body …
    expect(shipped.jacobian).toBe(DEFAULT_BODY_REFERENCE.jacobian);
    expect(shipped.base).toEqual(computed.base);
    // … and they are the computation's own doubles (written with round-trip precision); the
    // bound only allows for another Math library (Jacobian entries reach ~1e3 N·m/rad)
    for (const [field, diff] of Object.entries(differences(shipped, computed))) expect(diff, field).toBeLessThanOrEqual(1e-9);
  });

  it('is used for the default body only: another mass, height or PI computes its own', () => {
    for (const subject of [{ massKg: 90 }, { heightM: 1.6 }, { pelvicIncidenceDeg: 54 }]) {
      const model = compileModel({ subject });
      const ref = standingReference(model);
      expect(ref.jacobian, JSON.stringify(subject)).not.toBe(DEFAULT_BODY_REFERENCE.jacobian);
      // its own numbers, not the default body's
      expect(Math.max(...Object.values(differences(ref, computeStandingReference(model)))), JSON.stringify(subject)).toBe(0);
      expect(maxAbsDiff(ref.jacobian, DEFAULT_BODY_REFERENCE.jacobian), JSON.stringify(subject)).toBeGreaterThan(1e-3);
    }
  });

  it('serves a default body whatever its muscles, posture offset or disc height (they do not enter the reference)', () => {
    const model = compileModel({ subject: { asisPsisNeutralDeg: 15, discHeightLoss: 0.3 }, muscles: { iliopsoas: { left: { tone: 0.3 } } } });
    expect(standingReference(model).jacobian).toBe(DEFAULT_BODY_REFERENCE.jacobian);
    expect(Math.max(...Object.values(differences(standingReference(model), computeStandingReference(model))))).toBeLessThanOrEqual(1e-9);
  });
});
