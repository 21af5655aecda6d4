/**
 * A gait lab's own trial: its kinematics (.mot) and its own force plates (.mot) drive the cycle
 * (groundReactionsFromMot, docs/model.md §9.1). The trial here is the built-in subject's own, kept as the lab's
 * files (test/fixtures/opensim-subject01), so the measured path must reproduce the built-in processing.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, groundReactionsFromMot, kinematicsFromMot, simulateGait, type GaitResult } from '@lumbo/model';
import { cycleMotText, grfMotText } from '../fixtures/opensim-subject01/trial.ts';

const grfText = grfMotText();
const kinematics = kinematicsFromMot(cycleMotText(), { rightToeOffFraction: 0.64 });
const model = compileModel({ subject: { massKg: 72.6 } });

describe("a trial's own measured ground reactions", () => {
  const measured = groundReactionsFromMot(grfText, kinematics, { subjectMassKg: 72.6 });
  const own = simulateGait(model, { kinematics, groundReactions: measured });
  // the same kinematics with the built-in forces: the same plates, processed once, offline (unsymmetrised here)
  const builtIn = simulateGait(model, { kinematics });

  const apart = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
    return worst;
  };

  it('reproduce the built-in processing of the same plates: forces, centres of pressure and torques', () => {
    for (const side of ['left', 'right'] as const) {
      for (const axis of ['x', 'y', 'z'] as const) {
        // the built-in data are stored to 4 decimals
        expect(apart(own.groundReactionForceN[side][axis], builtIn.groundReactionForceN[side][axis]), `${side} force ${axis}`).toBeLessThan(0.01);
        expect(apart(own.centreOfPressureM[side][axis], builtIn.centreOfPressureM[side][axis]), `${side} CoP ${axis}`).toBeLessThan(1e-4);
        expect(apart(own.groundReactionTorqueNm[side][axis], builtIn.groundReactionTorqueNm[side][axis]), `${side} torque ${axis}`).toBeLessThan(0.01);
      }
    }
  });

  it('give the same joint moments and loads, and no warning that the forces are someone else\'s', () => {
    // the built-in centres of pressure are stored to 0.1 mm: under ~1 kN that is 0.1 N·m of moment
    expect(apart(own.hipMomentNm.right.adductionNm, builtIn.hipMomentNm.right.adductionNm)).toBeLessThan(0.1);
    expect(apart(own.hipMomentNm.left.flexionNm, builtIn.hipMomentNm.left.flexionNm)).toBeLessThan(0.1);
    expect(apart(own.levels['L4/L5'].compressionN, builtIn.levels['L4/L5'].compressionN)).toBeLessThan(1);
    expect(own.warnings.some((w) => /built-in subject/.test(w))).toBe(false);
    expect(builtIn.warnings.some((w) => /built-in subject/.test(w))).toBe(true);
  });

  it('scale the forces to the model\'s mass: a 90 kg model carries 90/72.6 of the same plates', () => {
    const heavy = simulateGait(compileModel({ subject: { massKg: 90 } }), { kinematics, groundReactions: measured }) as GaitResult;
    const peak = (r: GaitResult) => Math.max(...Array.from(r.groundReactionForceN.right.y));
    expect(peak(heavy) / peak(own)).toBeCloseTo(90 / 72.6, 9);
  });

  it('refuse files that cannot be the same trial or a walking subject, naming what is wrong', () => {
    expect(() => groundReactionsFromMot(grfText, kinematics, { subjectMassKg: 40 })).toThrow(/carry 1\.8\d body weights on average over the cycle at subjectMassKg 40; walking carries about 1 \(0\.85–1\.15\)/);
    expect(() => groundReactionsFromMot(grfText, kinematics, { subjectMassKg: 400 })).toThrow(/subjectMassKg must be a number within \[20, 250\] kg, got 400/);
    expect(() => groundReactionsFromMot(grfText, kinematics, { subjectMassKg: 72.6, leftPrefix: 'plate2_' })).toThrow(/missing column plate2_force_vx \(the left foot's/);
    // a cycle later than the plates recorded
    const shifted = { ...kinematics, timeS: Float64Array.from(kinematics.timeS, (t) => t + 2) };
    expect(() => groundReactionsFromMot(grfText, shifted, { subjectMassKg: 72.6 })).toThrow(/the file covers 0\.0000–2\.5000 s, the kinematics' cycle 2\.6167–3\.8517 s/);
    // measured forces need their own trial's motion
    expect(() => simulateGait(model, { groundReactions: measured })).toThrow(/gait.groundReactions needs gait.kinematics/);
  });
});

describe("a trial's subject of another height", () => {
  const range = (a: ArrayLike<number>) => Math.max(...Array.from(a)) - Math.min(...Array.from(a));
  const sway = (heightM: number, subjectHeightM?: number) => {
    const k = kinematicsFromMot(cycleMotText(), { rightToeOffFraction: 0.64, ...(subjectHeightM !== undefined && { subjectHeightM }) });
    const r = simulateGait(compileModel({ subject: { massKg: 72.6, heightM } }), { kinematics: k, groundReactions: groundReactionsFromMot(grfText, k, { subjectMassKg: 72.6 }) });
    return { pelvis: range(r.coordinates.pelvis_tz), cop: range(r.centreOfPressureM.right.z.filter((_, i) => r.groundReactionForceN.right.y[i]! > 0)) };
  };

  it('keeps the data at their own size when the model is as tall as the subject said to be measured', () => {
    const reference = sway(1.75);
    const own = sway(1.6, 1.6);
    expect(own.pelvis).toBeCloseTo(reference.pelvis, 9);
    expect(own.cop).toBeCloseTo(reference.cop, 9);
  });

  it('scales the pelvis path and the feet by the model\'s height over the subject\'s', () => {
    const reference = sway(1.75);
    // a 1.60 m model of the same trial without its subject's height: read as 1.75 m data, shrunk by 1.60 / 1.75
    expect(sway(1.6).pelvis / reference.pelvis).toBeCloseTo(1.6 / 1.75, 6);
    expect(sway(1.75, 1.6).pelvis / reference.pelvis).toBeCloseTo(1.75 / 1.6, 6);
  });

  it('refuses a height outside the model\'s range, naming it', () => {
    expect(() => kinematicsFromMot(cycleMotText(), { subjectHeightM: 3 })).toThrow(/subjectHeightM must be a number within \[1\.4, 2\.1\] m, got 3/);
  });
});

