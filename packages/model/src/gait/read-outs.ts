/**
 * Pass 5, read-outs (docs/model.md §9.4): the result's per-frame series from a
 * solved frame (posture, muscle forces, per-level loads, hip contact with the
 * ground reaction) and from the inverse dynamics, plus the result's allocation;
 * at the end of the cycle the balance and compensation series, the summary
 * (summary.ts) and the warnings (warnings.ts).
 */
import type { CompiledModel } from '../engine/compile.ts';
import { MUSCLE_GROUPS, type MuscleGroup } from '../params/fields.ts';
import { LEVELS } from '../data/spine.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { FEASIBILITY_RESERVE_NM } from '../mechanics/static-optimisation.ts';
import { computeLevelLoads, createLevelLoads, netLoad } from '../mechanics/level-loads.ts';
import type { Posture } from '../geometry/posture.ts';
import * as B from '../geometry/bodies.ts';
import { buildPoseOutput, fillDiscFrames, fillLandmarks, landmarkSpecs } from '../engine/pose-output.ts';
import { massCentre } from '../geometry/pose.ts';
import { GAIT_COORDINATES, type GaitCoordinate } from './kinematics.ts';
import { HIP_GROUP, L5S1_GROUP } from './gait-solver.ts';
import type { FrameSink } from './optimisation.ts';
import { mirrorElements } from './half-cycle-mirror.ts';
import type { GroundReactions } from './ground-reactions.ts';
import type { InverseDynamics } from './inverse-dynamics.ts';
import type { GaitCycle } from './cycle.ts';
import type { WalkingMotion } from './motion.ts';
import type { HipBalances } from './balances.ts';
import type { CompensatedMotion } from './compensated-motion.ts';
import { flexorDeficits } from './flexor-balance.ts';
import { summariseGait } from './summary.ts';
import { gaitWarnings } from './warnings.ts';
import type { GaitLevelSeries, GaitResult, GaitVectorSeries } from './types.ts';
import { Float64Slab } from './series-slab.ts';

const RAD = 180 / Math.PI;
const SIDES = ['left', 'right'] as const;

const memberCache = new WeakMap<object, Int32Array[]>();

/** Elements of each muscle group and side, list gi·2 + side (cached per element table). */
function groupMembers(t: CompiledModel['elements']): Int32Array[] {
  let lists = memberCache.get(t);
  if (!lists) {
    lists = [];
    for (let g = 0; g < MUSCLE_GROUPS.length; g++) {
      for (let s = 0; s < 2; s++) lists.push(Int32Array.from({ length: t.count }, (_, e) => e).filter((e) => t.groupIndex[e] === g && t.side[e] === s));
    }
    memberCache.set(t, lists);
  }
  return lists;
}

/** A result's activation series by group and side (index gi·2 + side): looked up by name once per result (frameReader), not on every frame. */
function activationSeries(r: GaitResult): Float64Array[] {
  const series: Float64Array[] = [];
  for (let gi = 0; gi < MUSCLE_GROUPS.length; gi++) for (let side = 0; side < 2; side++) series.push(r.activations[MUSCLE_GROUPS[gi]!][SIDES[side]!]);
  return series;
}

function levelSeries(a: () => Float64Array): GaitLevelSeries {
  return {
    compressionN: a(),
    leftCompressionN: a(),
    rightCompressionN: a(),
    asymmetryIndex: a(),
    apShearN: a(),
    mlShearN: a(),
    lateralMomentNm: a(),
    intradiscalPressureMPa: a(),
    angleDeg: a(),
    lateralBendDeg: a(),
    axialRotationDeg: a(),
    axialMomentNm: a(),
    leftFacetForceN: a(),
    rightFacetForceN: a(),
  };
}

/** Doubles per shared buffer of a result's series (series-slab.ts): the ~230 series of a 101-frame cycle fit in one. */
const SERIES_CHUNK_LENGTH = 32768;

/** `out` with `from`'s values; returns out. */
function copyInto(out: Float64Array, from: ArrayLike<number>): Float64Array {
  out.set(from);
  return out;
}

/** `out[i] = f(i)` for every i; returns out. */
function fill(out: Float64Array, f: (i: number) => number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = f(i);
  return out;
}

export function allocateResult(model: CompiledModel, n: number, cycleDurationS: number, source: string): GaitResult {
  const slab = new Float64Slab(Math.max(SERIES_CHUNK_LENGTH, 4 * n));
  const a = () => slab.take(n);
  const sides = () => ({ left: a(), right: a() });
  const vec = (): GaitVectorSeries => ({ x: a(), y: a(), z: a() });
  const hip = () => ({ flexionNm: a(), adductionNm: a(), rotationNm: a() });
  const t = model.elements;
  const specs = landmarkSpecs(model);
  const coordinates = {} as Record<GaitCoordinate, Float64Array>;
  for (const c of GAIT_COORDINATES) coordinates[c] = a();
  const activations = {} as Record<MuscleGroup, { left: Float64Array; right: Float64Array }>;
  for (const gname of MUSCLE_GROUPS) activations[gname] = sides();
  return {
    frames: n,
    cycleDurationS,
    timeS: fill(a(), (i) => (i / (n - 1)) * cycleDurationS),
    cyclePercent: fill(a(), (i) => (100 * i) / (n - 1)),
    source,
    pelvicObliquityDeg: a(),
    anteriorPelvicTiltDeg: a(),
    pelvicTiltDeg: a(),
    sacralSlopeDeg: a(),
    trunkLateralLeanDeg: a(),
    trunkForwardLeanDeg: a(),
    lordosisDeg: a(),
    levels: Object.fromEntries(LEVELS.map((l) => [l, levelSeries(a)])) as GaitResult['levels'],
    hipAbductorDemandNm: sides(),
    hipAbductorCapacityNm: sides(),
    pelvicDropDeg: sides(),
    trunkLeanCompensationDeg: sides(),
    trunkLurchDeg: sides(),
    trunkForwardCompensationDeg: a(),
    hipFlexorDemandNm: sides(),
    hipFlexorCapacityNm: sides(),
    hipFlexorPassiveNm: sides(),
    hipFlexorDeficitNm: sides(),
    hipRotationPiriformisDeg: sides(),
    hipContactForceN: sides(),
    stance: { left: new Uint8Array(n), right: new Uint8Array(n) },
    coordinates,
    activations,
    maxReserveNm: a(),
    feasible: new Uint8Array(n),
    pelvicRotationDeg: a(),
    groundReactionForceN: { left: vec(), right: vec() },
    centreOfPressureM: { left: vec(), right: vec() },
    groundReactionTorqueNm: { left: vec(), right: vec() },
    hipMomentNm: { left: hip(), right: hip() },
    kneeMomentNm: sides(),
    lumbosacralMomentNm: { extensionNm: a(), bendingNm: a(), rotationNm: a() },
    residualForceN: vec(),
    residualMomentNm: vec(),
    summary: undefined as unknown as GaitResult['summary'],
    pose: undefined as unknown as GaitResult['pose'],
    animation: {
      bodyNames: [...B.BODY_NAMES],
      bodyFrames: slab.take(n * B.BODY_COUNT * 12),
      landmarkNames: specs.map((sp) => sp.name),
      landmarks: slab.take(n * specs.length * 3),
      musclePointStart: Int32Array.from(t.pointStart),
      musclePointBody: Int32Array.from(t.pointBody),
      musclePointLocalM: copyInto(slab.take(t.pointLocal.length), t.pointLocal),
      muscleActivation: slab.take(n * t.count),
      discFrames: slab.take(n * 45),
      centreOfMass: slab.take(n * 3),
    },
    warnings: [],
  };
}

/** Ground reactions, centres of pressure, net joint moments and residuals of every frame. */
export function recordDynamics(r: GaitResult, grf: GroundReactions, id: InverseDynamics): void {
  for (let i = 0; i < r.frames; i++) {
    SIDES.forEach((key, side) => {
      const f = grf[side]!, gr = r.groundReactionForceN[key], cp = r.centreOfPressureM[key], gt = r.groundReactionTorqueNm[key];
      gr.x[i] = f.forceN[i * 3]!;
      gr.y[i] = f.forceN[i * 3 + 1]!;
      gr.z[i] = f.forceN[i * 3 + 2]!;
      gt.x[i] = f.torqueNm[i * 3]!;
      gt.y[i] = f.torqueNm[i * 3 + 1]!;
      gt.z[i] = f.torqueNm[i * 3 + 2]!;
      const loaded = f.forceN[i * 3 + 1]! > 0;
      const c = (i * 2 + side) * 3;
      cp.x[i] = loaded ? id.copM[c]! : 0;
      cp.y[i] = loaded ? id.copM[c + 1]! : 0;
      cp.z[i] = loaded ? id.copM[c + 2]! : 0;
      const h = r.hipMomentNm[key];
      h.flexionNm[i] = id.hipMomentNm[c]!;
      h.adductionNm[i] = id.hipMomentNm[c + 1]!;
      h.rotationNm[i] = id.hipMomentNm[c + 2]!;
      r.kneeMomentNm[key][i] = id.kneeMomentNm[i * 2 + side]!;
    });
    r.residualForceN.x[i] = id.residualForceN[i * 3]!;
    r.residualForceN.y[i] = id.residualForceN[i * 3 + 1]!;
    r.residualForceN.z[i] = id.residualForceN[i * 3 + 2]!;
    r.residualMomentNm.x[i] = id.residualMomentNm[i * 3]!;
    r.residualMomentNm.y[i] = id.residualMomentNm[i * 3 + 1]!;
    r.residualMomentNm.z[i] = id.residualMomentNm[i * 3 + 2]!;
  }
}

const _force = new Float64Array(3);
const _moment = new Float64Array(3);

/** Everything read from a solved frame: its posture (recordPosture) and what the solver found (recordSolved). */
export function recordFrame(
  r: GaitResult,
  i: number,
  model: CompiledModel,
  solver: StaticSolver,
  p: Posture,
  ll: ReturnType<typeof createLevelLoads>,
  grf: GroundReactions,
  activations: readonly Float64Array[],
): void {
  recordPosture(r, i, model, solver, p);
  recordSolved(r, i, model, solver, ll, grf, activations);
}

/** What frame i's posture alone says (the solver's pose must hold its bodies): pelvis, trunk, coordinates, level rotations. */
export function recordPosture(r: GaitResult, i: number, model: CompiledModel, solver: StaticSolver, p: Posture): void {
  const g = model.geometry;
  const pt = g.pt0 + p.pelvisTilt;
  r.pelvicTiltDeg[i] = pt * RAD;
  r.sacralSlopeDeg[i] = (model.pelvicIncidenceRad - pt) * RAD;
  r.anteriorPelvicTiltDeg[i] = (model.asisPsisNeutralRad + g.neutralPt - pt) * RAD;
  r.pelvicObliquityDeg[i] = p.pelvisList * RAD;
  r.pelvicRotationDeg[i] = p.pelvisRotation * RAD;
  const R = solver.pose.R;
  r.trunkForwardLeanDeg[i] = Math.atan2(R[B.THORAX * 9 + 1]!, R[B.THORAX * 9 + 4]!) * RAD;
  r.trunkLateralLeanDeg[i] = Math.atan2(R[B.THORAX * 9 + 7]!, R[B.THORAX * 9 + 4]!) * RAD;
  LEVELS.forEach((level, k) => (r.levels[level].axialRotationDeg[i] = p.levelRotation[k]! * RAD));
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
  let rot = 0;
  for (let k = 0; k < 5; k++) rot += p.levelRotation[k]!;
  c.lumbar_rotation[i] = rot * RAD;
}

/**
 * What the solver found at frame i: per-level loads and the lumbar angles its compliance leaves (`ll`), hip
 * contact, the net moments at L5/S1, activations (into `activations`, r's series by group and side:
 * activationSeries), reserves and feasibility.
 */
export function recordSolved(
  r: GaitResult,
  i: number,
  model: CompiledModel,
  solver: StaticSolver,
  ll: ReturnType<typeof createLevelLoads>,
  grf: GroundReactions,
  activations: readonly Float64Array[],
): void {
  const g = model.geometry;
  const t = model.elements;
  let lordosis = 0;
  for (let k = 0; k < LEVELS.length; k++) {
    const s = r.levels[LEVELS[k]!];
    s.compressionN[i] = ll.compression[k]!;
    s.leftCompressionN[i] = ll.left[k]!;
    s.rightCompressionN[i] = ll.right[k]!;
    s.asymmetryIndex[i] = ll.asymmetry[k]!;
    s.apShearN[i] = ll.apShear[k]!;
    s.mlShearN[i] = ll.mlShear[k]!;
    s.lateralMomentNm[i] = ll.lateralMoment[k]!;
    s.intradiscalPressureMPa[i] = ll.idp[k]!;
    s.angleDeg[i] = ll.angle[k]! * RAD;
    s.lateralBendDeg[i] = ll.bend[k]! * RAD;
    s.axialMomentNm[i] = ll.axialMoment[k]!;
    s.leftFacetForceN[i] = ll.facetLeft[k]!;
    s.rightFacetForceN[i] = ll.facetRight[k]!;
    lordosis += ll.angle[k]!;
  }
  r.lordosisDeg[i] = lordosis * RAD;
  // hip contact: the joint force on the leg balances gravity, inertia, the muscles crossing the hip and the ground reaction
  for (let side = 0; side < 2; side++) {
    const key = SIDES[side]!;
    netLoad(solver, HIP_GROUP[side]!, _force, _moment);
    const f = grf[side]!.forceN;
    const fx = _force[0]! + f[i * 3]!, fy = _force[1]! + f[i * 3 + 1]!, fz = _force[2]! + f[i * 3 + 2]!;
    r.hipContactForceN[key][i] = Math.sqrt(fx * fx + fy * fy + fz * fz);
  }
  // L5/S1 net moments, top down: the lower body holds the upper against gravity and inertia (group axes x, y, z)
  const gm = solver.loads.gravityMoment;
  r.lumbosacralMomentNm.extensionNm[i] = -gm[L5S1_GROUP * 3 + 2]!;
  r.lumbosacralMomentNm.bendingNm[i] = -gm[L5S1_GROUP * 3]!;
  r.lumbosacralMomentNm.rotationNm[i] = -gm[L5S1_GROUP * 3 + 1]!;
  // activations: Fmax-weighted mean per group and side
  const lists = groupMembers(t);
  const x = solver.qp.x;
  for (let gi = 0; gi < MUSCLE_GROUPS.length; gi++) {
    for (let side = 0; side < 2; side++) {
      const members = lists[gi * 2 + side]!;
      let wa = 0, w = 0;
      for (let k = 0; k < members.length; k++) {
        const e = members[k]!;
        wa += t.passiveForceMax[e]! * x[e]!;
        w += t.passiveForceMax[e]!;
      }
      activations[gi * 2 + side]![i] = w > 0 ? wa / w : 0;
    }
  }
  let worst = 0;
  for (let j = 0; j < solver.qp.m; j++) worst = Math.max(worst, Math.abs(x[solver.reserveStart + j]!));
  r.maxReserveNm[i] = worst;
  // the same threshold as every static task (docs/model.md §4.4), scaled with body size
  r.feasible[i] = worst <= FEASIBILITY_RESERVE_NM * solver.passiveScale && solver.qp.converged ? 1 : 0;
  let ext = 0, bend = 0;
  for (let k = 0; k < 5; k++) {
    ext += ll.angle[k]! - g.neutralLevelAngle[k]!;
    bend += ll.bend[k]!;
  }
  r.coordinates.lumbar_extension[i] = ext * RAD;
  r.coordinates.lumbar_bending[i] = bend * RAD;
}

/**
 * Frame i's solved read-outs as the mirror image of frame `twin`'s (half-cycle-mirror.ts: its problem is the
 * twin's mirrored): the sagittal plane's mirror keeps magnitudes, sagittal and vertical quantities, swaps left and
 * right, and turns the sign of a lateral component (a force's z, a bend) or of a frontal or axial moment or angle.
 * `element` maps each element to its mirror (for the drawn activations).
 */
export function mirrorSolved(r: GaitResult, i: number, twin: number, element: Int32Array): void {
  for (const level of LEVELS) {
    const s = r.levels[level];
    s.compressionN[i] = s.compressionN[twin]!;
    s.leftCompressionN[i] = s.rightCompressionN[twin]!;
    s.rightCompressionN[i] = s.leftCompressionN[twin]!;
    s.asymmetryIndex[i] = -s.asymmetryIndex[twin]!;
    s.apShearN[i] = s.apShearN[twin]!;
    s.mlShearN[i] = -s.mlShearN[twin]!;
    s.lateralMomentNm[i] = -s.lateralMomentNm[twin]!;
    s.intradiscalPressureMPa[i] = s.intradiscalPressureMPa[twin]!;
    s.angleDeg[i] = s.angleDeg[twin]!;
    s.lateralBendDeg[i] = -s.lateralBendDeg[twin]!;
    s.axialMomentNm[i] = -s.axialMomentNm[twin]!;
    s.leftFacetForceN[i] = s.rightFacetForceN[twin]!;
    s.rightFacetForceN[i] = s.leftFacetForceN[twin]!;
  }
  r.lordosisDeg[i] = r.lordosisDeg[twin]!;
  r.hipContactForceN.left[i] = r.hipContactForceN.right[twin]!;
  r.hipContactForceN.right[i] = r.hipContactForceN.left[twin]!;
  const lsm = r.lumbosacralMomentNm;
  lsm.extensionNm[i] = lsm.extensionNm[twin]!;
  lsm.bendingNm[i] = -lsm.bendingNm[twin]!;
  lsm.rotationNm[i] = -lsm.rotationNm[twin]!;
  for (const group of MUSCLE_GROUPS) {
    const a = r.activations[group];
    a.left[i] = a.right[twin]!;
    a.right[i] = a.left[twin]!;
  }
  r.maxReserveNm[i] = r.maxReserveNm[twin]!;
  r.feasible[i] = r.feasible[twin]!;
  r.coordinates.lumbar_extension[i] = r.coordinates.lumbar_extension[twin]!;
  r.coordinates.lumbar_bending[i] = -r.coordinates.lumbar_bending[twin]!;
  const E = element.length, act = r.animation.muscleActivation;
  for (let e = 0; e < E; e++) act[i * E + e] = act[twin * E + element[e]!]!;
}

/** Copies every per-frame value of frame `from` to frame `to` (series of length `frames`, and the strided animation arrays). */
/**
 * Keys of the result that hold no per-frame series: the animation (copied by stride below), the time
 * axis, and frame 0's drawing pose (hundreds of small objects, no series: walking them cost more than
 * the copy itself).
 */
const NOT_SERIES = new Set(['animation', 'timeS', 'cyclePercent', 'pose']);

export function copyFrame(r: GaitResult, from: number, to: number): void {
  const n = r.frames;
  const visit = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as Float64Array;
      if (a.length === n) a[to] = a[from]!;
      return;
    }
    if (v && typeof v === 'object') for (const [key, child] of Object.entries(v)) if (!NOT_SERIES.has(key)) visit(child);
  };
  visit(r);
  const an = r.animation;
  for (const a of [an.bodyFrames, an.landmarks, an.muscleActivation, an.discFrames, an.centreOfMass]) {
    const stride = a.length / n;
    a.copyWithin(to * stride, from * stride, (from + 1) * stride);
  }
}

const _com = new Float64Array(3);

/** The drawing geometry of a solved frame: body frames (which carry the muscle paths, see GaitAnimation), landmarks, activations, discs, centre of mass. */
export function recordAnimation(r: GaitResult, i: number, solver: StaticSolver, specs: ReturnType<typeof landmarkSpecs>): void {
  recordBodies(r, i, solver, specs);
  const E = solver.model.elements.count;
  for (let e = 0; e < E; e++) r.animation.muscleActivation[i * E + e] = solver.qp.x[e]!;
}

/** The drawing geometry of frame i from the solver's pose (its bodies): body frames, landmarks, discs, centre of mass. */
function recordBodies(r: GaitResult, i: number, solver: StaticSolver, specs: ReturnType<typeof landmarkSpecs>): void {
  const anim = r.animation;
  const P = solver.pose;
  // plain loops: subarray views would allocate per body and frame
  const bf = anim.bodyFrames;
  for (let b = 0; b < B.BODY_COUNT; b++) {
    const o = (i * B.BODY_COUNT + b) * 12;
    for (let k = 0; k < 3; k++) bf[o + k] = P.o[b * 3 + k]!;
    for (let k = 0; k < 9; k++) bf[o + 3 + k] = P.R[b * 9 + k]!;
  }
  fillLandmarks(specs, P, anim.landmarks, i * specs.length * 3);
  fillDiscFrames(P, anim.discFrames, i * 45);
  massCentre(P, B.ALL_MASK, _com);
  anim.centreOfMass.set(_com, i * 3);
}

/**
 * What pass 4 calls after each frame: for a solved frame everything read from it (recordFrame, recordAnimation;
 * frame 0's drawing pose); for a frame of the second half whose problem mirrors its twin's (half-cycle-mirror.ts),
 * its posture's read-outs from its own bodies (placed in the solver's pose by optimiseFrames: the solver did not
 * prepare the frame) and the solved ones mirrored.
 */
export function frameReader(r: GaitResult, model: CompiledModel, solver: StaticSolver, grf: GroundReactions): FrameSink {
  const ll = createLevelLoads();
  const specs = landmarkSpecs(model);
  const element = mirrorElements(model.elements);
  const activations = activationSeries(r);
  return {
    solved(i, posture) {
      computeLevelLoads(solver, posture, ll);
      recordFrame(r, i, model, solver, posture, ll, grf, activations);
      recordAnimation(r, i, solver, specs);
      if (i === 0) r.pose = buildPoseOutput(model, solver, solver.pose);
    },
    mirrored(i, twin, posture) {
      recordPosture(r, i, model, solver, posture);
      recordBodies(r, i, solver, specs);
      mirrorSolved(r, i, twin, element!);
    },
  };
}

/**
 * The cycle's read-outs once every frame is solved: the hip-flexor balance against the demand of the motion
 * finally simulated, the forces and net moments, each frame's balances and compensations, the last frame
 * (a copy of the first), the summary and the warnings.
 */
export function readOutCycle(r: GaitResult, model: CompiledModel, cycle: GaitCycle, motion: WalkingMotion, balances: HipBalances, compensated: CompensatedMotion): void {
  const N = cycle.frames;
  const { adj, phases } = motion;
  const { balance, flexors } = balances;
  const id = compensated.id;
  flexorDeficits(flexors, id.hipMomentNm);
  recordDynamics(r, motion.grf, id);
  for (let i = 0; i < N - 1; i++) {
    r.trunkForwardCompensationDeg[i] = adj.incline[i]! * RAD;
    for (let side = 0; side < 2; side++) {
      const key = SIDES[side]!;
      const k = i * 2 + side;
      r.hipAbductorDemandNm[key][i] = Math.max(0, balance.abductorDemandNm[k]!);
      r.hipAbductorCapacityNm[key][i] = balance.abductorCapacityNm[k]!;
      r.pelvicDropDeg[key][i] = adj.drop[k]! * RAD;
      r.trunkLeanCompensationDeg[key][i] = adj.lean[k]! * RAD;
      r.trunkLurchDeg[key][i] = adj.lurch[k]! * RAD;
      r.hipFlexorDemandNm[key][i] = flexors.demandNm[k]!;
      r.hipFlexorCapacityNm[key][i] = flexors.capacityNm[k]!;
      r.hipFlexorPassiveNm[key][i] = flexors.passiveNm[k]!;
      r.hipFlexorDeficitNm[key][i] = flexors.deficitNm[k]!;
      r.hipRotationPiriformisDeg[key][i] = adj.hipRotation[k]! * RAD;
      // the cycle's events (right heel strike at 0 %, toe-off from the kinematics), not the force threshold
      r.stance[key][i] = phases.stance[side]![i]!;
    }
  }
  copyFrame(r, 0, N - 1);
  r.coordinates.ankle_angle_l.set(cycle.base.values.ankle_angle_l);
  r.coordinates.ankle_angle_r.set(cycle.base.values.ankle_angle_r);
  r.summary = summariseGait(r, model.bodyMassKg, compensated.flexorDeficitBeforeNm);
  r.warnings = gaitWarnings(r, motion.standing.standing.converged, cycle.builtIn || cycle.measured !== null, motion.lumbarYield?.maxResidualNm ?? 0);
}
