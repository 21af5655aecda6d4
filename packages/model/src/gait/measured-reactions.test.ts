import { describe, expect, it } from 'vitest';
import { formatStorage } from '../io/storage.ts';
import { normativeKinematics } from './kinematics.ts';
import { groundReactionsFromMot, measuredRightToeOffFraction } from './measured-reactions.ts';
import { simulateGait } from './simulate.ts';
import { compileModel } from '../engine/compile.ts';

const kinematics = normativeKinematics(); // 0–1.235 s
const G = 9.80665;

/**
 * Two synthetic plates at `rateHz` over 0–1.3 s: the right foot loaded from 0 to 62 % of the cycle, the left from
 * 50 % to 112 % (and before 12 %), each half-sine shaped so the two average one body weight of `massKg` over a cycle.
 */
function plates(rateHz: number, massKg: number, jitterS = 0): string {
  const n = Math.round(1.3 * rateHz) + 1;
  const T = kinematics.timeS[kinematics.timeS.length - 1]!;
  const time = Float64Array.from({ length: n }, (_, i) => i / rateHz + (i % 2 ? jitterS : 0));
  const stance = (phase: number) => (phase >= 0 && phase < 0.62 ? Math.sin((Math.PI * phase) / 0.62) : 0);
  // a half-sine over 62 % of the cycle has mean 0.62·2/π; two feet → scale to one body weight on average
  const peak = (massKg * G) / (2 * 0.62 * (2 / Math.PI));
  const right = Float64Array.from(time, (t) => peak * stance(((t / T) % 1 + 1) % 1));
  const left = Float64Array.from(time, (t) => peak * stance((((t / T - 0.5) % 1) + 1) % 1));
  const zero = new Float64Array(n);
  const columns = ['time', 'ground_force_vx', 'ground_force_vy', 'ground_force_vz', 'ground_force_px', 'ground_force_py', 'ground_force_pz', '1_ground_force_vx', '1_ground_force_vy', '1_ground_force_vz', '1_ground_force_px', '1_ground_force_py', '1_ground_force_pz'];
  return formatStorage({ name: 'synthetic plates', inDegrees: false, columns, data: [time, zero, right, zero, zero, zero, Float64Array.from(time, () => 0.09), zero, left, zero, zero, zero, Float64Array.from(time, () => -0.09)], notes: [] });
}

describe('a trial\'s force plates read for its own cycle (measured-reactions.ts)', () => {
  it('finds the right toe-off where the plates say, and fills missing torque columns with zeros', () => {
    const m = groundReactionsFromMot(plates(600, 75), kinematics, { subjectMassKg: 75 });
    // the 6 Hz low-pass spreads the half-sine's sharp end (the filtered force stays above 20 N a little longer): ~1 % later
    expect(measuredRightToeOffFraction(m)).toBeGreaterThan(0.61);
    expect(measuredRightToeOffFraction(m)).toBeLessThan(0.64);
    expect(m.right.torqueYNm.every((v) => v === 0)).toBe(true);
    // the centre of pressure is relative to the pelvis, on the right foot's side
    const loaded = m.right.copZFromPelvisM.filter((_, k) => m.right.forceYN[k]! > 0);
    expect(Math.min(...loaded)).toBeGreaterThan(0);
  });

  it('drives a cycle whose feet carry the plates\' forces, scaled to the model\'s mass', () => {
    const m = groundReactionsFromMot(plates(600, 75), kinematics, { subjectMassKg: 75 });
    const r = simulateGait(compileModel({ subject: { massKg: 75 } }), { kinematics, groundReactions: m, framesPerCycle: 51 });
    const total = Array.from(r.groundReactionForceN.right.y, (v, i) => v + r.groundReactionForceN.left.y[i]!);
    const meanBw = total.slice(0, -1).reduce((a, b) => a + b, 0) / (total.length - 1) / (75 * G);
    expect(meanBw).toBeGreaterThan(0.95);
    expect(meanBw).toBeLessThan(1.05);
    expect(r.warnings.join(' ')).not.toMatch(/built-in subject/);
  });

  it('refuses unevenly spaced samples and a rate too low for the 6 Hz filter, naming the numbers', () => {
    expect(() => groundReactionsFromMot(plates(600, 75, 0.0005), kinematics, { subjectMassKg: 75 })).toThrow(/evenly spaced samples; row 2 is 0\.002167 s after the one before/);
    expect(() => groundReactionsFromMot(plates(10, 75), kinematics, { subjectMassKg: 75 })).toThrow(/sampled at 10\.0 Hz, below twice the 6 Hz cut-off/);
  });

  it('refuses measured forces with a changed cycle duration: they were measured at the trial\'s pace', () => {
    const m = groundReactionsFromMot(plates(600, 75), kinematics, { subjectMassKg: 75 });
    expect(() => simulateGait(compileModel(), { kinematics, groundReactions: m, cycleDurationS: 1 })).toThrow(/gait.cycleDurationS cannot be changed with measured gait.groundReactions/);
  });
});
