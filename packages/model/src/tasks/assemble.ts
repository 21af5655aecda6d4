/** Builds the output contract (result/types.ts) from a solved posture and static optimisation. */
import type { CompiledModel } from '../engine/compile.ts';
import type { HipResult, LevelResult, MuscleResult, ReserveResult, Task, TaskResult, TaskValues } from '../result/types.ts';
import { MUSCLE_GROUPS } from '../params/fields.ts';
import { LEVELS } from '../data/spine.ts';
import { copyPosture, createPosture, type Posture } from '../geometry/posture.ts';
import { computePose, createPoseBuffers, type PoseBuffers } from '../geometry/pose.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { FEASIBILITY_RESERVE_NM, RESERVE_REPORT_THRESHOLD_NM } from '../mechanics/static-optimisation.ts';
import type { Compensation } from '../mechanics/frontal-compensation.ts';
import { CENTRE_HIP, CENTRE_HIP_MID, createGroupLoads, updateGroupLoads } from '../mechanics/equilibrium.ts';
import { computeLevelLoads, createLevelLoads, netLoad, type LevelLoads } from '../mechanics/level-loads.ts';
import { abductorBalance } from '../mechanics/abductors.ts';
import { ISOMETRIC_OVER_CONCENTRIC } from '../geometry/elements.ts';
import { hipCapacityGroups } from '../mechanics/groups.ts';
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';
import * as B from '../geometry/bodies.ts';
import { buildPoseOutput } from '../engine/pose-output.ts';

const RAD = 180 / Math.PI;
const AXIS_NAMES = ['frontal', 'axial', 'sagittal'] as const;

export interface AssembleInput {
  model: CompiledModel;
  task: Task;
  posture: Posture;
  solver: StaticSolver;
  equilibrium: { converged: boolean };
  compensation: Compensation | null;
  /** Stance side in single-leg stance (0 left, 1 right), −1 otherwise. */
  stanceSide: number;
  warnings: string[];
  /** Build the drawing pose (false for `solveTaskValues`: sweeps never read it). */
  withPose: boolean;
}

export function assembleResult(input: AssembleInput & { withPose: true }): TaskResult;
export function assembleResult(input: AssembleInput & { withPose: false }): TaskValues;
export function assembleResult(input: AssembleInput): TaskResult | TaskValues;
export function assembleResult(input: AssembleInput): TaskResult | TaskValues {
  const { model, task, posture, solver, equilibrium, compensation, stanceSide, warnings } = input;
  const g = model.geometry;
  const t = model.elements;
  const E = t.count;
  const qp = solver.qp;
  const bodyWeightN = model.bodyMassKg * GRAVITY_M_PER_S2;

  // per-level loads (with the compliance rotations of static optimisation)
  const ll = computeLevelLoads(solver, posture, createLevelLoads());

  // pelvis
  const pt = g.pt0 + posture.pelvisTilt;
  const ss = model.pelvicIncidenceRad - pt;
  const pelvis = {
    anteriorTiltDeg: (model.asisPsisNeutralRad + (g.neutralPt - pt)) * RAD,
    pelvicTiltDeg: pt * RAD,
    sacralSlopeDeg: ss * RAD,
    pelvicIncidenceDeg: model.pelvicIncidenceRad * RAD,
    obliquityDeg: posture.pelvisList * RAD,
    axialRotationDeg: posture.pelvisRotation * RAD,
  };

  // lumbar levels
  const levels: LevelResult[] = LEVELS.map((level, k) => ({
    level,
    angleDeg: ll.angle[k]! * RAD,
    lateralBendDeg: ll.bend[k]! * RAD,
    axialRotationDeg: ll.axial[k]! * RAD,
    compressionN: ll.compression[k]!,
    apShearN: ll.apShear[k]!,
    mlShearN: ll.mlShear[k]!,
    lateralMomentNm: ll.lateralMoment[k]!,
    axialMomentNm: ll.axialMoment[k]!,
    leftCompressionN: ll.left[k]!,
    rightCompressionN: ll.right[k]!,
    asymmetryIndex: ll.asymmetry[k]!,
    intradiscalPressureMPa: ll.idp[k]!,
    facetShare: ll.facet[k]!,
    leftFacetForceN: ll.facetLeft[k]!,
    rightFacetForceN: ll.facetRight[k]!,
    discCompressionN: ll.disc[k]!,
  }));
  const lordosis = ll.angle.reduce((a, b) => a + b, 0);
  // the frontal Cobb angle L1–S1 is the sum of the level bends; a spine bent to the right (Σ > 0, each upper
  // vertebra tipped right) is concave right, convex left, which is + (conventions.ts)
  const lateralCurve = ll.bend.reduce((a, b) => a + b, 0);
  const liftOff = ll.liftOff;
  if (liftOff) warnings.push('One half of a disc is unloaded (lift-off): the whole disc load sits on the other half.');

  // thorax orientation
  const R = solver.pose.R;
  const ty = [R[B.THORAX * 9 + 1]!, R[B.THORAX * 9 + 4]!, R[B.THORAX * 9 + 7]!] as const;
  const trunk = {
    forwardLeanDeg: Math.atan2(ty[0], ty[1]) * RAD,
    lateralLeanDeg: Math.atan2(ty[2], ty[1]) * RAD,
  };

  // hips: capacities from the pelvis-side free bodies, contact forces from the task's free bodies
  const aux = createGroupLoads(hipCapacityGroups(), E);
  updateGroupLoads(t, solver.pose, aux);
  const hips = {} as Record<'left' | 'right', HipResult>;
  const bal = { demandNm: 0, capacityNm: 0, passiveNm: 0 };
  const contact = hipContactForces(solver);
  for (let side = 0; side < 2; side++) {
    abductorBalance(t, solver.state, aux, side, side, 0, bal);
    let demand = 0;
    if (side === stanceSide) {
      const gi = solver.groups.findIndex((gr) => gr.centre === CENTRE_HIP && gr.index === side && gr.mask & (1 << B.PELVIS));
      demand = Math.max(0, -(side === 1 ? 1 : -1) * solver.loads.gravityMoment[gi * 3]!);
    }
    hips[side === 0 ? 'left' : 'right'] = {
      flexionDeg: solver.hip[side * 3]! * RAD,
      adductionDeg: solver.hip[side * 3 + 1]! * RAD,
      contactForceN: contact[side]!,
      abductorDemandNm: demand,
      abductorCapacityNm: bal.capacityNm,
      abductorVoluntaryCapacityNm: bal.capacityNm / ISOMETRIC_OVER_CONCENTRIC,
    };
  }

  // muscles per group and side
  const muscles: MuscleResult[] = [];
  for (let gi = 0; gi < MUSCLE_GROUPS.length; gi++) {
    for (let side = 0; side < 2; side++) {
      let wa = 0, w = 0, f = 0, fp = 0;
      for (let i = 0; i < E; i++) {
        if (t.groupIndex[i] !== gi || t.side[i] !== side) continue;
        const weight = t.passiveForceMax[i]!;
        wa += weight * qp.x[i]!;
        w += weight;
        f += solver.force(i);
        fp += solver.state.passiveForce[i]!;
      }
      muscles.push({ group: MUSCLE_GROUPS[gi]!, side: side === 0 ? 'left' : 'right', activation: w > 0 ? wa / w : 0, forceN: f, passiveForceN: fp });
    }
  }

  // reserves (the threshold scales with body size, like every moment)
  const reserves: ReserveResult[] = [];
  let feasible = true;
  for (let j = 0; j < qp.m; j++) {
    const r = qp.x[solver.reserveStart + j]!;
    if (Math.abs(r) > FEASIBILITY_RESERVE_NM * solver.passiveScale) feasible = false;
    if (Math.abs(r) > RESERVE_REPORT_THRESHOLD_NM * solver.passiveScale) {
      reserves.push({ dof: `${solver.groups[solver.rowGroup[j]!]!.label}.${AXIS_NAMES[solver.rowAxis[j]!]}`, momentNm: r });
    }
  }
  if (reserves.length > 0) {
    const worst = reserves.reduce((a, b) => (Math.abs(b.momentNm) > Math.abs(a.momentNm) ? b : a));
    warnings.push(
      `The muscles cannot hold this posture: reserve moments are needed (largest ${Math.abs(worst.momentNm).toFixed(1)} N·m at ${worst.dof}).`,
    );
  }
  if (compensation && compensation.deficitNm > 0) {
    warnings.push(
      `Hip abductor deficit of ${compensation.deficitNm.toFixed(1)} N·m: the pelvis drops ${(compensation.pelvicDropRad * RAD).toFixed(1)}° on the swing side and the trunk leans ${(compensation.trunkLeanRad * RAD).toFixed(1)}° toward the stance side (Duchenne share of the deficit ${(model.duchenne * 100).toFixed(0)} %; with a drop the stance leg tilts ${(compensation.stanceLegTiltRad * RAD).toFixed(1)}° over its foot to keep the body above it).`,
    );
  }
  if (!qp.converged) warnings.push('The muscle-force solver did not reach its tolerance.');

  return {
    task,
    pelvis,
    lumbar: { lordosisDeg: lordosis * RAD, lateralCurveDeg: lateralCurve * RAD, levels },
    trunk,
    hips,
    muscles,
    reserves,
    converged: equilibrium.converged && qp.converged,
    feasible,
    warnings,
    ...(input.withPose ? { pose: buildPoseOutput(model, solver, displayPose(model, posture, ll)) } : {}),
    bodyWeightN,
  };
}

/** The solved posture with the segmental compliance angles applied, for drawing (so the picture matches the reported angles). */
function displayPose(model: CompiledModel, posture: Posture, ll: LevelLoads): PoseBuffers {
  const p = copyPosture(createPosture(), posture);
  p.levelExtension.set(ll.angle);
  p.levelBending.set(ll.bend);
  const pose = createPoseBuffers(model.elements.pointCount);
  computePose(model.geometry, model.thoraxComAnteriorM, model.elements, p, pose);
  return pose;
}

/** Hip joint contact force magnitudes [left, right] (N). */
const _force = new Float64Array(3);
const _moment = new Float64Array(3);

export function hipContactForces(solver: StaticSolver): [number, number] {
  const out: [number, number] = [0, 0];
  const force = _force;
  const moment = _moment;
  const frame = solver.loads.frame;
  let handled = false;
  solver.groups.forEach((grp, gi) => {
    if (grp.centre === CENTRE_HIP_MID) {
      // both hips share the load: split the net force; the frontal and axial moments
      // set the difference between them (minimum-norm along the hip axis)
      handled = true;
      netLoad(solver, gi, force, moment);
      const w = Math.hypot(
        solver.pose.o[B.FEMUR_R * 3]! - solver.pose.o[B.FEMUR_L * 3]!,
        solver.pose.o[B.FEMUR_R * 3 + 1]! - solver.pose.o[B.FEMUR_L * 3 + 1]!,
        solver.pose.o[B.FEMUR_R * 3 + 2]! - solver.pose.o[B.FEMUR_L * 3 + 2]!,
      ) / 2;
      // D (group frame) = (−My/w, Mx/w, 0); to world; R_R,L = (−F ± D)/2
      const dx = -moment[1]! / w, dy = moment[0]! / w;
      let l2 = 0, r2 = 0;
      for (let k = 0; k < 3; k++) {
        const D = frame[gi * 9 + k]! * dx + frame[gi * 9 + 3 + k]! * dy;
        r2 += ((-force[k]! + D) / 2) ** 2;
        l2 += ((-force[k]! - D) / 2) ** 2;
      }
      out[0] = Math.sqrt(l2);
      out[1] = Math.sqrt(r2);
    } else if (grp.centre === CENTRE_HIP) {
      handled = true;
      netLoad(solver, gi, force, moment);
      out[grp.index] = Math.hypot(force[0]!, force[1]!, force[2]!);
    }
  });
  if (!handled) {
    // sitting: the seat carries the pelvis and thighs; the hip carries the muscle forces across it
    const legs = createGroupLoads(
      [
        { label: 'leg_l', mask: B.LEG_L_MASK, centre: CENTRE_HIP, index: 0, axes: [] },
        { label: 'leg_r', mask: B.LEG_R_MASK, centre: CENTRE_HIP, index: 1, axes: [] },
      ],
      solver.model.elements.count,
    );
    updateGroupLoads(solver.model.elements, solver.pose, legs);
    const E = solver.model.elements.count;
    for (let side = 0; side < 2; side++) {
      let fx = 0, fy = 0, fz = 0;
      for (let i = 0; i < E; i++) {
        if (!legs.crosses[side * E + i]) continue;
        const F = solver.force(i);
        fx += F * legs.unitForce[(side * E + i) * 3]!;
        fy += F * legs.unitForce[(side * E + i) * 3 + 1]!;
        fz += F * legs.unitForce[(side * E + i) * 3 + 2]!;
      }
      out[side] = Math.hypot(fx, fy, fz);
    }
  }
  return out;
}

