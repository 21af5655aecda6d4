/**
 * simulateGait: one gait cycle of prescribed kinematics driven by the measured
 * ground reactions (docs/model.md §9). A short orchestrator over passes, each in
 * its own file:
 *   1. kinematics      frame-kinematics.ts   postures, centres of mass, accelerations
 *   2. forces          ground-reactions.ts   the subject's force plates, scaled
 *                      inverse-dynamics.ts   hip and knee moments per leg, residuals
 *   3. compensation    capacity.ts, compensation.ts   deficits → drop, lean, lurch
 *                      flexor-balance.ts, flexor-inclination.ts   hip-flexor deficit → forward inclination
 *                      piriformis-rotation.ts   a stiff piriformis turns its hip (before 1)
 *                      (then 1–2 again on the compensated motion)
 *   4. optimisation    gait-solver.ts, optimisation.ts   muscle forces per frame
 *   5. read-outs       read-outs.ts, summary.ts, warnings.ts
 */
import type { CompiledModel } from '../engine/compile.ts';
import { HAT_COM_FROM_BACK_JOINT_M, GRAVITY_M_PER_S2 } from '../data/segments.ts';
import { engineFor } from '../engine/model-engine.ts';
import { landmarkSpecs, buildPoseOutput } from '../engine/pose-output.ts';
import { computeLevelLoads, createLevelLoads } from '../mechanics/level-loads.ts';
import { computePose, createPoseBuffers } from '../geometry/pose.ts';
import * as B from '../geometry/bodies.ts';
import { normativeKinematics, type GaitKinematics } from './kinematics.ts';
import { buildBaseline, type GaitBaseline } from './baseline.ts';
import { gaitPhases } from './phases.ts';
import { framePosture, gaitReference } from './frame-posture.ts';
import { checkGaitOptions, type GaitOptions } from './options.ts';
import { groundReactionsForCycle } from './ground-reactions.ts';
import { createCycleKinematics, cycleKinematics } from './frame-kinematics.ts';
import { createInverseDynamics, inverseDynamics } from './inverse-dynamics.ts';
import { gaitSolver } from './gait-solver.ts';
import { hipCapacity, type HipCapacity } from './capacity.ts';
import { compensate, copShift, COP_SHIFT_LIMIT_M, createAdjustments, createHipBalance, refineDeficit } from './compensation.ts';
import { createFlexorInclination, meanForwardComShiftM, needsInclination, peakDeficitBeforeNm, refineFlexorDeficit, sizeInclinationRad, TRIAL_INCLINATION_RAD } from './flexor-inclination.ts';
import { flexorTightness } from './flexor-tightness.ts';
import { createFlexorBalance, flexorDeficits } from './flexor-balance.ts';
import { piriformisRotation } from './piriformis-rotation.ts';
import { createPosture } from '../geometry/posture.ts';
import { activationCap, optimiseFrames, type OptimisationInput } from './optimisation.ts';
import { allocateResult, copyFrame, recordAnimation, recordDynamics, recordFrame } from './read-outs.ts';
import { summariseGait } from './summary.ts';
import { gaitWarnings } from './warnings.ts';
import type { GaitResult } from './types.ts';

export { FRAMES_RANGE, CYCLE_DURATION_RANGE_S, type GaitOptions } from './options.ts';
export { COMPENSATION_TAPER_FRACTION } from './compensation.ts';

const RAD = 180 / Math.PI;
/** Fixed-point steps of compensation ↔ inverse dynamics after the first (docs/model.md §9.3) [E]. */
const COMPENSATION_ITERATIONS = 3;
const normativeBaselines = new Map<number, GaitBaseline>();

/** The built-in baseline is the same for every model: build it once per frame count. */
function normativeBaseline(frames: number): GaitBaseline {
  let b = normativeBaselines.get(frames);
  if (!b) {
    b = buildBaseline(normativeKinematics(), frames, true, true);
    if (normativeBaselines.size > 8) normativeBaselines.clear();
    normativeBaselines.set(frames, b);
  }
  return b;
}

let normative: GaitKinematics | null = null;

/**
 * The built-in kinematics, built once: a cycle only reads its time axis, toe-off and source from them
 * (normativeKinematics() hands every caller a fresh copy; this one never leaves this module).
 */
function normativeForReading(): GaitKinematics {
  return (normative ??= normativeKinematics());
}

export function simulateGait(model: CompiledModel, options: GaitOptions = {}): GaitResult {
  checkGaitOptions(options);
  const N = options.framesPerCycle ?? 101;
  const kin = options.kinematics ?? normativeForReading();
  const T = options.cycleDurationS ?? kin.timeS[kin.timeS.length - 1]! - kin.timeS[0]!;
  const builtIn = options.kinematics === undefined;
  const base = builtIn ? normativeBaseline(N) : buildBaseline(kin, N, false, false);
  const g = model.geometry;
  const dt = T / (N - 1);

  // 1. kinematics laid over the subject's own standing posture; 2. the measured forces and inverse dynamics
  const standing = engineFor(model).standing();
  const standingPose = createPoseBuffers(model.elements.pointCount);
  computePose(g, model.thoraxComAnteriorM, model.elements, standing.posture, standingPose, false);
  const ref = gaitReference(base, standing.posture, standingPose.o[B.PELVIS * 3 + 1]!, g.neutralPelvisTilt, g.lengthScale);
  const phases = gaitPhases(N, kin.rightToeOffFraction, T);
  const grf = groundReactionsForCycle(N, model.bodyMassKg, g.lengthScale, builtIn);
  const adj = createAdjustments(N);
  const solver = gaitSolver(model);
  const scratch = createPosture();
  const postureAt = (i: number, out: typeof scratch) => framePosture(base, i, ref, adj, i, out);
  // a stiff or toned piriformis turns its hip in every frame: part of the motion from the start (§9.3, step 6)
  piriformisRotation(model, solver, adj, postureAt, scratch);
  const baseline = cycleKinematics(model, base, ref, adj, dt, createCycleKinematics(N));
  // a tight iliopsoas tilts the pelvis forward as the hip extends (§9.3, step 4): from each frame's muscle paths
  // before it is tilted, so the tilt is part of the motion every later pass sees (kinematics, forces, optimisation)
  const tightness = flexorTightness(model, solver, standing.posture, standing.standing.tiltStiffnessNmPerRad);
  const tilted = tightness.active;
  let motion = baseline;
  let id: ReturnType<typeof inverseDynamics>;
  if (tilted) {
    const paths = createPoseBuffers(model.elements.pointCount);
    for (let i = 0; i < N - 1; i++) {
      postureAt(i, scratch);
      computePose(g, model.thoraxComAnteriorM, model.elements, scratch, paths);
      adj.tilt[i] = tightness.extraTiltRad(paths.points);
    }
    adj.tilt[N - 1] = adj.tilt[0]!;
    // the centres of pressure follow the tilted body's centre of mass, as for any compensation (§9.3, step 3)
    motion = cycleKinematics(model, base, ref, adj, dt, createCycleKinematics(N));
    id = inverseDynamics(motion, grf, copShift(baseline, motion, g.lengthScale, new Float64Array(N * 3)), createInverseDynamics(N));
  } else {
    id = inverseDynamics(baseline, grf, null, createInverseDynamics(N));
  }

  // 4. optimisation of the frames, reading what the muscles can do on the way (3)
  const result = allocateResult(model, N, T, kin.source);
  const balance = createHipBalance(N);
  const flexors = createFlexorBalance(N);
  const ll = createLevelLoads();
  const specs = landmarkSpecs(model);
  const cap: HipCapacity = { abductorNm: 0, passiveAbductionNm: 0, extensorNm: 0, flexorNm: 0, passiveFlexionNm: 0 };
  const input: OptimisationInput = { model, solver, base, ref, adj, kin: motion, id, phases };
  const readFrame = (i: number, posture: Parameters<typeof recordFrame>[4]): void => {
    computeLevelLoads(solver, posture, ll);
    recordFrame(result, i, model, solver, posture, ll, grf);
    recordAnimation(result, i, solver, specs);
    if (i === 0) result.pose = buildPoseOutput(model, solver, solver.pose);
  };
  optimiseFrames(input, null, (i, posture) => {
    for (let side = 0; side < 2; side++) {
      const k = i * 2 + side;
      hipCapacity(model, solver, side, (e) => activationCap(input, e, i), cap);
      balance.stance[k] = grf[side]!.forceN[i * 3 + 1]! > 0 ? 1 : 0;
      balance.abductorDemandNm[k] = -id.hipMomentNm[k * 3 + 1]!;
      balance.extensorDemandNm[k] = -id.hipMomentNm[k * 3]!;
      balance.abductorCapacityNm[k] = cap.abductorNm;
      balance.passiveAbductionNm[k] = cap.passiveAbductionNm;
      balance.extensorCapacityNm[k] = cap.extensorNm;
      flexors.capacityNm[k] = cap.flexorNm;
      flexors.passiveNm[k] = cap.passiveFlexionNm;
    }
    readFrame(i, posture);
  });

  // 3. compensations; then kinematics, forces and optimisation again where the motion changed
  const hatWeightLeverNm = HAT_COM_FROM_BACK_JOINT_M[1] * g.lengthScale * (g.thoraxMass + g.vertebraMass.reduce((a, b) => a + b, 0)) * GRAVITY_M_PER_S2;
  // weak hip flexors: the deficit of the uncompensated motion sizes a forward inclination (§9.3, step 5)
  flexorDeficits(flexors, id.hipMomentNm);
  const inclination = createFlexorInclination(grf, N, COP_SHIFT_LIMIT_M.forward * g.lengthScale);
  const flexorDeficitBeforeNm = peakDeficitBeforeNm(inclination, flexors);
  const inclined = needsInclination(inclination, flexors);
  if (inclined) {
    // c, the centre of mass's forward shift per unit sin ψ, from one trial inclination of this body's motion
    const trial = { ...adj, incline: new Float64Array(N).fill(TRIAL_INCLINATION_RAD) };
    inclination.shiftPerSinM = meanForwardComShiftM(motion, cycleKinematics(model, base, ref, trial, dt, createCycleKinematics(N))) / Math.sin(TRIAL_INCLINATION_RAD);
    adj.incline.fill(sizeInclinationRad(inclination, flexors));
  }
  const compensated = compensate(balance, model.duchenne, hatWeightLeverNm, adj) || inclined;
  if (compensated) {
    const moved = createCycleKinematics(N);
    const shift = new Float64Array(N * 3);
    for (let iteration = 0; ; iteration++) {
      cycleKinematics(model, base, ref, adj, dt, moved);
      id = inverseDynamics(moved, grf, copShift(baseline, moved, g.lengthScale, shift), createInverseDynamics(N));
      if (iteration === COMPENSATION_ITERATIONS) break;
      // each refinement adds what its compensation still leaves uncovered
      const abductorsLeft = refineDeficit(balance, id.hipMomentNm, model.duchenne);
      const flexorsLeft = inclined ? refineFlexorDeficit(inclination, flexors, id.hipMomentNm) : 0;
      if (Math.max(abductorsLeft, flexorsLeft) < 0.5) break;
      compensate(balance, model.duchenne, hatWeightLeverNm, adj);
      if (inclined) adj.incline.fill(sizeInclinationRad(inclination, flexors));
    }
    const solve = new Uint8Array(N);
    for (let i = 0; i < N - 1; i++) {
      // a frame changes when its posture or either neighbour (its acceleration) does
      for (const j of [i - 1, i, i + 1]) {
        const f = (j + N - 1) % (N - 1);
        // (the flexors' tilt is already in pass 1's motion)
        if (adj.drop[f * 2] || adj.drop[f * 2 + 1] || adj.lean[f * 2] || adj.lean[f * 2 + 1] || adj.lurch[f * 2] || adj.lurch[f * 2 + 1] || adj.incline[f] || adj.level[f * 2] || adj.level[f * 2 + 1]) solve[i] = 1;
      }
    }
    optimiseFrames({ ...input, kin: moved, id }, solve, readFrame);
  }

  // 5. read-outs (the flexor balance against the demand of the motion finally simulated)
  flexorDeficits(flexors, id.hipMomentNm);
  recordDynamics(result, grf, id);
  for (let i = 0; i < N - 1; i++) {
    result.trunkForwardCompensationDeg[i] = adj.incline[i]! * RAD;
    for (let side = 0; side < 2; side++) {
      const key = side === 0 ? 'left' : 'right';
      const k = i * 2 + side;
      result.hipAbductorDemandNm[key][i] = Math.max(0, balance.abductorDemandNm[k]!);
      result.hipAbductorCapacityNm[key][i] = balance.abductorCapacityNm[k]!;
      result.pelvicDropDeg[key][i] = adj.drop[k]! * RAD;
      result.trunkLeanCompensationDeg[key][i] = adj.lean[k]! * RAD;
      result.trunkLurchDeg[key][i] = adj.lurch[k]! * RAD;
      result.hipFlexorDemandNm[key][i] = flexors.demandNm[k]!;
      result.hipFlexorCapacityNm[key][i] = flexors.capacityNm[k]!;
      result.hipFlexorPassiveNm[key][i] = flexors.passiveNm[k]!;
      result.hipFlexorDeficitNm[key][i] = flexors.deficitNm[k]!;
      result.hipRotationPiriformisDeg[key][i] = adj.hipRotation[k]! * RAD;
      // the cycle's events (right heel strike at 0 %, toe-off from the kinematics), not the force threshold
      result.stance[key][i] = phases.stance[side]![i]!;
    }
  }
  copyFrame(result, 0, N - 1);
  result.coordinates.ankle_angle_l.set(base.values.ankle_angle_l);
  result.coordinates.ankle_angle_r.set(base.values.ankle_angle_r);
  result.summary = summariseGait(result, model.bodyMassKg, flexorDeficitBeforeNm);
  result.warnings = gaitWarnings(result, standing.standing.converged, builtIn);
  return result;
}
