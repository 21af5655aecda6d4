import { describe, expect, it } from 'vitest';
import { compileModel, solveTask, hipRotationMomentArmM, passiveRotationRangeDeg } from '@lumbo/model';
import { report } from './report.ts';

describe('C. Hip (validation-public.md, static rows)', () => {
  it('V22: voluntary hip abduction capacity at 100 % strength matches Sugimoto 2014', () => {
    const model = compileModel();
    const r = solveTask(model, { kind: 'standing' });
    const perKg = r.hips.right.abductorVoluntaryCapacityNm / model.bodyMassKg;
    expect(report({ id: 'V22', quantity: 'voluntary abduction capacity', model: perKg, reference: '1.29 ± 0.24 N·m/kg (males)', band: [1.0, 1.6], unit: 'N·m/kg' })).toBe(true);
  });

  it('V24 (static): 50 % abductor strength on one side adds no pelvic drop or trunk lean in single-leg stance', () => {
    const healthy = solveTask(compileModel(), { kind: 'single-leg-stance', side: 'right' });
    for (const duchenne of [0, 0.5, 1]) {
      const weak = solveTask(
        compileModel({ muscles: { gluteusMedius: { right: { strength: 0.5 } }, gluteusMinimus: { right: { strength: 0.5 } } }, strategy: { duchenne } }),
        { kind: 'single-leg-stance', side: 'right' },
      );
      const drop = Math.abs(weak.pelvis.obliquityDeg - healthy.pelvis.obliquityDeg);
      const lean = Math.abs(weak.trunk.lateralLeanDeg - healthy.trunk.lateralLeanDeg);
      expect(report({ id: 'V24', quantity: `added pelvic drop, strategy ${duchenne}`, model: drop, reference: 'no change (Kendall 2013, Pohl 2015)', band: [0, 2], unit: '°' })).toBe(true);
      expect(report({ id: 'V24', quantity: `added trunk lean, strategy ${duchenne}`, model: lean, reference: 'no change', band: [0, 2], unit: '°' })).toBe(true);
    }
  });

  it('V27: the piriformis turns from external to internal rotator between 40° and 75° of hip flexion', () => {
    const model = compileModel();
    let crossing = NaN;
    let previous = hipRotationMomentArmM(model, 'piriformis', 'right', 0);
    expect(previous).toBeLessThan(0);
    for (let f = 1; f <= 90; f++) {
      const arm = hipRotationMomentArmM(model, 'piriformis', 'right', f);
      if (previous < 0 && arm >= 0) crossing = f;
      previous = arm;
    }
    expect(previous).toBeGreaterThan(0);
    expect(report({ id: 'V27', quantity: 'piriformis rotation moment-arm zero crossing', model: crossing, reference: 'ER at 0°, IR at high flexion (Delp 1999); model files 45–60°', band: [40, 75], unit: '° flexion' })).toBe(true);
  });

  it('V28: passive internal rotation range is normal at default and shrinks as piriformis stiffness rises', () => {
    const ir0 = passiveRotationRangeDeg(compileModel(), 'right', 0, 'internal');
    expect(report({ id: 'V28', quantity: 'IR range at 0° flexion (5 N·m)', model: ir0, reference: 'prone 35.2°, supine 29.6° (Kouyoumdjian 2012)', band: [25, 45], unit: '°' })).toBe(true);
    let lastIr = Infinity;
    let lastEr = Infinity;
    for (const stiffness of [1, 1.5, 2, 2.5, 3]) {
      const model = compileModel({ muscles: { piriformis: { right: { stiffness } } } });
      const ir = passiveRotationRangeDeg(model, 'right', 0, 'internal');
      const er90 = passiveRotationRangeDeg(model, 'right', 90, 'external');
      expect(ir).toBeLessThan(lastIr);
      expect(er90).toBeLessThan(lastEr);
      lastIr = ir;
      lastEr = er90;
    }
  });
});
