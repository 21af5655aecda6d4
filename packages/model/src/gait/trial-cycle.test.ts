import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStorage, StorageFormatError } from '../index.ts';
import { kinematicsFromMot, normativeKinematics, type GaitKinematics } from './kinematics.ts';
import { checkGivenCycle, checkOneCycle, cutKinematics, cycleFromPlates, rightHeelStrikesS } from './trial-cycle.ts';
import { CYCLE_S, cycleMotText, grfMotText } from '../../../../test/fixtures/opensim-subject01/trial.ts';

const grf = grfMotText();
const wholeTrial = kinematicsFromMot(readFileSync(new URL('../../../../test/fixtures/opensim-subject01/subject01_walk1_ik.mot', import.meta.url), 'utf8'));
const cutCycle = kinematicsFromMot(cycleMotText());

/** A plate file of one foot's vertical force (N) at 1 kHz, zero elsewhere. */
function plates(vy: (t: number) => number, seconds = 3): string {
  const n = seconds * 1000 + 1;
  const time = Float64Array.from({ length: n }, (_, i) => i / 1000);
  return formatStorage({ name: 'plates', inDegrees: true, columns: ['time', 'ground_force_vy'], data: [time, Float64Array.from(time, vy)], notes: [] });
}

describe('right heel strikes on the force plates', () => {
  it('are where the right vertical force rises through 20 N: the built-in cycle\'s edges on subject01\'s plates', () => {
    const strikes = rightHeelStrikesS(grf);
    expect(strikes).toHaveLength(2);
    // the built-in cycle runs from the sample before each crossing (docs/model.md §9.1): 1.6 ms apart at 600 Hz
    expect(strikes[0]).toBeGreaterThan(CYCLE_S[0]);
    expect(strikes[0]! - CYCLE_S[0]).toBeLessThan(0.0017);
    expect(strikes[1]! - CYCLE_S[1]).toBeGreaterThan(0);
    expect(strikes[1]! - CYCLE_S[1]).toBeLessThan(0.0017);
  });

  it('read the left foot through its own prefix, half a cycle after the right', () => {
    const [right] = rightHeelStrikesS(grf);
    const [left] = rightHeelStrikesS(grf, '1_ground_');
    expect(left! - right!).toBeGreaterThan(0.5);
    expect(left! - right!).toBeLessThan(0.75);
  });

  it('ignore a force that dips through the threshold for less than a swing', () => {
    // stance 0.2–0.8 s with a 30 ms dip to 5 N at 0.5 s, then a real swing and a strike at 1.4 s
    const text = plates((t) => ((t > 0.2 && t < 0.8) || t > 1.4 ? (t > 0.5 && t < 0.53 ? 5 : 700) : 0));
    expect(rightHeelStrikesS(text).map((s) => Math.round(s * 1000))).toEqual([200, 1400]);
  });

  it('do not count a foot loaded from the file\'s first row as a strike', () => {
    expect(rightHeelStrikesS(plates((t) => (t < 0.6 || t > 1.5 ? 700 : 0))).map((s) => Math.round(s * 1000))).toEqual([1500]);
  });

  it('refuse plates without the right foot\'s vertical force, naming the column', () => {
    expect(() => rightHeelStrikesS(grf, 'plate2_')).toThrow(/missing column plate2_force_vy \(the right foot's; columns present: /);
  });
});

describe('the cycle found on the plates', () => {
  it('is no cut for kinematics already cut at two consecutive strikes', () => {
    expect(cycleFromPlates(cutCycle, rightHeelStrikesS(grf))).toBeNull();
  });

  it('cuts a whole trial at its first two right heel strikes', () => {
    const span = cycleFromPlates(wholeTrial, rightHeelStrikesS(grf));
    expect(span?.found).toBe('plates');
    expect(span!.startS).toBeCloseTo(CYCLE_S[0], 2);
    expect(span!.endS).toBeCloseTo(CYCLE_S[1], 2);
  });

  it('refuses when no whole cycle lies inside the kinematics, listing the strikes it found', () => {
    const late = cutKinematics(wholeTrial, 2.0, 3.5);
    expect(() => cycleFromPlates(late, rightHeelStrikesS(grf))).toThrow(StorageFormatError);
    expect(() => cycleFromPlates(late, rightHeelStrikesS(grf))).toThrow(/right heel strikes on the plates: 0\.618\d s, 1\.852\d s/);
  });
});

describe('a cycle given by its start and end', () => {
  it('must lie inside the kinematics and last as long as a walking cycle', () => {
    expect(checkGivenCycle(wholeTrial, 0.62, 1.85)).toEqual({ startS: 0.62, endS: 1.85, found: 'given' });
    expect(() => checkGivenCycle(wholeTrial, 0.2, 1.2)).toThrow(/within the kinematics' 0\.5000–4\.0000 s/);
    expect(() => checkGivenCycle(wholeTrial, 1.5, 1.2)).toThrow(/start before end/);
    expect(() => checkGivenCycle(wholeTrial, 0.6, 3.9)).toThrow(/a walking cycle lasts 0\.6–3 s, got 3\.3000 s/);
  });
});

describe('cutting kinematics', () => {
  it('gives evenly spaced rows at the file\'s own step from start to end, on the trial\'s clock', () => {
    const cut = cutKinematics(wholeTrial, 0.6182, 1.8522);
    expect(cut.timeS[0]).toBe(0.6182);
    expect(cut.timeS.at(-1)).toBe(1.8522);
    const fileStep = (wholeTrial.timeS.at(-1)! - wholeTrial.timeS[0]!) / (wholeTrial.timeS.length - 1);
    const step = (1.8522 - 0.6182) / (cut.timeS.length - 1);
    expect(Math.abs(step - fileStep) / fileStep).toBeLessThan(0.02);
    for (let i = 1; i < cut.timeS.length; i++) expect(cut.timeS[i]! - cut.timeS[i - 1]!).toBeCloseTo(step, 9);
    // the cut file the fixture makes (5 ms rows, the built-in edges) agrees to within the trial's own motion in 1.5 ms
    const hipAt = (k: GaitKinematics, t: number) => {
      const i = k.timeS.findIndex((s) => s >= t);
      return k.coordinates.hip_flexion_r![i]!;
    };
    expect(Math.abs(hipAt(cut, 1.2) - hipAt(cutCycle, 1.2))).toBeLessThan(0.5);
    expect(cut.source).toMatch(/0\.6182–1\.8522 s$/);
  });

  it('gives every coordinate the same rows as the time', () => {
    const cut = cutKinematics(wholeTrial, 1, 2.2);
    for (const v of Object.values(cut.coordinates)) expect(v).toHaveLength(cut.timeS.length);
  });
});

describe('kinematics given without plates or events', () => {
  it('pass when they are one cycle: the built-in cycle and subject01\'s cut cycle', () => {
    expect(() => checkOneCycle(normativeKinematics())).not.toThrow();
    expect(() => checkOneCycle(cutCycle)).not.toThrow();
  });

  it('are refused when they hold several cycles, counting the swings of the right hip', () => {
    expect(() => checkOneCycle(wholeTrial)).toThrow(/hold 3 swings of the right hip \(hip_flexion_r\), not one gait cycle/);
  });

  it('are refused when they stop half-way, saying where the hip began and ended', () => {
    const half = cutKinematics(cutCycle, CYCLE_S[0], (CYCLE_S[0] + CYCLE_S[1]) / 2);
    expect(() => checkOneCycle(half)).toThrow(/do not close a cycle: hip_flexion_r goes from/);
  });

  it('pass any one cycle of a smooth hip flexion of any range and offset (one swing, closed)', () => {
    fc.assert(
      fc.property(fc.double({ min: 5, max: 70, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true }), (range, offset, phase) => {
        const n = 101;
        const timeS = Float64Array.from({ length: n }, (_, i) => i / 100);
        // flexed at heel strike, extended at mid-cycle, back in swing (phase shifts the trough a little)
        const hip = Float64Array.from(timeS, (t) => offset + (range / 2) * Math.cos(2 * Math.PI * t + phase));
        expect(() => checkOneCycle({ timeS, coordinates: { hip_flexion_r: hip }, rightToeOffFraction: 0.62, source: 'test' })).not.toThrow();
      }),
    );
  });

  it('refuse two or more cycles of the same hip flexion, whatever its range', () => {
    fc.assert(
      fc.property(fc.double({ min: 5, max: 70, noNaN: true }), fc.integer({ min: 2, max: 5 }), (range, cycles) => {
        const timeS = Float64Array.from({ length: 101 * cycles }, (_, i) => i / 100);
        const hip = Float64Array.from(timeS, (t) => (range / 2) * Math.cos(2 * Math.PI * t));
        expect(() => checkOneCycle({ timeS, coordinates: { hip_flexion_r: hip }, rightToeOffFraction: 0.62, source: 'test' })).toThrow(StorageFormatError);
      }),
    );
  });
});
