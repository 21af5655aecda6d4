import { describe, expect, it } from 'vitest';
import { compileModel, solveTask, type Task } from '@lumbo/model';
import { report } from './report.ts';

const TASKS: Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'left' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 45 },
  { kind: 'sitting' },
];

describe('B. Spino-pelvic alignment (validation-public.md)', () => {
  it.each(TASKS.map((t) => [t.kind + ('side' in t ? `-${t.side}` : ''), t] as const))('V13: PI = PT + SS in %s', (_, task) => {
    for (const params of [{}, { muscles: { iliopsoas: { left: { tone: 0.2 }, right: { tone: 0.2 } } } }, { subject: { pelvicIncidenceDeg: 70 } }]) {
      const r = solveTask(compileModel(params), task);
      const gap = r.pelvis.pelvicIncidenceDeg - r.pelvis.pelvicTiltDeg - r.pelvis.sacralSlopeDeg;
      expect(report({ id: 'V13', quantity: `PI − PT − SS (${task.kind})`, model: gap, reference: 'exact (Legaye 1998)', band: [-0.1, 0.1], unit: '°' })).toBe(true);
    }
  });

  it('V14: default standing alignment lies within one SD of Vialle 2005', () => {
    const r53 = solveTask(compileModel(), { kind: 'standing' });
    expect(report({ id: 'V14', quantity: 'PT at PI 53°', model: r53.pelvis.pelvicTiltDeg, reference: '13 ± 6° (Vialle 2005)', band: [7, 19], unit: '°' })).toBe(true);
    expect(report({ id: 'V14', quantity: 'SS at PI 53°', model: r53.pelvis.sacralSlopeDeg, reference: '41 ± 8.4°', band: [33, 49], unit: '°' })).toBe(true);
    const r55 = solveTask(compileModel({ subject: { pelvicIncidenceDeg: 55 } }), { kind: 'standing' });
    expect(report({ id: 'V14', quantity: 'PT at PI 55°', model: r55.pelvis.pelvicTiltDeg, reference: '13 ± 6°', band: [7, 19], unit: '°' })).toBe(true);
    expect(report({ id: 'V14', quantity: 'SS at PI 55°', model: r55.pelvis.sacralSlopeDeg, reference: '41 ± 8.4°', band: [32.6, 49.4], unit: '°' })).toBe(true);
    expect(report({ id: 'V14', quantity: 'LL at PI 55°', model: r55.lumbar.lordosisDeg, reference: '60 ± 10° (max LL)', band: [50, 70], unit: '°' })).toBe(true);
  });

  it.each([35, 45, 55, 65, 75])('V15: at PI %i° lordosis, PT and SS follow Le Huec 2017', (pi) => {
    const r = solveTask(compileModel({ subject: { pelvicIncidenceDeg: pi } }), { kind: 'standing' });
    const ll = 0.54 * pi + 27.6;
    const pt = 0.44 * pi - 11.4;
    const ss = 0.54 * pi + 11.9;
    expect(report({ id: 'V15', quantity: `LL at PI ${pi}°`, model: r.lumbar.lordosisDeg, reference: `${ll.toFixed(1)}° (Le Huec)`, band: [ll - 10, ll + 10], unit: '°' })).toBe(true);
    expect(report({ id: 'V15', quantity: `PT at PI ${pi}°`, model: r.pelvis.pelvicTiltDeg, reference: `${pt.toFixed(1)}°`, band: [Math.max(0, pt - 6), Math.min(27, pt + 6)], unit: '°' })).toBe(true);
    expect(report({ id: 'V15', quantity: `SS at PI ${pi}°`, model: r.pelvis.sacralSlopeDeg, reference: `${ss.toFixed(1)}°`, band: [Math.max(24, ss - 6), Math.min(55, ss + 6)], unit: '°' })).toBe(true);
  });

  it('V16: about two thirds of the lordosis lies at L4–S1', () => {
    const r = solveTask(compileModel(), { kind: 'standing' });
    const low = r.lumbar.levels.filter((l) => l.level === 'L4/L5' || l.level === 'L5/S1').reduce((a, l) => a + l.angleDeg, 0);
    expect(report({ id: 'V16', quantity: 'share of LL at L4–S1', model: (100 * low) / r.lumbar.lordosisDeg, reference: '67 % (Coluna/Columna); 70.8 % (PMC6680033)', band: [60, 75], unit: '%' })).toBe(true);
  });

  it('V19: a pure pelvic rotation moves ASIS–PSIS tilt and SS by +Δ and PT by −Δ', () => {
    const a = solveTask(compileModel(), { kind: 'standing' });
    const b = solveTask(compileModel({ muscles: { iliopsoas: { left: { tone: 0.2 }, right: { tone: 0.2 } } } }), { kind: 'standing' });
    const delta = b.pelvis.anteriorTiltDeg - a.pelvis.anteriorTiltDeg;
    expect(delta).toBeGreaterThan(1);
    expect(report({ id: 'V19', quantity: 'ΔPT + Δ', model: b.pelvis.pelvicTiltDeg - a.pelvis.pelvicTiltDeg + delta, reference: 'ΔPT = −Δ (rigid body)', band: [-0.1, 0.1], unit: '°' })).toBe(true);
    expect(report({ id: 'V19', quantity: 'ΔSS − Δ', model: b.pelvis.sacralSlopeDeg - a.pelvis.sacralSlopeDeg - delta, reference: 'ΔSS = +Δ', band: [-0.1, 0.1], unit: '°' })).toBe(true);
  });
});
