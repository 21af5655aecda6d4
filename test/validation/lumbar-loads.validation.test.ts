import { describe, expect, it } from 'vitest';
import { compileModel, halfSectionFactorPerM, solveTask, splitDiscCompression } from '@lumbo/model';
import { report } from './report.ts';

describe('A. Lumbar loads (validation-public.md)', () => {
  it('V01: L4/L5 intradiscal pressure in relaxed standing is near Wilke 1999 (0.50 MPa)', () => {
    const r = solveTask(compileModel(), { kind: 'standing' });
    const idp = r.lumbar.levels.find((l) => l.level === 'L4/L5')!.intradiscalPressureMPa;
    expect(report({ id: 'V01', quantity: 'L4/L5 IDP, relaxed standing', model: idp, reference: '0.50 MPa (Wilke 1999)', band: [0.35, 0.65], unit: 'MPa' })).toBe(true);
  });

  it('V11: a pure lateral-bending moment splits L4/L5 compression by 62.8 N per N·m (elliptical section)', () => {
    const w = 0.054; // L4/L5 lateral width (Remus 2021)
    const split = { leftN: 0, rightN: 0, asymmetryIndex: 0, liftOff: false };
    splitDiscCompression(1000, 1, w, split);
    const difference = split.rightN - split.leftN;
    expect(halfSectionFactorPerM(w)).toBeCloseTo(31.4, 1);
    expect(report({ id: 'V11', quantity: 'F_R − F_L per N·m at L4/L5', model: difference, reference: '62.8 N (closed form)', band: [62.8 * 0.98, 62.8 * 1.02], unit: 'N' })).toBe(true);
    expect(split.leftN + split.rightN).toBeCloseTo(1000, 9);
  });

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
        report({ id: 'V12', quantity: `${standing.lumbar.levels[k]!.level} share of lumbar flexion at 60° trunk flexion`, model: share, reference: `${ref} % (Christophy 2012)`, band: [ref - 5, ref + 5], unit: '%' }),
      ).toBe(true);
    });
  });
});
