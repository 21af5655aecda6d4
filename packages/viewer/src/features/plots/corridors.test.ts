import { describe, expect, it } from 'vitest';
import { CGM23_NORMATIVE, DEFAULT_PARAMS, compileModel, simulateGait } from '@lumbo/model';
import { OBLIQUITY_CORRIDOR, TILT_CORRIDOR, TRUNK_LEAN_CORRIDOR, cgmCorridor, heelStrikePct, hipAbductorMapping } from './corridors.ts';

const grid = Float64Array.from({ length: 101 }, (_, i) => i);
const gait = simulateGait(compileModel(DEFAULT_PARAMS));

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) [ma, mb] = [ma + a[i]! / n, mb + b[i]! / n];
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('CGM2.3 corridor mapping', () => {
  it('reproduces the file on its own 0–100 % grid with sign +1, and mean ± SD brackets the mean', () => {
    const c = cgmCorridor({ ...TILT_CORRIDOR, startPct: 0 }, grid);
    const mean = CGM23_NORMATIVE.PelvisAngles_X_mean!;
    const sd = CGM23_NORMATIVE.PelvisAngles_X_sd!;
    expect(c.mean.length).toBe(101);
    for (let i = 0; i <= 100; i++) {
      expect(c.mean[i]).toBeCloseTo(mean[i]!, 12);
      expect(c.upper[i]! - c.mean[i]!).toBeCloseTo(sd[i]!, 12);
      expect(c.mean[i]! - c.lower[i]!).toBeCloseTo(sd[i]!, 12);
    }
  });

  it('flips the sign of the mean but keeps the band around it', () => {
    const c = cgmCorridor({ ...OBLIQUITY_CORRIDOR, startPct: 0 }, grid);
    const mean = CGM23_NORMATIVE.PelvisAngles_Y_mean!;
    for (let i = 0; i <= 100; i++) {
      expect(c.mean[i]).toBeCloseTo(-mean[i]!, 12);
      expect(c.lower[i]).toBeLessThan(c.mean[i]!);
      expect(c.upper[i]).toBeGreaterThan(c.mean[i]!);
    }
  });

  it('starts a side\'s curve at that side\'s heel strike and interpolates between whole percents', () => {
    const raw = CGM23_NORMATIVE.HipMoment_Y_mean!;
    const c = cgmCorridor(hipAbductorMapping(1000, 50), Float64Array.of(50, 75, 0, 12.5));
    // scale 1000 kg / 1000 = 1: N·mm/kg read back unchanged
    expect(c.mean[0]).toBeCloseTo(raw[0]!, 12);
    expect(c.mean[1]).toBeCloseTo(raw[25]!, 12);
    expect(c.mean[2]).toBeCloseTo(raw[50]!, 12);
    expect(c.mean[3]).toBeCloseTo(0.5 * (raw[62]! + raw[63]!), 12);
  });

  it('turns the per-kg hip moment into N·m for the subject\'s mass', () => {
    const c = cgmCorridor(hipAbductorMapping(75, 0), grid);
    const peakNm = Math.max(...c.mean.slice(0, 60));
    // CGM2.3's stance peak is about 0.73 N·m/kg; for 75 kg a few tens of N·m
    expect(peakNm / 75).toBeGreaterThan(0.6);
    expect(peakNm / 75).toBeLessThan(0.9);
  });

  it('finds the heel strikes of the model\'s cycle: right at 0 %, left half a cycle later', () => {
    expect(heelStrikePct(gait.stance.right, gait.cyclePercent)).toBe(0);
    expect(heelStrikePct(gait.stance.left, gait.cyclePercent)).toBe(50);
  });

  it('maps signs so the model\'s own frontal-plane cycle follows the corridors (a wrong sign would anti-correlate)', () => {
    const obliquity = cgmCorridor({ ...OBLIQUITY_CORRIDOR, startPct: 0 }, gait.cyclePercent);
    const lean = cgmCorridor({ ...TRUNK_LEAN_CORRIDOR, startPct: 0 }, gait.cyclePercent);
    const tilt = cgmCorridor({ ...TILT_CORRIDOR, startPct: 0 }, gait.cyclePercent);
    expect(correlation(gait.pelvicObliquityDeg, obliquity.mean)).toBeGreaterThan(0.9);
    expect(correlation(gait.trunkLateralLeanDeg, lean.mean)).toBeGreaterThan(0.9);
    // tilt: same sign and level (anterior, around 10–15°)
    const meanTilt = gait.anteriorPelvicTiltDeg.reduce((s, v) => s + v, 0) / gait.frames;
    const meanCorridor = tilt.mean.reduce((s, v) => s + v, 0) / gait.frames;
    expect(Math.sign(meanTilt)).toBe(Math.sign(meanCorridor));
    expect(Math.abs(meanTilt - meanCorridor)).toBeLessThan(5);
  });
});
