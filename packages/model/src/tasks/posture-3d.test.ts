/**
 * The 3-D standing posture (docs/model.md §5.1, issue 10 §5): one-sided changes make one-sided
 * postures and loads, in the directions docs/model.md §5.4 derives from anatomy; mirrored changes
 * mirror every answer; per-body-weight loads do not drift with body size. Magnitudes are printed
 * so docs/model.md can quote them.
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import type { LevelResult, TaskResult } from '../result/types.ts';
import { solveTask } from './solve-task.ts';

const standing = (p: PartialModelParams): TaskResult => solveTask(compileModel(p), { kind: 'standing' });
const level = (r: TaskResult, name: string): LevelResult => r.lumbar.levels.find((l) => l.level === name)!;
const LOWER = ['L4/L5', 'L5/S1'] as const;
const f1 = (x: number) => x.toFixed(2);

function describeResult(label: string, r: TaskResult, h: TaskResult): void {
  const rows = r.lumbar.levels.map((l, k) => {
    const b = h.lumbar.levels[k]!;
    return `${l.level} ext ${f1(l.angleDeg - b.angleDeg)}° bend ${f1(l.lateralBendDeg)}° rot ${f1(l.axialRotationDeg)}° disc L/R ${l.leftCompressionN.toFixed(0)}/${l.rightCompressionN.toFixed(0)} N facets L/R ${l.leftFacetForceN.toFixed(0)}/${l.rightFacetForceN.toFixed(0)} N`;
  });
  console.log(
    `${label}: Δtilt ${f1(r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg)}°, ΔLL ${f1(r.lumbar.lordosisDeg - h.lumbar.lordosisDeg)}°, obliquity ${f1(r.pelvis.obliquityDeg)}°, pelvic rotation ${f1(r.pelvis.axialRotationDeg)}°, lateral curve ${f1(r.lumbar.lateralCurveDeg)}°\n  ${rows.join('\n  ')}`,
  );
}

describe('a healthy subject stands symmetric and exactly at the neutral alignment', () => {
  it('has no obliquity, rotation, lateral bend or left/right difference', () => {
    const h = standing({});
    expect(h.converged).toBe(true);
    expect(h.feasible).toBe(true);
    expect(Math.abs(h.pelvis.obliquityDeg)).toBeLessThan(1e-9);
    expect(Math.abs(h.pelvis.axialRotationDeg)).toBeLessThan(1e-9);
    for (const l of h.lumbar.levels) {
      expect(Math.abs(l.lateralBendDeg)).toBeLessThan(1e-9);
      expect(Math.abs(l.leftCompressionN - l.rightCompressionN)).toBeLessThan(1e-6);
      expect(Math.abs(l.leftFacetForceN - l.rightFacetForceN)).toBeLessThan(1e-6);
    }
  });
});

describe('one-sided changes give one-sided postures and loads', () => {
  const h = standing({});

  it('right iliopsoas tone bends the lower lumbar levels to the right and loads their right facets and right disc halves more', () => {
    const r = standing({ muscles: { iliopsoas: { right: { tone: 1 } } } });
    describeResult('right iliopsoas tone 1', r, h);
    expect(r.converged).toBe(true);
    for (const name of LOWER) {
      expect(level(r, name).lateralBendDeg).toBeGreaterThan(0.1);
      expect(level(r, name).rightFacetForceN).toBeGreaterThan(level(r, name).leftFacetForceN);
      expect(level(r, name).rightCompressionN).toBeGreaterThan(level(r, name).leftCompressionN);
    }
    // pelvic rotation stays small: the psoas has no rotation arm at the hip (Rajagopal) [docs/model.md §5.4]
    expect(Math.abs(r.pelvis.axialRotationDeg)).toBeLessThan(0.5);
    // with the thorax held upright, the upper levels bend back the other way
    expect(level(r, 'L1/L2').lateralBendDeg).toBeLessThan(0);
    // the psoas compresses every level it crosses
    for (const l of r.lumbar.levels) expect(l.compressionN).toBeGreaterThan(level(h, l.level).compressionN);
  });

  it('reports the lumbar side curve as the frontal Cobb angle L1–S1: the sum of the level bends, + when the spine bends right (convex left)', () => {
    for (const muscles of [{ iliopsoas: { right: { tone: 1 } } }, { iliopsoas: { left: { tone: 1 } } }, { quadratusLumborum: { right: { tone: 1 } } }]) {
      const r = standing({ muscles });
      const sum = r.lumbar.levels.reduce((a, l) => a + l.lateralBendDeg, 0);
      expect(Math.abs(sum)).toBeGreaterThan(0.01);
      expect(r.lumbar.lateralCurveDeg).toBeCloseTo(sum, 9);
    }
    // a right psoas pulls the lumbar column toward its side: the curve is concave right, convex left
    const r = standing({ muscles: { iliopsoas: { right: { tone: 1 } } } });
    expect(r.lumbar.lateralCurveDeg).toBeGreaterThan(0);
  });

  it('right piriformis stiffness turns the pelvis left, lowers its right side, and the lumbar spine counter-rotates', () => {
    const r = standing({ muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } });
    describeResult('right piriformis stiffness 3, tone 1', r, h);
    expect(r.pelvis.axialRotationDeg).toBeGreaterThan(0.3);
    expect(r.pelvis.obliquityDeg).toBeGreaterThan(0);
    // the thorax is held facing forward, so the upper vertebrae turn right relative to the lower ones,
    // most where the segments are most compliant in rotation (L2–L4), least at L5/S1 (the stiffest)
    for (const name of ['L2/L3', 'L3/L4']) expect(level(r, name).axialRotationDeg).toBeLessThan(0);
    expect(Math.abs(level(r, 'L5/S1').axialRotationDeg)).toBeLessThan(Math.abs(level(r, 'L3/L4').axialRotationDeg));
    // the twisted L5/S1 segment is loaded by a torque that turns its upper vertebra right: its axial part
    // presses the contralateral, left facet (docs/model.md §6.2)
    expect(level(r, 'L5/S1').axialMomentNm).toBeLessThan(0);
  });

  it('right gluteus maximus weakness barely changes quiet standing, and turns the pelvis slightly right', () => {
    const r = standing({ muscles: { gluteusMaximus: { right: { strength: 0 } } } });
    describeResult('right gluteus maximus strength 0 (standing)', r, h);
    expect(Math.abs(r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg)).toBeLessThan(2);
    expect(r.pelvis.axialRotationDeg).toBeLessThan(0);
    for (const l of r.lumbar.levels) expect(Math.abs(l.asymmetryIndex)).toBeLessThan(0.05);
  });

  it('right gluteus maximus weakness loads the spine one-sidedly where the muscle is used (trunk flexion 60°)', () => {
    const task = { kind: 'trunk-flexion', angleDeg: 60 } as const;
    const healthy = solveTask(compileModel({}), task);
    const weak = solveTask(compileModel({ muscles: { gluteusMaximus: { right: { strength: 0 } } } }), task);
    const ai = (r: TaskResult) => r.lumbar.levels.reduce((a, l) => a + Math.abs(l.asymmetryIndex) + Math.abs(l.rightFacetForceN - l.leftFacetForceN) / 1000, 0);
    console.log(`trunk flexion 60°, right gluteus maximus 0: Σ|AI| + facet difference ${ai(weak).toFixed(4)} vs healthy ${ai(healthy).toFixed(4)}`);
    expect(ai(healthy)).toBeLessThan(1e-9);
    expect(ai(weak)).toBeGreaterThan(1e-3);
  });

  it('a mirrored change mirrors every answer to 1e-9', () => {
    const right = standing({ muscles: { iliopsoas: { right: { tone: 1 } }, piriformis: { right: { stiffness: 3 } }, gluteusMaximus: { right: { strength: 0.4 } } } });
    const left = standing({ muscles: { iliopsoas: { left: { tone: 1 } }, piriformis: { left: { stiffness: 3 } }, gluteusMaximus: { left: { strength: 0.4 } } } });
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9 * Math.max(1, Math.abs(a)));
    close(right.pelvis.anteriorTiltDeg, left.pelvis.anteriorTiltDeg);
    close(right.pelvis.obliquityDeg, -left.pelvis.obliquityDeg);
    close(right.pelvis.axialRotationDeg, -left.pelvis.axialRotationDeg);
    close(right.lumbar.lateralCurveDeg, -left.lumbar.lateralCurveDeg);
    right.lumbar.levels.forEach((l, k) => {
      const m = left.lumbar.levels[k]!;
      close(l.angleDeg, m.angleDeg);
      close(l.lateralBendDeg, -m.lateralBendDeg);
      close(l.axialRotationDeg, -m.axialRotationDeg);
      close(l.compressionN, m.compressionN);
      close(l.leftCompressionN, m.rightCompressionN);
      close(l.leftFacetForceN, m.rightFacetForceN);
    });
  });
});

describe('both psoas muscles toned: the lordosis is the mechanics’ answer, not the tilt', () => {
  it('lordosis and tilt change by different amounts, and the levels take different shares', () => {
    const h = standing({});
    const r = standing({ muscles: { iliopsoas: { left: { tone: 1 }, right: { tone: 1 } } } });
    describeResult('both iliopsoas tone 1', r, h);
    const dTilt = r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg;
    const dLL = r.lumbar.lordosisDeg - h.lumbar.lordosisDeg;
    expect(dTilt).toBeGreaterThan(0.3);
    expect(dLL).toBeGreaterThan(0);
    expect(Math.abs(dLL - dTilt)).toBeGreaterThan(0.05);
    // the share of each level is the mechanics' answer (stiffness, feedback and the psoas' own arms:
    // flexor at L5/S1, docs/model.md §5.4), not a fixed rhythm
    const shares = r.lumbar.levels.map((l, k) => (l.angleDeg - h.lumbar.levels[k]!.angleDeg) / dLL);
    const rhythm = [0.255, 0.231, 0.204, 0.185, 0.125];
    expect(Math.max(...shares.map((x, k) => Math.abs(x - rhythm[k]!)))).toBeGreaterThan(0.05);
    // the psoas's flexor arm at L5/S1 (Bogduk 1992) takes lordosis away there
    expect(level(r, 'L5/S1').angleDeg).toBeLessThan(level(h, 'L5/S1').angleDeg);
  });
});

describe('per-body-weight loads do not drift with body size (docs/model.md §3.3)', () => {
  it('compression/BW, angles and activations are the same from 50 to 150 kg at 1.75 m, and at any height with mass ∝ height³', () => {
    const ref = standing({ muscles: { iliopsoas: { right: { tone: 1 } } } });
    for (const subject of [{ massKg: 50 }, { massKg: 150 }, { massKg: 75 * (1.55 / 1.75) ** 3, heightM: 1.55 }, { massKg: 75 * (2.0 / 1.75) ** 3, heightM: 2.0 }]) {
      const r = standing({ subject, muscles: { iliopsoas: { right: { tone: 1 } } } });
      r.lumbar.levels.forEach((l, k) => {
        const b = ref.lumbar.levels[k]!;
        expect(l.compressionN / r.bodyWeightN).toBeCloseTo(b.compressionN / ref.bodyWeightN, 6);
        expect(l.rightFacetForceN / r.bodyWeightN).toBeCloseTo(b.rightFacetForceN / ref.bodyWeightN, 6);
        expect(l.angleDeg).toBeCloseTo(b.angleDeg, 6);
      });
      expect(r.pelvis.obliquityDeg).toBeCloseTo(ref.pelvis.obliquityDeg, 6);
    }
  });
});

describe('converged and feasible say different things', () => {
  it('a subject whose hip extensors cannot hold a forward bend is converged but not feasible, and says so', () => {
    const weak = Object.fromEntries(['gluteusMaximus', 'hamstrings', 'adductors'].map((g) => [g, { left: { strength: 0 }, right: { strength: 0 } }]));
    const r = solveTask(compileModel({ muscles: weak }), { kind: 'trunk-flexion', angleDeg: 60 });
    expect(r.converged).toBe(true);
    expect(r.feasible).toBe(false);
    expect(r.reserves.length).toBeGreaterThan(0);
    expect(r.warnings.join(' ')).toMatch(/reserve/);
  });
});
