/** The half-cycle mirror warm start (docs/model.md §9.3, step 7): found sooner, never taken from the mirror. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../engine/compile.ts';
import { MUSCLE_GROUPS } from '../params/fields.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { gaitCycle } from './cycle.ts';
import { walkingMotion } from './motion.ts';
import { optimiseFrames } from './optimisation.ts';
import { halfCycleMirror, leftRightSymmetric } from './half-cycle-mirror.ts';

/** Each frame's Newton steps and activations over the walking motion's first pass, with the mirror allowed or not. */
function firstPass(params: PartialModelParams, mirrorAllowed: boolean) {
  const model = compileModel(params);
  const cycle = gaitCycle({});
  const motion = walkingMotion(model, cycle);
  const qp = motion.solver.qp;
  const steps: number[] = [];
  const activations: number[][] = [];
  optimiseFrames({ ...motion, builtIn: mirrorAllowed && motion.builtIn }, null, () => {
    steps.push(qp.iterations);
    activations.push(Array.from(qp.x.subarray(0, model.elements.count)));
  });
  return { model, motion, steps, activations };
}

const symmetric: PartialModelParams = { muscles: { iliopsoas: { left: { tightness: 0.8, tone: 1 }, right: { tightness: 0.8, tone: 1 } } } };

describe('the half-cycle mirror of a gait cycle', { timeout: 120_000 }, () => {
  it('applies to a model whose left and right knobs are equal, not to one with any knob differing', () => {
    expect(leftRightSymmetric(compileModel().params)).toBe(true);
    expect(leftRightSymmetric(compileModel(symmetric).params)).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...MUSCLE_GROUPS), fc.constantFrom('left', 'right'), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (group, side, strength) => {
        expect(leftRightSymmetric(compileModel({ muscles: { [group]: { [side]: { strength } } } }).params)).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it('maps each hip and knee equation to the other leg’s and each level to itself, turning the frontal and axial signs', () => {
    const { model, motion } = firstPass({}, true);
    const mirror = halfCycleMirror(model, motion.solver, 101, true)!;
    expect(mirror.half).toBe(50);
    const { rowGroup, rowAxis, groups } = motion.solver;
    for (let j = 0; j < mirror.row.length; j++) {
      const label = groups[rowGroup[j]!]!.label;
      const other = groups[rowGroup[mirror.row[j]!]!]!.label;
      expect(other).toBe(label.replace(/_l$/, '_x').replace(/_r$/, '_l').replace(/_x$/, '_r'));
      expect(rowAxis[mirror.row[j]!]).toBe(rowAxis[j]);
      expect(mirror.sign[j]).toBe(rowAxis[j] === 2 ? 1 : -1);
    }
    expect(halfCycleMirror(model, motion.solver, 100, true)).toBeNull(); // an odd number of unique frames
    expect(halfCycleMirror(model, motion.solver, 101, false)).toBeNull(); // the caller's own kinematics
  });

  it('starts every frame of the second half at its answer: no Newton step, where the extrapolated start needs ~2.5', () => {
    const mirrored = firstPass(symmetric, true);
    const plain = firstPass(symmetric, false);
    expect(mirrored.steps.slice(50).every((s) => s === 0)).toBe(true);
    expect(mirrored.steps.slice(0, 50)).toEqual(plain.steps.slice(0, 50)); // the first half is solved as before
    expect(plain.steps.slice(50).reduce((a, b) => a + b, 0) / 50).toBeGreaterThan(1.5);
  });

  it("gives the answers solving every frame gives, to the QP’s round-off: activations within 1e-9", () => {
    const mirrored = firstPass(symmetric, true);
    const plain = firstPass(symmetric, false);
    let worst = 0;
    mirrored.activations.forEach((a, i) => a.forEach((v, e) => (worst = Math.max(worst, Math.abs(v - plain.activations[i]![e]!)))));
    expect(worst).toBeLessThan(1e-9);
    expect(worst).toBeGreaterThan(0); // the mirror was used: not the same floating-point path
  });

  it('is not used for a one-sided model: its cycle is not its own mirror', () => {
    const { model, motion, steps } = firstPass({ muscles: { gluteusMedius: { right: { strength: 0.5 } } } }, true);
    expect(halfCycleMirror(model, motion.solver, 101, true)).toBeNull();
    expect(steps.slice(50).some((s) => s > 0)).toBe(true);
  });
});
