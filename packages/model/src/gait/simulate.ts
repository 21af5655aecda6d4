/**
 * simulateGait: one gait cycle driven by normative kinematics, with hip drop
 * (Trendelenburg), trunk lean (Duchenne), hip-flexor tightness and gluteus
 * maximus gait arising from the mechanics of each frame (spec §5.4–§5.5).
 *
 * Per frame: (1) the baseline posture over the subject's standing posture;
 * (2) segment accelerations from the cycle (central differences) give
 * d'Alembert loads, so the hip demands are those of the prescribed motion;
 * (3) abductor and extensor demand vs capacity decide the compensations,
 * smoothed in and out over 10 % of the cycle; (4) static optimisation of the
 * compensated frame gives muscle forces and per-level left/right lumbar loads.
 */
import type { CompiledModel } from '../params/compile.ts';
import { MUSCLE_GROUPS, type MuscleGroup } from '../params/fields.ts';
import { LEVELS } from '../anatomy/spine.ts';
import { GRAVITY_M_PER_S2, HAT_COM_FROM_BACK_JOINT_M } from '../anatomy/segments.ts';
import { buildElements } from '../anatomy/elements.ts';
import { DEFAULT_PARAMS } from '../params/schema.ts';
import { describeReceived } from '../params/errors.ts';
import { TaskError } from '../tasks/task.ts';
import { standingPosture, solverFor } from '../tasks/solve-task.ts';
import { bilateralGroups, hipCapacityGroups, singleLegGroups } from '../tasks/groups.ts';
import { hipContactForces } from '../tasks/assemble.ts';
import { buildPoseOutput, fillDiscFrames, fillLandmarks, landmarkSpecs } from '../tasks/pose-output.ts';
import { StaticSolver } from '../mechanics/static-optimisation.ts';
import { computeLevelLoads, createLevelLoads } from '../mechanics/level-loads.ts';
import { createPosture } from '../mechanics/posture.ts';
import { computePose, createPoseBuffers, massCentre } from '../mechanics/pose.ts';
import { passiveTension } from '../mechanics/passive-tension.ts';
import { pathLength } from '../anatomy/elements.ts';
import { HIP_FRONTAL_TISSUE } from '../mechanics/joint-passive.ts';
import { isPrimaryAbductor } from '../mechanics/abductors.ts';
import * as B from '../mechanics/bodies.ts';
import { normativeKinematics, GAIT_COORDINATES, type GaitKinematics, type GaitCoordinate } from './kinematics.ts';
import { buildBaseline } from './baseline.ts';
import { gaitPhases, taperEnvelope } from './phases.ts';
import { framePosture, gaitReference, type FrameAdjustments } from './frame-posture.ts';
import { summariseGait } from './summary.ts';
import type { GaitLevelSeries, GaitResult } from './types.ts';

const RAD = 180 / Math.PI;
/** Width of the smooth entry and exit of a compensation (spec §5.5) [E]. */
export const COMPENSATION_TAPER_FRACTION = 0.1;
export const FRAMES_RANGE = [21, 1001] as const;
export const CYCLE_DURATION_RANGE_S = [0.6, 3] as const;

export interface GaitOptions {
  /** Frames per cycle including both heel strikes (default 101). */
  framesPerCycle?: number;
  /** Cycle duration (s); default: the baseline's own (1.235 s for the normative cycle). */
  cycleDurationS?: number;
  /** Baseline kinematics (default: the OpenSim subject01 cycle made symmetric). */
  kinematics?: GaitKinematics;
}

function checkOption(value: number | undefined, path: string, [lo, hi]: readonly [number, number], unit: string, integer = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < lo || value > hi || (integer && !Number.isInteger(value))) {
    throw new TaskError(`${path} must be ${integer ? 'an integer' : 'a number'} within [${lo}, ${hi}] ${unit}, got ${describeReceived(value)}`, path, value);
  }
}

const defaultTables = new WeakMap<object, ReturnType<typeof buildElements>>();
const normativeBaselines = new Map<number, ReturnType<typeof buildBaseline>>();

/** The built-in baseline is the same for every model: build it once per frame count. */
function normativeBaseline(frames: number): ReturnType<typeof buildBaseline> {
  let b = normativeBaselines.get(frames);
  if (!b) {
    b = buildBaseline(normativeKinematics(), frames, true, true);
    if (normativeBaselines.size > 8) normativeBaselines.clear();
    normativeBaselines.set(frames, b);
  }
  return b;
}

export function simulateGait(model: CompiledModel, options: GaitOptions = {}): GaitResult {
  checkOption(options.framesPerCycle, 'gait.framesPerCycle', FRAMES_RANGE, 'frames', true);
  checkOption(options.cycleDurationS, 'gait.cycleDurationS', CYCLE_DURATION_RANGE_S, 's');
  const N = options.framesPerCycle ?? 101;
  const kin = options.kinematics ?? normativeKinematics();
  const T = options.cycleDurationS ?? kin.timeS[kin.timeS.length - 1]! - kin.timeS[0]!;
  const builtIn = options.kinematics === undefined;
  const base = builtIn ? normativeBaseline(N) : buildBaseline(kin, N, false, false);
  const g = model.geometry;
  const t = model.elements;
  const E = t.count;
  const warnings: string[] = [];

  // the subject's own standing posture is the base the cycle is laid on
  const standing = standingPosture(model);
  if (!standing.equilibrium.converged) warnings.push('The standing posture did not balance; the gait starts from the limit posture.');
  const standingPose = createPoseBuffers(t.pointCount);
  computePose(g, model.thoraxComAnteriorM, t, standing.posture, standingPose);
  const ref = gaitReference(base, standing.posture, standingPose.o[B.PELVIS * 3 + 1]!, g.neutralPelvisTilt, g.lengthScale);
  const phases = gaitPhases(N, kin.rightToeOffFraction, T);
  const dt = T / (N - 1);

  const adj: FrameAdjustments = { drop: new Float64Array(N * 2), lean: new Float64Array(N * 2), lurch: new Float64Array(N * 2), tilt: new Float64Array(N) };
  const posture = createPosture();

  // (3) demand and capacity per frame and leg at the baseline posture
  const capSolver = solverFor(model, 'gait-hips', hipCapacityGroups, false);
  let defaults = defaultTables.get(g);
  if (!defaults) {
    defaults = buildElements(g, DEFAULT_PARAMS.muscles);
    defaultTables.set(g, defaults);
  }
  const demand = [new Float64Array(N), new Float64Array(N)] as const;
  const capacity = [new Float64Array(N), new Float64Array(N)] as const;
  const deficit = [new Float64Array(N), new Float64Array(N)] as const;
  const extDeficit = [new Float64Array(N), new Float64Array(N)] as const;
  const flexorExtra = new Float64Array(N);
  const hatWeightLever = HAT_COM_FROM_BACK_JOINT_M[1] * g.lengthScale * (g.thoraxMass + g.vertebraMass.reduce((a, b) => a + b, 0)) * GRAVITY_M_PER_S2;
  const standingArms: number[] = [];
  const flexorMoment = (): number => {
    // extra hip-flexion pull of the (tight) iliopsoas over a default one, as a generalised force on anterior pelvic rotation
    let q = 0;
    for (let side = 0; side < 2; side++) {
      for (let e = 0; e < E; e++) {
        if (t.group[e] !== 'iliopsoas' || t.side[e] !== side || !capSolver.loads.crosses[side * E + e]) continue;
        const l = pathLength(t, capSolver.pose.points, e);
        const extra = passiveTension(t, e, l) - passiveTension(defaults!, e, l);
        // the iliopsoas wraps over the femoral head, keeping its flexion arm through hip extension;
        // our straight-line path would shrink it, so the standing arm is used [E]
        if (standingArms[e] === undefined) standingArms[e] = capSolver.loads.unitMoment[(side * E + e) * 3 + 2]!;
        q -= extra * standingArms[e]!;
      }
    }
    return q;
  };
  capSolver.pose.accel.fill(0);
  capSolver.prepare(standing.posture);
  const flexorStanding = flexorMoment();
  // (1) one kinematic pass over the unique frames (the last repeats the first): capacities, passive
  // moments and the static (gravity) moments, plus what the inertial moments need afterwards
  const unique = N - 1;
  const BC = B.BODY_COUNT;
  const com = new Float64Array(N * BC * 3);
  const centre = new Float64Array(N * 2 * 3);
  const axisX = new Float64Array(N * 2 * 3);
  const axisZ = new Float64Array(N * 2 * 3);
  const staticX = new Float64Array(N * 2), staticZ = new Float64Array(N * 2);
  const capacityAt = new Float64Array(N * 2), passiveAt = new Float64Array(N * 2), extCapAt = new Float64Array(N * 2);
  for (let i = 0; i < unique; i++) {
    capSolver.prepare(framePosture(base, i, ref, adj, i, posture));
    com.set(capSolver.pose.com, i * BC * 3);
    for (let side = 0; side < 2; side++) {
      const sgn = side === 1 ? 1 : -1;
      let cap = 0, passive = sgn * capSolver.jointPassive[side * 3]!, extCap = 0;
      const ramp = onsetRamp(phases.sinceHeelStrikeS[side]![i]!, phases.stance[side]![i]!);
      for (let e = 0; e < E; e++) {
        if (!capSolver.loads.crosses[side * E + e]) continue;
        const o = (side * E + e) * 3;
        const arm = sgn * capSolver.loads.unitMoment[o]!;
        passive += arm * capSolver.state.passiveForce[e]!;
        if (arm > 0 && isPrimaryAbductor(t, e)) cap += arm * capSolver.state.activeForce[e]! * t.maxActivation[e]!;
        const extArm = capSolver.loads.unitMoment[o + 2]!;
        const group = t.group[e];
        if (extArm > 0 && (group === 'gluteusMaximus' || group === 'hamstrings')) {
          const c = group === 'gluteusMaximus' ? t.maxActivation[e]! * ramp(t.onsetDelay[e]!) : t.maxActivation[e]!;
          extCap += extArm * capSolver.state.activeForce[e]! * c;
        }
      }
      const k = i * 2 + side;
      capacityAt[k] = cap;
      passiveAt[k] = passive;
      extCapAt[k] = extCap;
      staticX[k] = capSolver.loads.gravityMoment[side * 3]!;
      staticZ[k] = capSolver.loads.gravityMoment[side * 3 + 2]!;
      for (let c = 0; c < 3; c++) {
        centre[k * 3 + c] = capSolver.loads.centre[side * 3 + c]!;
        axisX[k * 3 + c] = capSolver.loads.frame[side * 9 + c]!;
        axisZ[k * 3 + c] = capSolver.loads.frame[side * 9 + 6 + c]!;
      }
    }
    flexorExtra[i] = flexorMoment() - flexorStanding;
  }
  // (2) accelerations of every body's centre of mass (periodic central differences)
  const accel = new Float64Array(N * BC * 3);
  for (let i = 0; i < N; i++) {
    const a = i % unique, prev = (a - 1 + unique) % unique, next = (a + 1) % unique;
    for (let k = 0; k < BC * 3; k++) {
      accel[i * BC * 3 + k] = (com[next * BC * 3 + k]! - 2 * com[a * BC * 3 + k]! + com[prev * BC * 3 + k]!) / (dt * dt);
    }
  }
  // (3) demands = gravity + d'Alembert moments of everything but the stance leg, times its load share
  const mass = capSolver.pose.mass;
  for (let i = 0; i < N; i++) {
    const f = i % unique;
    for (let side = 0; side < 2; side++) {
      const k = f * 2 + side;
      const mask = B.ALL_MASK & ~(side === 0 ? B.LEG_L_MASK : B.LEG_R_MASK);
      let mx = 0, my = 0, mz = 0;
      for (let b = 0; b < BC; b++) {
        if (!(mask & (1 << b))) continue;
        const o = f * BC * 3 + b * 3;
        const rx = com[o]! - centre[k * 3]!, ry = com[o + 1]! - centre[k * 3 + 1]!, rz = com[o + 2]! - centre[k * 3 + 2]!;
        const fx = -mass[b]! * accel[o]!, fy = -mass[b]! * accel[o + 1]!, fz = -mass[b]! * accel[o + 2]!;
        mx += ry * fz - rz * fy;
        my += rz * fx - rx * fz;
        mz += rx * fy - ry * fx;
      }
      const momentX = staticX[k]! + axisX[k * 3]! * mx + axisX[k * 3 + 1]! * my + axisX[k * 3 + 2]! * mz;
      const momentZ = staticZ[k]! + axisZ[k * 3]! * mx + axisZ[k * 3 + 1]! * my + axisZ[k * 3 + 2]! * mz;
      const sgn = side === 1 ? 1 : -1;
      const share = phases.loadShare[side]![i]!;
      const d = share * Math.max(0, -sgn * momentX);
      demand[side]![i] = d;
      capacity[side]![i] = capacityAt[k]!;
      deficit[side]![i] = share > 0.5 ? Math.max(0, d - capacityAt[k]! - Math.max(0, passiveAt[k]!)) : 0;
      const extDemand = phases.stance[side]![i]! ? share * Math.max(0, -momentZ) : 0;
      extDeficit[side]![i] = Math.max(0, extDemand - extCapAt[k]!);
    }
  }
  flexorExtra[unique] = flexorExtra[0]!;

  // compensations: spec §5.4 closed forms, then smooth entry and exit
  const s = model.duchenne;
  const K = Math.max(standing.equilibrium.stiffnessNmPerRad, 1);
  for (let side = 0; side < 2; side++) {
    const drop = new Float64Array(N), lean = new Float64Array(N), lurch = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const D = deficit[side]![i]!;
      // Trendelenburg: passive hip frontal tissue T(δ) = A(e^{Bδ} − 1) takes (1 − s)·D
      drop[i] = Math.log(1 + ((1 - s) * D) / HIP_FRONTAL_TISSUE.amplitudeNm) / HIP_FRONTAL_TISSUE.rate;
      // Duchenne: m_HAT·g·h·sin φ = s·D (h = 0.32 m, spec §5.4)
      lean[i] = Math.asin(Math.min(1, (s * D) / hatWeightLever));
      // gluteus maximus gait: the trunk lurches back until the extensor deficit is gone
      lurch[i] = Math.asin(Math.min(1, extDeficit[side]![i]! / hatWeightLever));
    }
    const sd = taperEnvelope(drop, COMPENSATION_TAPER_FRACTION);
    const sl = taperEnvelope(lean, COMPENSATION_TAPER_FRACTION);
    const su = taperEnvelope(lurch, COMPENSATION_TAPER_FRACTION);
    for (let i = 0; i < N; i++) {
      adj.drop[i * 2 + side] = sd[i]!;
      adj.lean[i * 2 + side] = sl[i]!;
      adj.lurch[i * 2 + side] = su[i]!;
    }
  }
  // hip-flexor tightness: the extra pull beyond standing, against the postural stiffness
  for (let i = 0; i < N; i++) adj.tilt[i] = flexorExtra[i]! / K;

  // (4) static optimisation of every compensated frame
  const bilateral = solverFor(model, 'gait-bilateral', bilateralGroups, true);
  const single = [solverFor(model, 'gait-single-left', () => singleLegGroups(0), false), solverFor(model, 'gait-single-right', () => singleLegGroups(1), false)];
  const result = allocateResult(model, N, T, kin.source);
  const ll = createLevelLoads();
  const specs = landmarkSpecs(model);
  const anim = result.animation;
  const frameCom = new Float64Array(3);
  const glmaxUpper = new Float64Array(E);
  const history = new Map<StaticSolver, { frame: number; prevFrame: number; last: Float64Array; prev: Float64Array }>();
  for (const sv of [bilateral, ...single]) history.set(sv, { frame: -9, prevFrame: -9, last: new Float64Array(sv.qp.m), prev: new Float64Array(sv.qp.m) });
  for (let i = 0; i < N - 1; i++) {
    const solver: StaticSolver = phases.singleSupport[1]![i] ? single[1]! : phases.singleSupport[0]![i] ? single[0]! : bilateral;
    // the gluteus maximus burst starts after its onset delay in each stance
    for (let e = 0; e < E; e++) {
      glmaxUpper[e] = t.maxActivation[e]!;
      if (t.group[e] === 'gluteusMaximus' && t.onsetDelay[e]! > 0) {
        const side = t.side[e]!;
        glmaxUpper[e] = t.maxActivation[e]! * onsetRamp(phases.sinceHeelStrikeS[side]![i]!, phases.stance[side]![i]!)(t.onsetDelay[e]!);
      }
      solver.qp.upper[e] = glmaxUpper[e]!;
      if (solver.qp.lower[e]! > solver.qp.upper[e]!) solver.qp.lower[e] = solver.qp.upper[e]!;
    }
    framePosture(base, i, ref, adj, i, posture);
    solver.pose.accel.set(accel.subarray(i * BC * 3, (i + 1) * BC * 3));
    // warm start: extrapolate the multipliers of the two previous frames this solver solved
    const hist = history.get(solver)!;
    if (hist.frame === i - 1 && hist.prevFrame === i - 2) {
      for (let j = 0; j < solver.qp.m; j++) solver.qp.lambda[j] = 2 * hist.last[j]! - hist.prev[j]!;
    }
    solver.evaluate(posture);
    hist.prev.set(hist.last);
    hist.last.set(solver.qp.lambda);
    hist.prevFrame = hist.frame;
    hist.frame = i;
    computeLevelLoads(solver, posture, ll);
    recordFrame(result, i, model, solver, posture, ll);
    // animation
    const P = solver.pose;
    for (let b = 0; b < B.BODY_COUNT; b++) {
      const o = (i * B.BODY_COUNT + b) * 12;
      anim.bodyFrames.set(P.o.subarray(b * 3, b * 3 + 3), o);
      anim.bodyFrames.set(P.R.subarray(b * 9, b * 9 + 9), o + 3);
    }
    fillLandmarks(specs, P, anim.landmarks, i * specs.length * 3);
    anim.musclePoints.set(P.points, i * t.pointCount * 3);
    anim.muscleActivation.set(solver.qp.x.subarray(0, E), i * E);
    fillDiscFrames(P, anim.discFrames, i * 45);
    massCentre(P, B.ALL_MASK, frameCom);
    anim.centreOfMass.set(frameCom, i * 3);
    if (i === 0) result.pose = buildPoseOutput(model, solver, P);
    for (let side = 0; side < 2; side++) {
      const key = side === 0 ? 'left' : 'right';
      result.hipAbductorDemandNm[key][i] = demand[side]![i]!;
      result.hipAbductorCapacityNm[key][i] = capacity[side]![i]!;
      result.pelvicDropDeg[key][i] = adj.drop[i * 2 + side]! * RAD;
      result.trunkLeanCompensationDeg[key][i] = adj.lean[i * 2 + side]! * RAD;
      result.trunkLurchDeg[key][i] = adj.lurch[i * 2 + side]! * RAD;
      result.stance[key][i] = phases.stance[side]![i]!;
    }
  }
  // the last frame closes the cycle: it is the first one again
  copyFrame(result, 0, N - 1);
  // restore the shared solvers' bounds for later calls
  for (const solver of [bilateral, ...single]) {
    const floor = solver.bilateral ? t.minActivationBilateral : t.minActivation;
    for (let e = 0; e < E; e++) {
      solver.qp.upper[e] = t.maxActivation[e]!;
      solver.qp.lower[e] = floor[e]!;
    }
    solver.pose.accel.fill(0);
  }
  capSolver.pose.accel.fill(0);
  result.coordinates.ankle_angle_l.set(base.values.ankle_angle_l);
  result.coordinates.ankle_angle_r.set(base.values.ankle_angle_r);
  result.summary = summariseGait(result, model.bodyMassKg);
  const worstReserve = result.maxReserveNm.reduce((a, b) => Math.max(a, b), 0);
  if (worstReserve > 0.5) warnings.push(`In some frames the muscles cannot hold the posture: reserve moments up to ${worstReserve.toFixed(1)} N·m.`);
  for (const [key, st] of [['left', result.summary.leftStance], ['right', result.summary.rightStance]] as const) {
    if (st.peakAbductorDeficitNm > 0) {
      warnings.push(
        `${key === 'left' ? 'Left' : 'Right'} stance: the hip abductors fall ${st.peakAbductorDeficitNm.toFixed(1)} N·m short at peak; the pelvis drops ${st.peakContralateralDropDeg.toFixed(1)}° and the trunk leans up to ${st.peakTrunkLeanTowardStanceDeg.toFixed(1)}° toward the stance side.`,
      );
    }
  }
  result.warnings = warnings;
  return result;
}

/** Activation cap multiplier of a muscle with onset delay d (s) at time `since` after heel strike: a smooth ramp over the delay. */
function onsetRamp(since: number, inStance: number): (delayS: number) => number {
  return (delayS: number) => {
    if (!inStance || delayS <= 0 || since >= delayS) return 1;
    const x = since / delayS;
    return x * x * (3 - 2 * x);
  };
}

/** Copies every per-frame value of frame `from` to frame `to` (series of length `frames`, and the strided animation arrays). */
function copyFrame(r: GaitResult, from: number, to: number): void {
  const n = r.frames;
  const visit = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as Float64Array;
      if (a.length === n) a[to] = a[from]!;
      return;
    }
    if (v && typeof v === 'object') for (const [key, child] of Object.entries(v)) if (key !== 'animation' && key !== 'timeS' && key !== 'cyclePercent') visit(child);
  };
  visit(r);
  const an = r.animation;
  for (const a of [an.bodyFrames, an.landmarks, an.musclePoints, an.muscleActivation, an.discFrames, an.centreOfMass]) {
    const stride = a.length / n;
    a.copyWithin(to * stride, from * stride, (from + 1) * stride);
  }
}

const memberCache = new WeakMap<object, Int32Array[]>();

/** Elements of muscle group `gi` on `side` (cached per element table). */
function groupMembers(t: CompiledModel['elements'], gi: number, side: number): Int32Array {
  let lists = memberCache.get(t);
  if (!lists) {
    lists = [];
    for (let g = 0; g < MUSCLE_GROUPS.length; g++) {
      for (let s = 0; s < 2; s++) {
        lists.push(Int32Array.from({ length: t.count }, (_, e) => e).filter((e) => t.groupIndex[e] === g && t.side[e] === s));
      }
    }
    memberCache.set(t, lists);
  }
  return lists[gi * 2 + side]!;
}

function levelSeries(n: number): GaitLevelSeries {
  const a = () => new Float64Array(n);
  return {
    compressionN: a(),
    leftCompressionN: a(),
    rightCompressionN: a(),
    asymmetryIndex: a(),
    apShearN: a(),
    mlShearN: a(),
    lateralMomentNm: a(),
    intradiscalPressureMPa: a(),
  };
}

function allocateResult(model: CompiledModel, n: number, cycleDurationS: number, source: string): GaitResult {
  const a = () => new Float64Array(n);
  const sides = () => ({ left: a(), right: a() });
  const t = model.elements;
  const specs = landmarkSpecs(model);
  const coordinates = {} as Record<GaitCoordinate, Float64Array>;
  for (const c of GAIT_COORDINATES) coordinates[c] = a();
  const activations = {} as Record<MuscleGroup, { left: Float64Array; right: Float64Array }>;
  for (const gname of MUSCLE_GROUPS) activations[gname] = sides();
  return {
    frames: n,
    cycleDurationS,
    timeS: Float64Array.from({ length: n }, (_, i) => (i / (n - 1)) * cycleDurationS),
    cyclePercent: Float64Array.from({ length: n }, (_, i) => (100 * i) / (n - 1)),
    source,
    pelvicObliquityDeg: a(),
    anteriorPelvicTiltDeg: a(),
    pelvicTiltDeg: a(),
    sacralSlopeDeg: a(),
    trunkLateralLeanDeg: a(),
    trunkForwardLeanDeg: a(),
    lordosisDeg: a(),
    levels: Object.fromEntries(LEVELS.map((l) => [l, levelSeries(n)])) as GaitResult['levels'],
    hipAbductorDemandNm: sides(),
    hipAbductorCapacityNm: sides(),
    pelvicDropDeg: sides(),
    trunkLeanCompensationDeg: sides(),
    trunkLurchDeg: sides(),
    hipContactForceN: sides(),
    stance: { left: new Uint8Array(n), right: new Uint8Array(n) },
    coordinates,
    activations,
    maxReserveNm: a(),
    summary: undefined as unknown as GaitResult['summary'],
    pose: undefined as unknown as GaitResult['pose'],
    animation: {
      bodyNames: [...B.BODY_NAMES],
      bodyFrames: new Float64Array(n * B.BODY_COUNT * 12),
      landmarkNames: specs.map((sp) => sp.name),
      landmarks: new Float64Array(n * specs.length * 3),
      musclePointStart: Int32Array.from(t.pointStart),
      musclePoints: new Float64Array(n * t.pointCount * 3),
      muscleActivation: new Float64Array(n * t.count),
      discFrames: new Float64Array(n * 45),
      centreOfMass: new Float64Array(n * 3),
    },
    warnings: [],
  };
}

function recordFrame(r: GaitResult, i: number, model: CompiledModel, solver: StaticSolver, p: ReturnType<typeof createPosture>, ll: ReturnType<typeof createLevelLoads>): void {
  const g = model.geometry;
  const t = model.elements;
  const pt = g.pt0 + p.pelvisTilt;
  r.pelvicTiltDeg[i] = pt * RAD;
  r.sacralSlopeDeg[i] = (model.pelvicIncidenceRad - pt) * RAD;
  r.anteriorPelvicTiltDeg[i] = (model.asisPsisNeutralRad + g.neutralPt - pt) * RAD;
  r.pelvicObliquityDeg[i] = p.pelvisList * RAD;
  const R = solver.pose.R;
  r.trunkForwardLeanDeg[i] = Math.atan2(R[B.THORAX * 9 + 1]!, R[B.THORAX * 9 + 4]!) * RAD;
  r.trunkLateralLeanDeg[i] = Math.atan2(R[B.THORAX * 9 + 7]!, R[B.THORAX * 9 + 4]!) * RAD;
  let lordosis = 0;
  LEVELS.forEach((level, k) => {
    const s = r.levels[level];
    s.compressionN[i] = ll.compression[k]!;
    s.leftCompressionN[i] = ll.left[k]!;
    s.rightCompressionN[i] = ll.right[k]!;
    s.asymmetryIndex[i] = ll.asymmetry[k]!;
    s.apShearN[i] = ll.apShear[k]!;
    s.mlShearN[i] = ll.mlShear[k]!;
    s.lateralMomentNm[i] = ll.lateralMoment[k]!;
    s.intradiscalPressureMPa[i] = ll.idp[k]!;
    lordosis += ll.angle[k]!;
  });
  r.lordosisDeg[i] = lordosis * RAD;
  const [cl, cr] = hipContactForces(solver);
  r.hipContactForceN.left[i] = cl;
  r.hipContactForceN.right[i] = cr;
  // activations: Fmax-weighted mean per group and side (elements are grouped in the table's order)
  for (let gi = 0; gi < MUSCLE_GROUPS.length; gi++) {
    for (let side = 0; side < 2; side++) {
      const members = groupMembers(t, gi, side);
      let wa = 0, w = 0;
      for (let k = 0; k < members.length; k++) {
        const e = members[k]!;
        wa += t.passiveForceMax[e]! * solver.qp.x[e]!;
        w += t.passiveForceMax[e]!;
      }
      r.activations[MUSCLE_GROUPS[gi]!][side === 0 ? 'left' : 'right'][i] = w > 0 ? wa / w : 0;
    }
  }
  let worst = 0;
  for (let j = 0; j < solver.qp.m; j++) worst = Math.max(worst, Math.abs(solver.qp.x[solver.reserveStart + j]!));
  r.maxReserveNm[i] = worst;
  // coordinates for animation and export (OpenSim names and signs; lumbar angles relative to the pelvis)
  const c = r.coordinates;
  c.pelvis_tilt[i] = p.pelvisTilt * RAD;
  c.pelvis_list[i] = p.pelvisList * RAD;
  c.pelvis_rotation[i] = p.pelvisRotation * RAD;
  c.pelvis_tx[i] = p.pelvisTranslation[0]!;
  c.pelvis_ty[i] = p.pelvisTranslation[1]!;
  c.pelvis_tz[i] = p.pelvisTranslation[2]!;
  c.hip_flexion_l[i] = p.hipFlexion[0]! * RAD;
  c.hip_flexion_r[i] = p.hipFlexion[1]! * RAD;
  c.hip_adduction_l[i] = p.hipAdduction[0]! * RAD;
  c.hip_adduction_r[i] = p.hipAdduction[1]! * RAD;
  c.hip_rotation_l[i] = p.hipRotation[0]! * RAD;
  c.hip_rotation_r[i] = p.hipRotation[1]! * RAD;
  c.knee_angle_l[i] = -p.kneeFlexion[0]! * RAD;
  c.knee_angle_r[i] = -p.kneeFlexion[1]! * RAD;
  let ext = 0, bend = 0, rot = 0;
  for (let k = 0; k < 5; k++) {
    ext += ll.angle[k]! - g.neutralLevelAngle[k]!;
    bend += ll.bend[k]!;
    rot += p.levelRotation[k]!;
  }
  c.lumbar_extension[i] = ext * RAD;
  c.lumbar_bending[i] = bend * RAD;
  c.lumbar_rotation[i] = rot * RAD;
}
