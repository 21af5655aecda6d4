/** Gait behaviour that must come out of the mechanics (gait issue §3). */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../params/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { simulateGait } from './simulate.ts';
import type { GaitResult } from './types.ts';

const both = (k: Record<string, number>) => ({ left: k, right: k });
const gait = (p: PartialModelParams = {}) => simulateGait(compileModel(p));
const healthy = gait();
const max = (a: ArrayLike<number>, from = 0, to = a.length) => Math.max(...Array.from(a).slice(from, to));

describe('a gait cycle', () => {
  it('closes: the last frame repeats the first in every series', () => {
    const r = gait({ muscles: { gluteusMedius: { right: { strength: 0.25 } } } });
    const n = r.frames - 1;
    for (const a of [r.pelvicObliquityDeg, r.trunkLateralLeanDeg, r.lordosisDeg, r.levels['L4/L5'].compressionN, r.levels['L5/S1'].rightCompressionN, r.hipAbductorDemandNm.right]) {
      expect(a[n]).toBeCloseTo(a[0]!, 6);
    }
  });

  it('has as many frames as asked and rejects an invalid frame count with a clear message', () => {
    expect(simulateGait(compileModel(), { framesPerCycle: 51 }).frames).toBe(51);
    expect(() => simulateGait(compileModel(), { framesPerCycle: 5 })).toThrow(/gait\.framesPerCycle must be an integer within \[21, 1001\] frames, got 5/);
    expect(() => simulateGait(compileModel(), { cycleDurationS: Number.NaN })).toThrow(/gait\.cycleDurationS/);
  });

  it('mirrored parameters give mirrored series shifted by half a cycle', () => {
    const right = gait({ muscles: { gluteusMedius: { right: { strength: 0.25 } }, iliopsoas: { right: { tone: 0.1 } } }, strategy: { duchenne: 0.3 } });
    const left = gait({ muscles: { gluteusMedius: { left: { strength: 0.25 } }, iliopsoas: { left: { tone: 0.1 } } }, strategy: { duchenne: 0.3 } });
    const n = right.frames - 1;
    const half = n / 2;
    for (let i = 0; i < n; i++) {
      const j = (i + half) % n;
      expect(left.pelvicObliquityDeg[j]).toBeCloseTo(-right.pelvicObliquityDeg[i]!, 3);
      expect(left.trunkLateralLeanDeg[j]).toBeCloseTo(-right.trunkLateralLeanDeg[i]!, 3);
      expect(left.anteriorPelvicTiltDeg[j]).toBeCloseTo(right.anteriorPelvicTiltDeg[i]!, 3);
      expect(left.levels['L4/L5'].compressionN[j]).toBeCloseTo(right.levels['L4/L5'].compressionN[i]!, 0);
      expect(left.levels['L4/L5'].leftCompressionN[j]).toBeCloseTo(right.levels['L4/L5'].rightCompressionN[i]!, 0);
      expect(left.hipAbductorDemandNm.left[j]).toBeCloseTo(right.hipAbductorDemandNm.right[i]!, 3);
    }
  });

  it('drops the swing side of the pelvis most in early single support', () => {
    // right stance: the left side drops (obliquity < 0); its lowest point falls in 14–35 % of the cycle
    let lowest = 0;
    for (let i = 0; i <= 50; i++) if (healthy.pelvicObliquityDeg[i]! < healthy.pelvicObliquityDeg[lowest]!) lowest = i;
    expect(healthy.cyclePercent[lowest]).toBeGreaterThanOrEqual(10);
    expect(healthy.cyclePercent[lowest]).toBeLessThanOrEqual(35);
  });
});

describe('hip abductor weakness in gait', () => {
  const peakDrop = (r: GaitResult) => r.summary.rightStance.peakContralateralDropDeg;
  const peakLean = (r: GaitResult) => r.summary.rightStance.peakTrunkLeanTowardStanceDeg;

  it('a gluteus medius at 50 % is tolerated: at most 2° more drop or lean, whatever the strategy', () => {
    for (const duchenne of [0, 0.5, 1]) {
      const r = gait({ muscles: { gluteusMedius: { right: { strength: 0.5 } } }, strategy: { duchenne } });
      expect(peakDrop(r) - peakDrop(healthy)).toBeLessThanOrEqual(2);
      expect(peakLean(r) - peakLean(healthy)).toBeLessThanOrEqual(2);
    }
  });

  it('a gluteus medius at 25 % with the Trendelenburg strategy drops the left pelvis clearly during right stance', () => {
    const r = gait({ muscles: { gluteusMedius: { right: { strength: 0.25 } } }, strategy: { duchenne: 0 } });
    expect(peakDrop(r) - peakDrop(healthy)).toBeGreaterThan(3);
    expect(r.summary.leftStance.peakContralateralDropDeg).toBeCloseTo(healthy.summary.leftStance.peakContralateralDropDeg, 1);
    expect(max(r.pelvicDropDeg.right)).toBeGreaterThan(3);
  });

  it('with the Duchenne strategy the trunk leans toward the weak side and the pelvis moves no more than in health', () => {
    const r = gait({ muscles: { gluteusMedius: { right: { strength: 0.25 } } }, strategy: { duchenne: 1 } });
    expect(peakLean(r) - peakLean(healthy)).toBeGreaterThan(3);
    expect(r.summary.pelvicObliquityRangeDeg).toBeLessThanOrEqual(healthy.summary.pelvicObliquityRangeDeg + 1e-6);
  });

  it('loads the weak (stance) side of L4/L5 more: the mean asymmetry index over right stance moves further positive', () => {
    for (const duchenne of [0, 1]) {
      const r = gait({ muscles: { gluteusMedius: { right: { strength: 0.25 } } }, strategy: { duchenne } });
      expect(r.summary.rightStance.meanL4L5AsymmetryIndex).toBeGreaterThan(healthy.summary.rightStance.meanL4L5AsymmetryIndex + 0.005);
    }
  });
});

describe('sagittal compensations in gait', () => {
  it('with a weak, late gluteus maximus the hamstrings take over the loading-response burst', () => {
    const r = gait({ muscles: { gluteusMaximus: both({ strength: 0.3, onsetDelayMs: 100 }) } });
    expect(max(r.activations.hamstrings.right, 0, 15)).toBeGreaterThan(max(healthy.activations.hamstrings.right, 0, 15) * 1.5);
    expect(max(r.trunkLurchDeg.right)).toBe(0);
  });

  it('when the hip extensors still fall short the trunk lurches backward (gluteus maximus gait)', () => {
    const r = gait({ muscles: { gluteusMaximus: both({ strength: 0.05, onsetDelayMs: 100 }), hamstrings: both({ strength: 0.1 }) } });
    expect(max(r.trunkLurchDeg.right, 0, 30)).toBeGreaterThan(5);
    expect(Math.min(...Array.from(r.trunkForwardLeanDeg).slice(0, 30))).toBeLessThan(Math.min(...Array.from(healthy.trunkForwardLeanDeg).slice(0, 30)) - 5);
  });

  it('tight hip flexors tilt the pelvis forward through the cycle, most at terminal stance', () => {
    const r = gait({ muscles: { iliopsoas: both({ tightness: 1 }) } });
    const diff = Array.from(r.anteriorPelvicTiltDeg, (v, i) => v - healthy.anteriorPelvicTiltDeg[i]!);
    expect(Math.min(...diff)).toBeGreaterThan(0.5);
    // terminal stance of the right leg (45–50 %) vs its mid-stance (25–30 %)
    expect(max(diff, 45, 51)).toBeGreaterThan(max(diff, 25, 31));
  });
});

describe('OpenSim interop', () => {
  it('a .mot read and written back keeps every coordinate within 1e-6°', async () => {
    const { readFileSync } = await import('node:fs');
    const { kinematicsFromMot, kinematicsToMot } = await import('./kinematics.ts');
    const text = readFileSync(new URL('../../../../test/fixtures/subject01_walk1_ik.mot', import.meta.url), 'utf8');
    const k = kinematicsFromMot(text);
    const back = kinematicsFromMot(kinematicsToMot(k));
    for (const [name, values] of Object.entries(k.coordinates)) {
      values.forEach((v, i) => expect(Math.abs(back.coordinates[name]![i]! - v)).toBeLessThan(1e-6));
    }
    back.timeS.forEach((t, i) => expect(Math.abs(t - k.timeS[i]!)).toBeLessThan(1e-9));
  });

  it('a researcher’s .mot drives the simulation, and the result exports as .mot and .sto', async () => {
    const { readFileSync } = await import('node:fs');
    const { kinematicsFromMot } = await import('./kinematics.ts');
    const { gaitToMot, gaitToSto } = await import('./opensim.ts');
    const { parseStorage } = await import('../io/storage.ts');
    const text = readFileSync(new URL('../../../../test/fixtures/subject01_walk1_ik.mot', import.meta.url), 'utf8');
    const r = simulateGait(compileModel(), { kinematics: kinematicsFromMot(text), framesPerCycle: 41 });
    expect(r.frames).toBe(41);
    expect(r.source).toBe('Coordinates');
    const mot = parseStorage(gaitToMot(r));
    expect(mot.inDegrees).toBe(true);
    expect(mot.columns).toContain('hip_adduction_r');
    expect(mot.data[0]!.length).toBe(41);
    const sto = parseStorage(gaitToSto(r));
    expect(sto.columns).toContain('L4_L5_right_compression_N');
    expect(sto.columns).toContain('gluteusMedius_r_activation');
  });

  it('rejects a .mot without the needed coordinates, naming them', async () => {
    const { kinematicsFromMot } = await import('./kinematics.ts');
    expect(() => kinematicsFromMot('x\nendheader\ntime\tpelvis_tilt\n0\t1\n1\t2\n')).toThrow(/missing coordinate column\(s\): pelvis_list/);
  });
});
