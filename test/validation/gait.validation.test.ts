import { describe, expect, it } from 'vitest';
import { compileModel, simulateGait } from '@lumbo/model';
import { report } from './report.ts';

const healthy = simulateGait(compileModel());

describe('C. Gait (validation-public.md)', () => {
  it('V20: peak hip abductor moment of normal walking', () => {
    expect(report({ id: 'V20', kind: 'predicted', quantity: 'peak hip abductor demand', model: healthy.summary.peakHipAbductorDemandNmPerKg, reference: '0.78 N·m/kg (CGM2.3), 0.58/0.85 (subject01)', band: [0.6, 1.1], unit: 'N·m/kg' })).toBe(true);
  });

  it('V23: pelvic obliquity peak-to-peak of normal walking', () => {
    expect(report({ id: 'V23', kind: 'input', quantity: 'pelvic obliquity peak-to-peak', model: healthy.summary.pelvicObliquityRangeDeg, reference: '7.1° (subject01), 8.2 ± 1.7° (Reininga 2012)', band: [5, 13], unit: '°' })).toBe(true);
  });

  // the gait issue states V24 for one gluteus medius at 50 %; with the minimus also at 50 % the model's
  // dynamic demand peaks (1.07 N·m/kg, above CGM's 0.78) exceed the halved capacity: see docs/model.md
  it('V24: one gluteus medius at 50 % adds ≤ 2° of drop or lean in gait', () => {
    for (const duchenne of [0, 1]) {
      const r = simulateGait(compileModel({ muscles: { gluteusMedius: { right: { strength: 0.5 } } }, strategy: { duchenne } }));
      const drop = r.summary.rightStance.peakContralateralDropDeg - healthy.summary.rightStance.peakContralateralDropDeg;
      const lean = r.summary.rightStance.peakTrunkLeanTowardStanceDeg - healthy.summary.rightStance.peakTrunkLeanTowardStanceDeg;
      expect(report({ id: 'V24', kind: 'predicted', quantity: `added pelvic drop in gait, strategy ${duchenne}`, model: drop, reference: 'no change (Kendall 2013, Pohl 2015)', band: [-2, 2], unit: '°' })).toBe(true);
      expect(report({ id: 'V24', kind: 'predicted', quantity: `added trunk lean in gait, strategy ${duchenne}`, model: lean, reference: 'no change', band: [-2, 2], unit: '°' })).toBe(true);
    }
  });

  it('V25: Duchenne compensation of a severe gluteus medius deficit (25 %)', () => {
    const r = simulateGait(compileModel({ muscles: { gluteusMedius: { right: { strength: 0.25 } } }, strategy: { duchenne: 1 } }));
    const thorax = r.summary.trunkLateralLeanRangeDeg;
    const pelvis = r.summary.pelvicObliquityRangeDeg;
    expect(report({ id: 'V25', kind: 'predicted', quantity: 'thorax frontal range', model: thorax, reference: '9.1 ± 2.8° (Reininga 2012, Duchenne limp)', band: [6, 12], unit: '°' })).toBe(true);
    expect(report({ id: 'V25', kind: 'predicted', quantity: 'thorax/pelvis range ratio', model: thorax / pelvis, reference: '1.7 ± 0.6 (healthy 0.6 ± 0.2)', band: [1.1, 10], unit: '' })).toBe(true);
    expect(report({ id: 'V25', kind: 'predicted', quantity: 'pelvic frontal range vs healthy', model: pelvis - healthy.summary.pelvicObliquityRangeDeg, reference: '5.9 ± 2.1° vs 8.2 ± 1.7° (pelvic range no larger)', band: [-20, 0.001], unit: '°' })).toBe(true);
  });
});
