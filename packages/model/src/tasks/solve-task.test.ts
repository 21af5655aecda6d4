/**
 * Behaviour that must come out of the mechanics (issue 2 §5). Each test states
 * a direction or an invariant; magnitudes are printed so the docs can quote them.
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import type { TaskResult } from '../result/types.ts';
import { solveTask, TaskError } from './solve-task.ts';

const both = (knobs: Record<string, number>) => ({ left: knobs, right: knobs });
const solve = (params: PartialModelParams, task: Parameters<typeof solveTask>[1]) => solveTask(compileModel(params), task);
const level = (r: TaskResult, name: string) => r.lumbar.levels.find((l) => l.level === name)!;
const groupForce = (r: TaskResult, group: string) => r.muscles.filter((m) => m.group === group).reduce((a, m) => a + m.forceN, 0);

describe('standing posture responds to the muscles through the mechanics', () => {
  const healthy = solve({}, { kind: 'standing' });

  it('a weaker gluteus maximus (both sides) tilts the pelvis forward, deepens the lordosis and raises L5/S1 anterior shear', () => {
    const weak = solve({ muscles: { gluteusMaximus: both({ strength: 0.3 }) } }, { kind: 'standing' });
    console.log(`glmax 30 %: tilt ${healthy.pelvis.anteriorTiltDeg.toFixed(2)} → ${weak.pelvis.anteriorTiltDeg.toFixed(2)}°, LL ${healthy.lumbar.lordosisDeg.toFixed(2)} → ${weak.lumbar.lordosisDeg.toFixed(2)}°, L5/S1 shear ${level(healthy, 'L5/S1').apShearN.toFixed(0)} → ${level(weak, 'L5/S1').apShearN.toFixed(0)} N, ES ${groupForce(healthy, 'erectorSpinae').toFixed(0)} → ${groupForce(weak, 'erectorSpinae').toFixed(0)} N, L4/L5 ${level(healthy, 'L4/L5').compressionN.toFixed(0)} → ${level(weak, 'L4/L5').compressionN.toFixed(0)} N`);
    expect(weak.pelvis.anteriorTiltDeg).toBeGreaterThan(healthy.pelvis.anteriorTiltDeg + 0.3);
    expect(weak.lumbar.lordosisDeg).toBeGreaterThan(healthy.lumbar.lordosisDeg + 0.3);
    expect(level(weak, 'L5/S1').apShearN).toBeGreaterThan(level(healthy, 'L5/S1').apShearN);
    // the hamstrings take over hip extension
    expect(groupForce(weak, 'hamstrings')).toBeGreaterThan(groupForce(healthy, 'hamstrings'));
  });

  it('gluteus maximus inhibition alone leaves quiet standing unchanged: its habitual activation is below the cap', () => {
    const inhibited = solve({ muscles: { gluteusMaximus: both({ inhibition: 0.8 }) } }, { kind: 'standing' });
    expect(inhibited.pelvis.anteriorTiltDeg).toBeCloseTo(healthy.pelvis.anteriorTiltDeg, 6);
  });

  it('iliopsoas tone and tightness tilt the pelvis forward, deepen the lordosis and raise lumbar compression', () => {
    for (const knobs of [{ tone: 1 }, { tightness: 1 }]) {
      const r = solve({ muscles: { iliopsoas: both(knobs) } }, { kind: 'standing' });
      console.log(`iliopsoas ${JSON.stringify(knobs)}: tilt +${(r.pelvis.anteriorTiltDeg - healthy.pelvis.anteriorTiltDeg).toFixed(2)}°, L4/L5 ${level(r, 'L4/L5').compressionN.toFixed(0)} N`);
      expect(r.pelvis.anteriorTiltDeg).toBeGreaterThan(healthy.pelvis.anteriorTiltDeg + 0.5);
      expect(r.lumbar.lordosisDeg).toBeGreaterThan(healthy.lumbar.lordosisDeg + 0.3);
      for (const name of ['L3/L4', 'L4/L5', 'L5/S1']) expect(level(r, name).compressionN).toBeGreaterThan(level(healthy, name).compressionN);
    }
  });

  it('the psoas loads the spine mainly in compression: its lumbar moment arms are small (Bogduk 1992)', () => {
    const r = solve({ muscles: { iliopsoas: both({ activationFloor: 0.1 }) } }, { kind: 'standing' });
    const psoas = r.pose.muscles.filter((m) => m.name.startsWith('psoas_'));
    expect(psoas.length).toBe(22); // 11 fascicles per side (docs/model.md §4)
    // compression rises by far more than the psoas' own moment could cause through extensor co-contraction alone
    expect(level(r, 'L4/L5').compressionN - level(healthy, 'L4/L5').compressionN).toBeGreaterThan(100);
  });

  it('a lower crossed syndrome configuration tilts and arches more than any one of its parts alone', () => {
    const parts: PartialModelParams[] = [
      { muscles: { iliopsoas: both({ tightness: 0.6, tone: 0.8 }) } },
      { muscles: { erectorSpinae: both({ tone: 0.6 }) } },
      { muscles: { gluteusMaximus: both({ strength: 0.7, inhibition: 0.5 }) } },
      { muscles: { abdominals: both({ strength: 0.6 }) } },
    ];
    const lcs = solve({ muscles: Object.assign({}, ...parts.map((p) => p.muscles)) }, { kind: 'standing' });
    for (const part of parts) {
      const r = solve(part, { kind: 'standing' });
      expect(lcs.pelvis.anteriorTiltDeg).toBeGreaterThan(r.pelvis.anteriorTiltDeg);
      expect(lcs.lumbar.lordosisDeg).toBeGreaterThan(r.lumbar.lordosisDeg);
    }
    console.log(`LCS: tilt +${(lcs.pelvis.anteriorTiltDeg - healthy.pelvis.anteriorTiltDeg).toFixed(2)}°, LL +${(lcs.lumbar.lordosisDeg - healthy.lumbar.lordosisDeg).toFixed(2)}°`);
  });
});

describe('trunk flexion: who supplies the hip extension moment', () => {
  it('with a weak gluteus maximus the hamstrings take over more of it; the lumbar extensor load is set by the trunk', () => {
    const task = { kind: 'trunk-flexion', angleDeg: 60 } as const;
    const healthy = solve({}, task);
    const weak = solve({ muscles: { gluteusMaximus: both({ strength: 0.3 }) } }, task);
    console.log(`60° flexion: hamstrings ${groupForce(healthy, 'hamstrings').toFixed(0)} → ${groupForce(weak, 'hamstrings').toFixed(0)} N, ES ${groupForce(healthy, 'erectorSpinae').toFixed(0)} → ${groupForce(weak, 'erectorSpinae').toFixed(0)} N, L4/L5 ${level(healthy, 'L4/L5').compressionN.toFixed(0)} → ${level(weak, 'L4/L5').compressionN.toFixed(0)} N`);
    expect(groupForce(weak, 'hamstrings')).toBeGreaterThan(groupForce(healthy, 'hamstrings') * 1.2);
    expect(groupForce(weak, 'gluteusMaximus')).toBeLessThan(groupForce(healthy, 'gluteusMaximus'));
    // weak glutes start from a more tilted standing posture, so the bend ends more lordotic: ES force does not fall
    expect(groupForce(weak, 'erectorSpinae')).toBeGreaterThanOrEqual(groupForce(healthy, 'erectorSpinae') * 0.99);
  });

  it('lumbar compression grows with the flexion angle', () => {
    const c = [0, 30, 60].map((a) => level(solve({}, { kind: 'trunk-flexion', angleDeg: a }), 'L4/L5').compressionN);
    expect(c[1]!).toBeGreaterThan(c[0]!);
    expect(c[2]!).toBeGreaterThan(c[1]!);
  });
});

describe('single-leg stance with a weak right gluteus medius', () => {
  const weak = (duchenne: number) =>
    solve({ muscles: { gluteusMedius: { right: { strength: 0.05 } } }, strategy: { duchenne } }, { kind: 'single-leg-stance', side: 'right' });

  it('Trendelenburg (strategy 0): the left side of the pelvis drops', () => {
    const r = weak(0);
    expect(r.pelvis.obliquityDeg).toBeLessThan(-2); // + = right side lower, so the left side is lower
    expect(r.hips.right.adductionDeg).toBeGreaterThan(2);
  });

  it('Duchenne (strategy 1): the pelvis stays level and the trunk leans right, over the stance hip', () => {
    const r = weak(1);
    expect(Math.abs(r.pelvis.obliquityDeg)).toBeLessThan(0.1);
    expect(r.trunk.lateralLeanDeg).toBeGreaterThan(2);
  });

  it('either way the right (stance-side) half of the lower lumbar discs carries more, because the lumbar spine bends toward the stance side', () => {
    for (const s of [0, 0.5, 1]) {
      const r = weak(s);
      for (const name of ['L4/L5', 'L5/S1']) {
        const l = level(r, name);
        expect(l.rightCompressionN).toBeGreaterThan(l.leftCompressionN);
        expect(l.asymmetryIndex).toBeGreaterThan(0);
        expect(l.lateralMomentNm).toBeGreaterThan(0);
      }
    }
  });

  it('a healthy gluteus medius needs no compensation', () => {
    const r = solve({}, { kind: 'single-leg-stance', side: 'right' });
    expect(r.pelvis.obliquityDeg).toBeCloseTo(0, 6);
    expect(r.hips.right.abductorDemandNm).toBeLessThan(r.hips.right.abductorCapacityNm);
    // only the held-up leg's hip flexors (psoas) bend the spine a hair: no meaningful asymmetry
    expect(Math.abs(level(r, 'L4/L5').asymmetryIndex)).toBeLessThan(0.01);
  });
});

describe('single-leg stance on weak right hip abductors (gluteus medius and minimus together)', () => {
  const abductors = (strength: number, duchenne: number) =>
    solve({ muscles: { gluteusMedius: { right: { strength } }, gluteusMinimus: { right: { strength } } }, strategy: { duchenne } }, { kind: 'single-leg-stance', side: 'right' });
  const strengths = [0.25, 0.1, 0];
  /** Drop of the left (swing) side of the pelvis (deg): obliquity is + when the right side is lower. */
  const leftDrop = (r: TaskResult) => -r.pelvis.obliquityDeg;

  it('pure Trendelenburg (strategy 0): the left pelvis drops, more the weaker the muscles, while the trunk stays within 1° of upright', () => {
    // measured: drop 13.3°, 16.0°, 17.3° at 25 %, 10 %, 0; trunk lean −0.25°, −0.30°, −0.33° (a hair toward the swing side)
    const drops = strengths.map((s) => {
      const r = abductors(s, 0);
      expect(Math.abs(r.trunk.lateralLeanDeg)).toBeLessThanOrEqual(1);
      return leftDrop(r);
    });
    expect(drops[0]!).toBeGreaterThan(5);
    for (let k = 1; k < drops.length; k++) expect(drops[k]!).toBeGreaterThan(drops[k - 1]!);
  });

  it('Duchenne (strategy 1): the trunk leans toward the stance side by clearly more than with strategy 0, and the pelvis drops less', () => {
    // measured (25 %, 10 %, 0): lean +15.8°, +29.4°, +29.4° against −0.25 … −0.33°; drop 0.05–0.06° against 13–17°.
    // At 10 % and 0 the lean tops out and the frame is not feasible (reserves), but the direction is the same.
    for (const s of strengths) {
      const trendelenburg = abductors(s, 0), duchenne = abductors(s, 1);
      expect(duchenne.trunk.lateralLeanDeg).toBeGreaterThan(2); // + = leans right, over the stance leg
      expect(duchenne.trunk.lateralLeanDeg).toBeGreaterThan(trendelenburg.trunk.lateralLeanDeg + 5);
      expect(leftDrop(duchenne)).toBeLessThan(leftDrop(trendelenburg) / 2);
    }
  });
});

describe('gluteus medius co-activation in bilateral standing (Nelson-Wong 2008)', () => {
  it('raises hip contact forces; its posterior fibres extend the hip, so the pelvis tilts back a little', () => {
    const healthy = solve({}, { kind: 'standing' });
    const co = solve({ muscles: { gluteusMedius: both({ coactivation: 0.15 }) } }, { kind: 'standing' });
    console.log(`co-activation: hip contact ${healthy.hips.left.contactForceN.toFixed(0)} → ${co.hips.left.contactForceN.toFixed(0)} N, tilt ${(co.pelvis.anteriorTiltDeg - healthy.pelvis.anteriorTiltDeg).toFixed(2)}°, L4/L5 ${level(healthy, 'L4/L5').compressionN.toFixed(0)} → ${level(co, 'L4/L5').compressionN.toFixed(0)} N`);
    expect(co.hips.left.contactForceN).toBeGreaterThan(healthy.hips.left.contactForceN * 1.3);
    expect(co.hips.right.contactForceN).toBeGreaterThan(healthy.hips.right.contactForceN * 1.3);
    expect(co.pelvis.anteriorTiltDeg).toBeLessThan(healthy.pelvis.anteriorTiltDeg);
  });
});

describe('symmetry and invariants', () => {
  it('mirrored parameters give mirrored single-leg stance results', () => {
    const right = solve({ muscles: { gluteusMedius: { right: { strength: 0.1 } }, quadratusLumborum: { right: { tone: 0.1 } } } }, { kind: 'single-leg-stance', side: 'right' });
    const left = solve({ muscles: { gluteusMedius: { left: { strength: 0.1 } }, quadratusLumborum: { left: { tone: 0.1 } } } }, { kind: 'single-leg-stance', side: 'left' });
    expect(left.pelvis.obliquityDeg).toBeCloseTo(-right.pelvis.obliquityDeg, 4);
    expect(left.trunk.lateralLeanDeg).toBeCloseTo(-right.trunk.lateralLeanDeg, 4);
    expect(left.pelvis.anteriorTiltDeg).toBeCloseTo(right.pelvis.anteriorTiltDeg, 4);
    left.lumbar.levels.forEach((l, k) => {
      const r = right.lumbar.levels[k]!;
      expect(l.compressionN).toBeCloseTo(r.compressionN, 1);
      expect(l.leftCompressionN).toBeCloseTo(r.rightCompressionN, 1);
      expect(l.asymmetryIndex).toBeCloseTo(-r.asymmetryIndex, 4);
      expect(l.mlShearN).toBeCloseTo(-r.mlShearN, 1);
    });
    expect(left.hips.left.contactForceN).toBeCloseTo(right.hips.right.contactForceN, 1);
  });

  it('a symmetric subject stands symmetrically', () => {
    const r = solve({}, { kind: 'standing' });
    for (const l of r.lumbar.levels) expect(Math.abs(l.asymmetryIndex)).toBeLessThan(1e-9);
    expect(r.hips.left.contactForceN).toBeCloseTo(r.hips.right.contactForceN, 6);
  });

  it('sitting flattens the lordosis and rotates the pelvis back relative to standing', () => {
    const st = solve({}, { kind: 'standing' });
    const si = solve({}, { kind: 'sitting' });
    expect(si.lumbar.lordosisDeg).toBeLessThan(st.lumbar.lordosisDeg - 10);
    expect(si.pelvis.pelvicTiltDeg).toBeGreaterThan(st.pelvis.pelvicTiltDeg + 10);
    expect(si.hips.left.flexionDeg).toBeGreaterThan(70);
  });

  it('rejects a malformed task with a message naming the field, the allowed values and the value received', () => {
    const model = compileModel();
    expect(() => solveTask(model, { kind: 'trunk-flexion', angleDeg: 120 })).toThrow(/task\.angleDeg must be a number within \[0, 90\] deg, got 120/);
    expect(() => solveTask(model, { kind: 'single-leg-stance', side: 'up' } as never)).toThrow(TaskError);
    expect(() => solveTask(model, { kind: 'jumping' } as never)).toThrow(/task\.kind must be one of/);
  });
});
