/**
 * The half-cycle mirror (docs/model.md §9.3, step 7): a symmetric model's frame half a cycle on starts its QP from
 * its twin's mirrored answer, and where its problem is the twin's mirrored its read-outs are the twin's mirrored.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../engine/compile.ts';
import { MUSCLE_FIELDS, MUSCLE_GROUPS } from '../params/fields.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { gaitCycle } from './cycle.ts';
import { walkingMotion } from './motion.ts';
import { optimiseFrames } from './optimisation.ts';
import { createPosture, type Posture } from '../geometry/posture.ts';
import { framePosture } from './frame-posture.ts';
import { halfCycleMirror, inputsMirrorTwin, leftRightSymmetric, mirrorElements, MIRROR_TOLERANCE } from './half-cycle-mirror.ts';
import { cycleWith, largestRelativeDifference } from './cycle-difference.test-support.ts';

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

/** Largest difference between two postures, over every number and array entry (rad or m). */
function postureDifference(a: Posture, b: Posture): number {
  let d = 0;
  for (const key of Object.keys(a) as (keyof Posture)[]) {
    const x = a[key], y = b[key];
    if (typeof x === 'number' && typeof y === 'number') d = Math.max(d, Math.abs(x - y));
    else if (x instanceof Float64Array && y instanceof Float64Array) x.forEach((v, k) => (d = Math.max(d, Math.abs(v - y[k]!))));
  }
  return d;
}

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

  it('maps each element to the other side’s of the same name, and none when a side’s knob differs', () => {
    const model = compileModel(symmetric);
    const element = mirrorElements(model.elements)!;
    const names = model.elements.name;
    names.forEach((name, e) => expect(names[element[e]!]).toBe(name.replace(/_l$/, '_x').replace(/_r$/, '_l').replace(/_x$/, '_r')));
    expect(mirrorElements(compileModel({ muscles: { piriformis: { left: { stiffness: 2 } } } }).elements)).toBeNull();
  });

  it('reads the second half of a symmetric cycle from the first, every series (the drawing’s too) within 1e-8 of solving each frame', () => {
    const weak = { strength: 0.25 };
    for (const params of [{}, symmetric, { muscles: { gluteusMedius: { left: weak, right: weak }, gluteusMinimus: { left: weak, right: weak } } }]) {
      const read = cycleWith(params);
      const solved = cycleWith(params, { mirrorFrames: false });
      expect(read.mirrored).toBe(50); // frames 50–99 of 100 unique
      expect(solved.mirrored).toBe(0);
      const difference = largestRelativeDifference(read.result, solved.result);
      expect(difference).toBeLessThan(1e-8);
      expect(difference).toBeGreaterThan(0); // not the same floating-point path: the frames were read, not solved
    }
  });

  it('reads a symmetric cycle so for any bilateral change of any muscle’s knob over its whole range', () => {
    const fields = MUSCLE_FIELDS.filter((f) => f.side === 'right');
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.double({ min: 0, max: 1, noNaN: true }), (field, u) => {
        const knob = { [field.knob]: field.min + u * (field.max - field.min) };
        const params = { muscles: { [field.group]: { left: knob, right: knob } } } as PartialModelParams;
        const read = cycleWith(params);
        expect(read.mirrored).toBeGreaterThanOrEqual(50);
        // two solves of one problem from different starts agree to the QP's convergence, which stops at a 10⁻⁵ N·m
        // imbalance: at the ends of the ranges (erector spinae at 0) that is up to 1.4 × 10⁻⁸ of a series' range
        expect(largestRelativeDifference(read.result, cycleWith(params, { mirrorFrames: false }).result)).toBeLessThan(1e-7);
      }),
      { numRuns: 8 },
    );
  });

  it('solves every frame of a one-sided model', () => {
    expect(cycleWith({ muscles: { gluteusMedius: { right: { strength: 0.5 } } } }).mirrored).toBe(0);
  });

  it('takes nothing from a twin whose problem is not the frame’s mirrored: any input that moves the frame by more than the tolerance', () => {
    const { motion } = firstPass({}, true);
    const mirror = halfCycleMirror(motion.model, motion.solver, 101, true)!;
    const posture = createPosture(), scratch = createPosture();
    const cap = () => 1;
    const mirrors = (i: number, input = motion) => inputsMirrorTwin(mirror, input, i, i - 50, framePosture(input.base, i, input.ref, input.adj, i, posture), scratch, [], cap);
    for (let i = 50; i < 100; i++) expect(mirrors(i)).toBe(true);
    const adjustment = fc.constantFrom('drop', 'lean', 'lurch', 'level', 'hipRotation', 'tilt', 'incline');
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 99 }), adjustment, fc.integer({ min: 0, max: 1 }), fc.double({ min: 1e3 * MIRROR_TOLERANCE, max: 0.2, noNaN: true }), (i, key, side, delta) => {
        const adj = { ...motion.adj, [key]: motion.adj[key].slice() };
        const perFrame = adj[key].length / 101;
        adj[key][i * perFrame + (perFrame === 2 ? side : 0)]! += delta;
        // an adjustment acts through the frame's posture, some of them scaled (the share held level multiplies the
        // baseline pelvic list, 0.05° at 53 %): only a change that moves the posture beyond the tolerance makes
        // a different problem (fast-check found frame 53, level + 1e-6 → 8e-10 rad, correctly mirrored)
        const moved = postureDifference(framePosture(motion.base, i, motion.ref, motion.adj, i, createPosture()), framePosture(motion.base, i, motion.ref, adj, i, createPosture()));
        fc.pre(moved > 10 * MIRROR_TOLERANCE);
        expect(mirrors(i, { ...motion, adj })).toBe(false);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 99 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('accel', 'hip', 'knee'), fc.double({ min: 1e-3, max: 10, noNaN: true }), (i, k, what, delta) => {
        if (what === 'accel') {
          const accel = motion.kin.accel.slice();
          accel[i * 33 + k]! += delta;
          expect(mirrors(i, { ...motion, kin: { ...motion.kin, accel } })).toBe(false);
        } else {
          const key = what === 'hip' ? 'grfMomentAtHip' : 'grfMomentAtKnee';
          const table = motion.id[key].slice();
          table[i * 6 + (k % 6)]! += delta;
          expect(mirrors(i, { ...motion, id: { ...motion.id, [key]: table } })).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });
});
