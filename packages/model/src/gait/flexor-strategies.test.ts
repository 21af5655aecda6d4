/**
 * Strategies for weak hip flexors tried on the healthy cycle with the model's own passive curves, inverse
 * dynamics and centre-of-pressure rule (docs/model.md §9.3 step 5, §9.5): the two the clinical literature
 * names for the thigh's advance do not lower the late-stance flexion demand; a forward inclination does,
 * which is why the model compensates with it (flexor-inclination.ts).
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import { engineFor } from '../engine/model-engine.ts';
import { computePose, createPoseBuffers } from '../geometry/pose.ts';
import { createPosture } from '../geometry/posture.ts';
import * as B from '../geometry/bodies.ts';
import { normativeKinematics } from './kinematics.ts';
import { buildBaseline } from './baseline.ts';
import { framePosture, gaitReference } from './frame-posture.ts';
import { groundReactionsForCycle } from './ground-reactions.ts';
import { createCycleKinematics, cycleKinematics } from './frame-kinematics.ts';
import { createInverseDynamics, inverseDynamics } from './inverse-dynamics.ts';
import { copShift, createAdjustments } from './compensation.ts';
import { gaitSolver } from './gait-solver.ts';
import { passiveFlexionNm } from './flexor-balance.ts';
import { taperEnvelope } from './phases.ts';
import { lumbarShareOfTrunkFlexion } from '../geometry/lumbopelvic-rhythm.ts';

const DEG = Math.PI / 180;
const N = 101;
const RIGHT = 1;

describe('strategies for weak hip flexors, measured in the model (docs/model.md §9.5)', { timeout: 300_000 }, () => {
  const model = compileModel();
  const g = model.geometry;
  const kin = normativeKinematics();
  const dt = (kin.timeS[kin.timeS.length - 1]! - kin.timeS[0]!) / (N - 1);
  const base = buildBaseline(kin, N, true, true);
  const standing = engineFor(model).standing();
  const pose = createPoseBuffers(model.elements.pointCount);
  computePose(g, model.thoraxComAnteriorM, model.elements, standing.posture, pose, false);
  const ref = gaitReference(base, standing.posture, pose.o[B.PELVIS * 3 + 1]!, g.neutralPelvisTilt, g.lengthScale);
  const grf = groundReactionsForCycle(N, model.bodyMassKg, g.lengthScale, true);
  const plain = createAdjustments(N);
  const k0 = cycleKinematics(model, base, ref, plain, dt, createCycleKinematics(N));
  const id0 = inverseDynamics(k0, grf, null, createInverseDynamics(N));
  const preSwing = Array.from({ length: 11 }, (_, k) => 50 + k); // 50–60 % of the right leg's cycle
  /** The motion with `adj`, its centre-of-pressure shift and the right hip's flexion demand minus the plain cycle's, in pre-swing. */
  const demandChange = (adj: ReturnType<typeof createAdjustments>) => {
    const k1 = cycleKinematics(model, base, ref, adj, dt, createCycleKinematics(N));
    const shift = copShift(k0, k1, g.lengthScale, new Float64Array(N * 3));
    const id1 = inverseDynamics(k1, grf, shift, createInverseDynamics(N));
    return { shift, change: preSwing.map((i) => id1.hipMomentNm[(i * 2 + RIGHT) * 3]! - id0.hipMomentNm[(i * 2 + RIGHT) * 3]!) };
  };

  it('a posterior pelvic tilt under an upright thorax extends the hip but adds under 1.5 N·m of passive flexion in pre-swing', () => {
    const solver = gaitSolver(model);
    const posture = createPosture();
    const passiveAt = (i: number, tiltRad: number) => {
      const adj = createAdjustments(N);
      adj.tilt[i] = -tiltRad; // adj.tilt is anterior: a posterior tilt, the lumbar spine flexing to keep the thorax
      solver.prepare(framePosture(base, i, ref, adj, i, posture));
      return passiveFlexionNm(model, solver, RIGHT);
    };
    const gains = [5, 10, 25].map((psi) => preSwing.map((i) => passiveAt(i, psi * DEG) - passiveAt(i, 0)));
    // the best any tilt gives is under a third of the 4.7 N·m deficit of flexors at half strength (flexor-balance.test.ts)
    expect(Math.max(...gains.flat())).toBeLessThan(1.5);
    console.log(`[flexor strategies] passive flexion gain in pre-swing, posterior tilt 5° / 10° / 25°: ${gains.map((g) => `${Math.min(...g).toFixed(2)}…${Math.max(...g).toFixed(2)}`).join(' / ')} N·m`);
  });

  it('a backward trunk lean in pre-swing moves the centres of pressure back and raises the trailing hip’s flexion demand (as swayback walking does, Lewis & Sahrmann 2015)', () => {
    const adj = createAdjustments(N);
    const held = new Float64Array(N);
    for (const i of preSwing) held[i] = 10 * DEG;
    const smooth = taperEnvelope(held, 0.2);
    for (let i = 0; i < N; i++) adj.lurch[i * 2 + RIGHT] = smooth[i]!;
    const { shift, change: rise } = demandChange(adj);
    for (const i of preSwing) expect(shift[i * 3]).toBeLessThan(0); // the centre of pressure follows the body back
    expect(Math.min(...rise)).toBeGreaterThan(0);
    expect(Math.max(...rise)).toBeGreaterThan(5);
    console.log(`[flexor strategies] 10° backward lean in pre-swing: flexion demand +${Math.min(...rise).toFixed(1)}…+${Math.max(...rise).toFixed(1)} N·m, CoP ${(1000 * Math.min(...preSwing.map((i) => shift[i * 3]!))).toFixed(0)} mm`);
  });

  it('a forward inclination moves the centres of pressure forward, flexes the hips by the pelvis’s share and lowers the trailing hip’s flexion demand (as inclined walking does, Leteneur 2009, Simonsen 2012)', () => {
    const adj = createAdjustments(N);
    adj.incline.fill(10 * DEG);
    const { shift, change } = demandChange(adj);
    const fall = change.map((d) => -d);
    for (const i of preSwing) expect(shift[i * 3]).toBeGreaterThan(0.01); // the centre of pressure follows the body forward
    expect(Math.min(...fall)).toBeGreaterThan(0);
    expect(Math.max(...fall)).toBeGreaterThan(5);
    // the pelvis tips forward by the part of the inclination the lumbar spine does not take (§8's rhythm)
    const p0 = createPosture(), p1 = createPosture();
    framePosture(base, 55, ref, plain, 55, p0);
    framePosture(base, 55, ref, adj, 55, p1);
    const pelvisShare = 10 * DEG - lumbarShareOfTrunkFlexion(10 * DEG);
    expect(p0.pelvisTilt - p1.pelvisTilt).toBeCloseTo(pelvisShare, 9);
    expect(p1.hipFlexion[RIGHT]! - p0.hipFlexion[RIGHT]!).toBeCloseTo(pelvisShare, 9);
    console.log(`[flexor strategies] 10° forward inclination: flexion demand −${Math.min(...fall).toFixed(1)}…−${Math.max(...fall).toFixed(1)} N·m in pre-swing, CoP +${(1000 * Math.min(...preSwing.map((i) => shift[i * 3]!))).toFixed(0)} mm`);
  });
});
