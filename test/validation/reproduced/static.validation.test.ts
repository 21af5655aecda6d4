/**
 * Validation rows the model REPRODUCES rather than predicts (docs/model.md §12): the reference is a
 * model input (`input`), a value the model was calibrated to (`calibration`), or an identity of the
 * geometry or of a closed-form split (`identity`). They guard the implementation, not the science.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, halfSectionFactorPerM, passiveRotationRangeDeg, solveTask, splitDiscCompression, type Task } from '@lumbo/model';
import { report } from '../report.ts';

const TASKS: Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'left' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 45 },
  { kind: 'sitting' },
];

describe('Identities (geometry and the closed-form disc split)', () => {
  it('V11: a pure lateral-bending moment splits L4/L5 compression by 62.8 N per N·m (elliptical section)', () => {
    const w = 0.054; // L4/L5 lateral width (Remus 2021)
    const split = { leftN: 0, rightN: 0, asymmetryIndex: 0, liftOff: false };
    splitDiscCompression(1000, 1, w, split);
    const difference = split.rightN - split.leftN;
    expect(halfSectionFactorPerM(w)).toBeCloseTo(31.4, 1);
    expect(report({ id: 'V11', kind: 'identity', quantity: 'F_R − F_L per N·m at L4/L5', model: difference, reference: '62.8 N (closed form)', band: [62.8 * 0.98, 62.8 * 1.02], unit: 'N' })).toBe(true);
    expect(split.leftN + split.rightN).toBeCloseTo(1000, 9);
  });


  it.each(TASKS.map((t) => [t.kind + ('side' in t ? `-${t.side}` : ''), t] as const))('V13: PI = PT + SS in %s', (_, task) => {
    for (const params of [{}, { muscles: { iliopsoas: { left: { tone: 1, tightness: 1 }, right: { tone: 1, tightness: 1 } } } }, { subject: { pelvicIncidenceDeg: 70 } }]) {
      const r = solveTask(compileModel(params), task);
      const gap = r.pelvis.pelvicIncidenceDeg - r.pelvis.pelvicTiltDeg - r.pelvis.sacralSlopeDeg;
      expect(report({ id: 'V13', kind: 'identity', quantity: `PI − PT − SS (${task.kind})`, model: gap, reference: 'exact (Legaye 1998)', band: [-0.1, 0.1], unit: '°' })).toBe(true);
    }
  });


  it('V19: a pure pelvic rotation moves ASIS–PSIS tilt and SS by +Δ and PT by −Δ', () => {
    const a = solveTask(compileModel(), { kind: 'standing' });
    const b = solveTask(compileModel({ muscles: { iliopsoas: { left: { tone: 1, tightness: 1 }, right: { tone: 1, tightness: 1 } } } }), { kind: 'standing' });
    const delta = b.pelvis.anteriorTiltDeg - a.pelvis.anteriorTiltDeg;
    expect(delta).toBeGreaterThan(1);
    expect(report({ id: 'V19', kind: 'identity', quantity: 'ΔPT + Δ', model: b.pelvis.pelvicTiltDeg - a.pelvis.pelvicTiltDeg + delta, reference: 'ΔPT = −Δ (rigid body)', band: [-0.1, 0.1], unit: '°' })).toBe(true);
    expect(report({ id: 'V19', kind: 'identity', quantity: 'ΔSS − Δ', model: b.pelvis.sacralSlopeDeg - a.pelvis.sacralSlopeDeg - delta, reference: 'ΔSS = +Δ', band: [-0.1, 0.1], unit: '°' })).toBe(true);
  });
});

describe('Inputs (neutral alignment regressions and the trunk-flexion rhythm)', () => {
  it('V12: trunk flexion is shared over the levels by the Christophy rhythm (±5 percentage points)', () => {
    const model = compileModel();
    const standing = solveTask(model, { kind: 'standing' });
    const bent = solveTask(model, { kind: 'trunk-flexion', angleDeg: 60 });
    const change = standing.lumbar.levels.map((l, k) => l.angleDeg - bent.lumbar.levels[k]!.angleDeg);
    const total = change.reduce((a, b) => a + b, 0);
    const expected = [25.5, 23.1, 20.4, 18.5, 12.5];
    change.forEach((c, k) => {
      const share = (100 * c) / total;
      const ref = expected[k]!;
      expect(
        report({ id: 'V12', kind: 'input', quantity: `${standing.lumbar.levels[k]!.level} share of lumbar flexion at 60° trunk flexion`, model: share, reference: `${ref} % (Christophy 2012)`, band: [ref - 5, ref + 5], unit: '%' }),
      ).toBe(true);
    });
  });

  it('V14: default standing alignment lies within one SD of Vialle 2005', () => {
    const r53 = solveTask(compileModel(), { kind: 'standing' });
    expect(report({ id: 'V14', kind: 'input', quantity: 'PT at PI 53°', model: r53.pelvis.pelvicTiltDeg, reference: '13 ± 6° (Vialle 2005)', band: [7, 19], unit: '°' })).toBe(true);
    expect(report({ id: 'V14', kind: 'input', quantity: 'SS at PI 53°', model: r53.pelvis.sacralSlopeDeg, reference: '41 ± 8.4°', band: [33, 49], unit: '°' })).toBe(true);
    const r55 = solveTask(compileModel({ subject: { pelvicIncidenceDeg: 55 } }), { kind: 'standing' });
    expect(report({ id: 'V14', kind: 'input', quantity: 'PT at PI 55°', model: r55.pelvis.pelvicTiltDeg, reference: '13 ± 6°', band: [7, 19], unit: '°' })).toBe(true);
    expect(report({ id: 'V14', kind: 'input', quantity: 'SS at PI 55°', model: r55.pelvis.sacralSlopeDeg, reference: '41 ± 8.4°', band: [32.6, 49.4], unit: '°' })).toBe(true);
    expect(report({ id: 'V14', kind: 'input', quantity: 'LL at PI 55°', model: r55.lumbar.lordosisDeg, reference: '60 ± 10° (max LL)', band: [50, 70], unit: '°' })).toBe(true);
  });


  it.each([35, 45, 55, 65, 75])('V15: at PI %i° lordosis, PT and SS follow Le Huec 2017', (pi) => {
    const r = solveTask(compileModel({ subject: { pelvicIncidenceDeg: pi } }), { kind: 'standing' });
    const ll = 0.54 * pi + 27.6;
    const pt = 0.44 * pi - 11.4;
    const ss = 0.54 * pi + 11.9;
    expect(report({ id: 'V15', kind: 'input', quantity: `LL at PI ${pi}°`, model: r.lumbar.lordosisDeg, reference: `${ll.toFixed(1)}° (Le Huec)`, band: [ll - 10, ll + 10], unit: '°' })).toBe(true);
    expect(report({ id: 'V15', kind: 'input', quantity: `PT at PI ${pi}°`, model: r.pelvis.pelvicTiltDeg, reference: `${pt.toFixed(1)}°`, band: [Math.max(0, pt - 6), Math.min(27, pt + 6)], unit: '°' })).toBe(true);
    expect(report({ id: 'V15', kind: 'input', quantity: `SS at PI ${pi}°`, model: r.pelvis.sacralSlopeDeg, reference: `${ss.toFixed(1)}°`, band: [Math.max(24, ss - 6), Math.min(55, ss + 6)], unit: '°' })).toBe(true);
  });


  it('V16: about two thirds of the lordosis lies at L4–S1', () => {
    const r = solveTask(compileModel(), { kind: 'standing' });
    const low = r.lumbar.levels.filter((l) => l.level === 'L4/L5' || l.level === 'L5/S1').reduce((a, l) => a + l.angleDeg, 0);
    expect(report({ id: 'V16', kind: 'input', quantity: 'share of LL at L4–S1', model: (100 * low) / r.lumbar.lordosisDeg, reference: '67 % (Coluna/Columna); 70.8 % (PMC6680033)', band: [60, 75], unit: '%' })).toBe(true);
  });

});

describe('Calibrations', () => {
  it('V22: voluntary hip abduction capacity at 100 % strength matches Sugimoto 2014', () => {
    const model = compileModel();
    const r = solveTask(model, { kind: 'standing' });
    const perKg = r.hips.right.abductorVoluntaryCapacityNm / model.bodyMassKg;
    expect(report({ id: 'V22', kind: 'calibration', quantity: 'voluntary abduction capacity', model: perKg, reference: '1.29 ± 0.24 N·m/kg (males)', band: [1.0, 1.6], unit: 'N·m/kg' })).toBe(true);
  });


  it('V28: passive internal rotation range at default stiffness is normal (the ligament curve is anchored at the criterion moment)', () => {
    const ir0 = passiveRotationRangeDeg(compileModel(), 'right', 0, 'internal');
    expect(report({ id: 'V28', kind: 'calibration', quantity: 'IR range at 0° flexion (5 N·m)', model: ir0, reference: 'prone 35.2°, supine 29.6° (Kouyoumdjian 2012)', band: [25, 45], unit: '°' })).toBe(true);
  });
});
