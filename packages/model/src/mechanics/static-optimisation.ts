/**
 * Static optimisation at a fixed posture (docs/model.md §4): activations minimise
 * Σ a² subject to moment equilibrium of every joint group, with strength caps,
 * tone floors and one reserve actuator per equation (weight 1e3, docs/model.md §4).
 */
import type { CompiledModel } from '../geometry/compiled-model.ts';
import { QpWorkspace, type QpPattern } from './qp.ts';
import { staticLayout } from './static-layout.ts';
import {
  CENTRE_HIP,
  CENTRE_HIP_MID,
  CENTRE_KNEE,
  CENTRE_LEVEL,
  createElementState,
  createGroupLoads,
  groupPart,
  updateElementState,
  updateGroupLoads,
  type ElementState,
  type GroupLoads,
  type GroupPart,
  type JointGroup,
} from './equilibrium.ts';
import { completePose, createPoseBuffers, pointsOfElements, type PointsByBody, type PoseBuffers } from '../geometry/pose.ts';
import type { Posture } from '../geometry/posture.ts';
import { hipAngles } from '../geometry/hip-angles.ts';
import {
  HIP_ADDUCTION_LIMIT,
  HIP_FLEXION_LIMIT,
  HIP_ROTATION_LIMIT,
  hipFrontalTissueMoment,
  hipRotationLigamentMoment,
  softLimitMoment,
} from './joint-passive.ts';
import { AXIS_AXIAL, AXIS_EXTENSION, AXIS_LATERAL, lumbarPassiveMoment } from './lumbar-passive.ts';
import * as B from '../geometry/bodies.ts';

/** Reserve weight relative to one unit of squared activation, per (N·m)² (docs/model.md §4) [E]. */
export const RESERVE_WEIGHT = 1e3;
/**
 * Segmental compliance [E]: with a handful of lumped trunk muscles the moment
 * demanded at neighbouring levels cannot always be matched level by level. The
 * real motion segments settle a little (a fraction of a degree) until their
 * passive stiffness makes up the difference. Each level's sagittal and frontal
 * equations therefore get one extra passive moment v = −K·δ (δ a small extra
 * rotation, linearised: its effect on geometry is neglected), costed like an
 * activation: a passive moment of COMPLIANCE_MOMENT_NM costs as much as one
 * fully active muscle.
 */
export const COMPLIANCE_MOMENT_NM = 0.3;
/** Largest moment imbalance (N·m) the force solver leaves in any equation. */
export const QP_TOLERANCE_NM = 1e-5;
/**
 * Newton steps the force solver may take on one problem [E]. A feasible frame takes 1–12 from a warm start; a
 * frame the muscles cannot hold (reserves acting) may take 50 or more from a cold one, and its answer must not
 * depend on where it started (docs/model.md §4, "Solver"): the QP's default cap of 60 stopped the first frame of a
 * cycle with a left gastrocnemius at 0 short when solved cold (it needs 64 steps; 34 N off at L1/L2), while a start
 * from another model's last cycle converged in 48.
 */
export const QP_MAX_ITERATIONS = 300;
/** A reserve above this magnitude is listed in the result's reserves (reference body; × s_m·s_h). */
export const RESERVE_REPORT_THRESHOLD_NM = 0.5;
/**
 * A result is feasible when no reserve exceeds 1 N·m (reference body; × s_m·s_h) [E]: about 1 % of
 * the trunk's flexion moment in quiet standing, a moment no muscle is missing for (docs/model.md §4.4).
 */
export const FEASIBILITY_RESERVE_NM = 1;

export class StaticSolver {
  readonly model: CompiledModel;
  readonly groups: readonly JointGroup[];
  readonly bilateral: boolean;
  readonly pose: PoseBuffers;
  readonly state: ElementState;
  readonly loads: GroupLoads;
  readonly qp: QpWorkspace;
  /** Index of the first compliance column and of the first reserve column. */
  readonly complianceStart: number;
  readonly reserveStart: number;
  /** Equation row of each compliance column. */
  readonly complianceRow: Int32Array;
  /** (group, axis) of each equation row. */
  readonly rowGroup: Int32Array;
  readonly rowAxis: Int32Array;
  /** Passive joint moment on each group's free body (group axes), last evaluation. */
  readonly jointPassive: Float64Array;
  /**
   * External moments on each group's free body about its centre (group axes), added to gravity: the
   * ground reactions of gait (docs/model.md §9); zero in the static tasks.
   */
  readonly externalMoment: Float64Array;
  /** Hip angles [left flex, add, rot, right flex, add, rot] of the last evaluation. */
  readonly hip = new Float64Array(6);
  effort = 0;
  reserveCost = 0;
  /** Size scale s_m·s_h of passive joint moments and of the moment costs (docs/model.md §3.3). */
  readonly passiveScale: number;
  /** Per equation row, its unitMoment index base (static-layout.ts); the QP's column pattern. */
  private readonly rowMomentBase: Int32Array;
  private readonly pattern: QpPattern;
  /** The parts `prepareGroups` was asked for, by the group list itself (callers pass constant lists; anatomy fixes the parts). */
  private readonly parts = new WeakMap<readonly number[], { readonly loads: GroupPart; readonly points: PointsByBody }>();

  constructor(model: CompiledModel, groups: readonly JointGroup[], bilateral: boolean) {
    this.model = model;
    this.groups = groups;
    this.bilateral = bilateral;
    const t = model.elements;
    // moments scale with m·g·h: costing them in units of s_m·s_h keeps activations size-invariant
    this.passiveScale = model.geometry.massScale * model.geometry.lengthScale;
    const ms = this.passiveScale;
    this.pose = createPoseBuffers(t.pointCount);
    this.state = createElementState(t.count);
    this.loads = createGroupLoads(groups, t.count);
    // the structure (rows, columns, sparsity, crossings) is anatomy and equation set: shared, read-only
    const layout = staticLayout(t, groups);
    this.rowGroup = layout.rowGroup;
    this.rowAxis = layout.rowAxis;
    this.complianceRow = layout.complianceRow;
    this.complianceStart = layout.complianceStart;
    this.reserveStart = layout.reserveStart;
    this.rowMomentBase = layout.rowMomentBase;
    this.pattern = layout.pattern;
    this.jointPassive = new Float64Array(groups.length * 3);
    this.externalMoment = new Float64Array(groups.length * 3);
    const { m, n } = layout;
    this.qp = new QpWorkspace(m, n, layout.pattern);
    const floor = bilateral ? t.minActivationBilateral : t.minActivation;
    for (let i = 0; i < t.count; i++) {
      this.qp.h[i] = 2;
      this.qp.lower[i] = floor[i]!;
      this.qp.upper[i] = t.maxActivation[i]!;
    }
    for (let c = 0; c < layout.complianceRow.length; c++) {
      const col = this.complianceStart + c;
      this.qp.h[col] = 2 / (COMPLIANCE_MOMENT_NM * ms) ** 2;
      this.qp.lower[col] = -1e12;
      this.qp.upper[col] = 1e12;
      this.qp.values[layout.pattern.colStart[col]!] = 1;
    }
    for (let j = 0; j < m; j++) {
      const col = this.reserveStart + j;
      this.qp.h[col] = (2 * RESERVE_WEIGHT) / (ms * ms);
      this.qp.lower[col] = -1e12;
      this.qp.upper[col] = 1e12;
      this.qp.values[layout.pattern.colStart[col]!] = 1;
    }
  }

  private updateJointPassive(p: Posture): void {
    const jp = this.jointPassive;
    jp.fill(0);
    hipAngles(this.pose, 0, this.hip, 0);
    hipAngles(this.pose, 1, this.hip, 3);
    const neutral = this.model.geometry.neutralLevelAngle;
    const s = this.passiveScale;
    // plain loops: this runs at every prepared frame, and a closure and a sides array per group were garbage there
    for (let gi = 0; gi < this.groups.length; gi++) {
      const g = this.groups[gi]!;
      if (g.centre === CENTRE_LEVEL) {
        // group axes: 0 = frontal (bending right +), 1 = axial (turning left +), 2 = sagittal (extension +)
        const k = g.index;
        jp[gi * 3] = s * lumbarPassiveMoment(k, AXIS_LATERAL, p.levelBending[k]!);
        jp[gi * 3 + 1] = s * lumbarPassiveMoment(k, AXIS_AXIAL, p.levelRotation[k]!);
        jp[gi * 3 + 2] = s * lumbarPassiveMoment(k, AXIS_EXTENSION, p.levelExtension[k]! - neutral[k]!);
        continue;
      }
      if (g.centre === CENTRE_KNEE) continue; // the knee's passive limits are not modelled (no equation needs them in gait's range)
      // soft-limit moments act on the femur about the hip axes; on a free body holding the pelvis they act reversed
      const both = g.centre === CENTRE_HIP_MID;
      for (let side = both ? 0 : g.index; side <= (both ? 1 : g.index); side++) {
        const sign = g.centre === CENTRE_HIP && (g.mask & (1 << B.PELVIS)) === 0 ? 1 : -1;
        const mirror = side === 0 ? -1 : 1;
        const flex = softLimitMoment(HIP_FLEXION_LIMIT, this.hip[side * 3]!);
        const add = softLimitMoment(HIP_ADDUCTION_LIMIT, this.hip[side * 3 + 1]!) + hipFrontalTissueMoment(this.hip[side * 3 + 1]!);
        const rot = softLimitMoment(HIP_ROTATION_LIMIT, this.hip[side * 3 + 2]!) + hipRotationLigamentMoment(this.hip[side * 3 + 2]!);
        jp[gi * 3] = jp[gi * 3]! + s * sign * mirror * add;
        jp[gi * 3 + 1] = jp[gi * 3 + 1]! + s * sign * mirror * rot;
        jp[gi * 3 + 2] = jp[gi * 3 + 2]! + s * sign * flex;
      }
    }
  }

  /**
   * Kinematics and unit loads at posture p (no optimisation); `bodiesPlaced`: the pose already holds p's bodies as
   * computePose places them (a caller that has them, gait's kinematics pass), so only the paths are placed.
   */
  prepare(p: Posture, bodiesPlaced = false): void {
    const m = this.model;
    completePose(m.geometry, m.thoraxComAnteriorM, m.elements, p, this.pose, bodiesPlaced);
    updateElementState(m.elements, this.pose, this.state);
    updateGroupLoads(m.elements, this.pose, this.loads);
    this.updateJointPassive(p);
  }

  /**
   * As `prepare`, for the equations of `groups` alone: the body frames, the paths and states of the elements
   * crossing them, their unit loads and gravity, and every joint's passive moment. What it fills has the numbers
   * a full `prepare` gives; everything else keeps what the last prepare left. For a caller that reads only
   * those groups (gait's piriformis rotation reads one hip; docs/model.md §9.3, step 6). Pass the same list
   * object each time: the part is looked up by it, once per frame. `bodiesPlaced` as for prepare.
   */
  prepareGroups(p: Posture, groups: readonly number[], bodiesPlaced = false): void {
    const m = this.model;
    let part = this.parts.get(groups);
    if (!part) {
      const loads = groupPart(m.elements, this.loads, groups);
      part = { loads, points: pointsOfElements(m.elements, loads.elements) };
      this.parts.set(groups, part);
    }
    completePose(m.geometry, m.thoraxComAnteriorM, m.elements, p, this.pose, bodiesPlaced, part.points);
    updateElementState(m.elements, this.pose, this.state, part.loads.elements);
    updateGroupLoads(m.elements, this.pose, this.loads, part.loads);
    this.updateJointPassive(p);
  }

  /** Prepares posture p (see prepare for `bodiesPlaced`) and solves for activations; returns effort + reserve cost. */
  evaluate(p: Posture, bodiesPlaced = false): number {
    this.prepare(p, bodiesPlaced);
    const E = this.model.elements.count;
    const { qp } = this;
    // the loops live in assembleSystem and the functions below, not here: a method called once per gait frame with ~1500 loop
    // iterations inside kept deoptimising to enter its loop's optimised code (V8 on-stack replacement, ~90
    // times in a fresh worker's first 40 cycles), which slowed the viewer's first gait cycles (docs/performance.md)
    this.assembleSystem();
    qp.solveValues(QP_TOLERANCE_NM, QP_MAX_ITERATIONS);
    this.effort = effortOf(qp.x, E, this.complianceStart, this.reserveStart, COMPLIANCE_MOMENT_NM * this.passiveScale);
    this.reserveCost = reserveCostOf(qp.x, qp.m, this.reserveStart, this.passiveScale);
    return this.effort + this.reserveCost;
  }

  /**
   * The QP's constraint values and right-hand side at the prepared posture: A's non-zeros go straight into
   * the QP's sparse column values (its dense A is not used), column by column; each row's right-hand side
   * takes gravity, the passive joint moment, the external moment and its elements' passive moments, in
   * ascending element order, then changes sign (the muscles must supply the rest).
   */
  private assembleSystem(): void {
    const E = this.model.elements.count;
    const { qp, rowGroup, rowAxis, rowMomentBase, jointPassive, externalMoment } = this;
    const { unitMoment, gravityMoment } = this.loads;
    const { activeForce, passiveForce } = this.state;
    const { colStart, colRows } = this.pattern;
    const { b, values, m } = qp;
    for (let j = 0; j < m; j++) {
      const ga = rowGroup[j]! * 3 + rowAxis[j]!;
      b[j] = gravityMoment[ga]! + jointPassive[ga]! + externalMoment[ga]!;
    }
    for (let i = 0; i < E; i++) {
      const active = activeForce[i]!, passive = passiveForce[i]!;
      const end = colStart[i + 1]!;
      let p = colStart[i]!;
      // two non-zeros a pass (rows of a column differ: each b_j still gets its terms in element order)
      for (; p + 1 < end; p += 2) {
        const j = colRows[p]!, k = colRows[p + 1]!;
        const arm = unitMoment[rowMomentBase[j]! + 3 * i]!, arm2 = unitMoment[rowMomentBase[k]! + 3 * i]!;
        values[p] = arm * active;
        values[p + 1] = arm2 * active;
        b[j] = b[j]! + arm * passive;
        b[k] = b[k]! + arm2 * passive;
      }
      if (p < end) {
        const j = colRows[p]!;
        const arm = unitMoment[rowMomentBase[j]! + 3 * i]!;
        values[p] = arm * active;
        b[j] = b[j]! + arm * passive;
      }
    }
    for (let j = 0; j < m; j++) b[j] = -b[j]!;
  }

  /** Total tension of element i at the last solution (N). */
  force(i: number): number {
    return this.qp.x[i]! * this.state.activeForce[i]! + this.state.passiveForce[i]!;
  }
}

/** Σ a² over the E muscle columns plus the compliance moments in units of `complianceUnitNm`. */
function effortOf(x: Float64Array, E: number, complianceStart: number, reserveStart: number, complianceUnitNm: number): number {
  let effort = 0;
  for (let i = 0; i < E; i++) effort += x[i]! * x[i]!;
  for (let c = complianceStart; c < reserveStart; c++) effort += (x[c]! / complianceUnitNm) ** 2;
  return effort;
}

/** The reserve actuators' cost, RESERVE_WEIGHT per (N·m / size scale)². */
function reserveCostOf(x: Float64Array, m: number, reserveStart: number, passiveScale: number): number {
  let reserves = 0;
  for (let j = 0; j < m; j++) reserves += RESERVE_WEIGHT * (x[reserveStart + j]! / passiveScale) ** 2;
  return reserves;
}

/** Equations for the lumbar levels: every level, three axes. */
export function levelGroups(): JointGroup[] {
  return [0, 1, 2, 3, 4].map((k) => ({
    label: ['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'][k]!,
    mask: B.freeBodyAboveLevel(k),
    centre: CENTRE_LEVEL,
    index: k,
    axes: [0, 1, 2],
  }));
}
