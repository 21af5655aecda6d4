/**
 * Generalised forces of the 3-D standing posture (docs/model.md §5.1): for the
 * 18 coordinates q (deviations from the base posture),
 *
 *   Q(q) = Q_muscles + Q_gravity + Q_lumbar,passive + Q_hip,passive + Q_thorax
 *          − K_pel·q_pelvis − K_list·q_list + Q_bias
 *
 * Muscles, gravity and the thorax spring enter through body wrenches: each body
 * gets the forces acting on it (gravity at its COM, every muscle segment that
 * leaves it), and a coordinate j that rotates the bodies S_j about axis ω_j
 * through o_j collects Q_j = ω_j·Σ_{b∈S_j}(M_b − o_j × F_b) (virtual work; M_b is
 * the moment about the world origin). Pelvis coordinates rotate the pelvis and
 * everything above it about the hip midpoint and translate each leg with its hip
 * centre; the legs' weight is carried by the floor and does no work. Nothing is
 * differentiated numerically except the small-angle map from pelvis to hip
 * angles for the hip's passive tissues.
 */
import type { CompiledModel } from '../../params/compile.ts';
import { computePose, createPoseBuffers, type PoseBuffers } from '../pose.ts';
import { createPosture, type Posture } from '../posture.ts';
import { activeForceLength } from '../muscle-curves.ts';
import { normalisedFibreLength, passiveTension } from '../passive-tension.ts';
import { GRAVITY_M_PER_S2 } from '../../anatomy/segments.ts';
import { lumbarPassiveMoment, AXIS_AXIAL, AXIS_EXTENSION, AXIS_LATERAL } from '../lumbar-passive.ts';
import { hipAngles } from '../hip-angles.ts';
import {
  HIP_ADDUCTION_LIMIT,
  HIP_FLEXION_LIMIT,
  HIP_ROTATION_LIMIT,
  hipFrontalTissueMoment,
  hipRotationLigamentMoment,
  softLimitMoment,
} from '../joint-passive.ts';
import { rotZ, rotX, mul, type M3 } from '../mat3.ts';
import * as B from '../bodies.ts';
import { applyDofs, DOF_AX, DOF_COUNT, DOF_EXT, DOF_LAT, DOF_LIST, DOF_ROTATION, DOF_TILT } from './dofs.ts';

/**
 * Short-range stiffness of active muscle, k = q·F/l (Bergmark 1989; Cholewicki & McGill 1996 use
 * q ≈ 10 for spinal stability analyses) [R]: the habitual force of a muscle rises when it is
 * stretched from its reference length and falls when it shortens. Without it the lumbar column
 * inside its neutral zone (0.1 N·m/°) cannot carry the trunk's weight (Crisco & Panjabi's
 * buckling of the ligamentous spine) and the posture would be set by the solver, not anatomy.
 */
export const SHORT_RANGE_STIFFNESS_Q = 10;

export interface PostureGains {
  /** Thorax orientation spring (N·m/rad), each axis. */
  readonly thoraxNmPerRad: number;
  /** Leg axial compliance resisting pelvic list, K_list = 2·k_leg·w² (N·m/rad). */
  readonly listNmPerRad: number;
  /** Postural feedback per coordinate (N·m/rad), see gains.ts. */
  readonly feedback: Float64Array;
  /** Scale of passive joint curves (N·m per reference N·m): s_m·s_h. */
  readonly passiveScale: number;
}

const _ax = new Float64Array(3);
const _m = new Float64Array(9) as M3;
const _n = new Float64Array(9) as M3;
const _p = new Float64Array(9) as M3;
const _par = new Float64Array(9) as M3;

export class PostureForces {
  readonly pose: PoseBuffers;
  readonly posture: Posture = createPosture();
  /** Per-body force and moment about the world origin, summed over the last evaluation. */
  private readonly bodyF = new Float64Array(B.BODY_COUNT * 3);
  private readonly bodyM = new Float64Array(B.BODY_COUNT * 3);
  private readonly hip = new Float64Array(6);
  /** Element tension at the last evaluation (N). */
  readonly tension: Float64Array;

  constructor(
    readonly model: CompiledModel,
    readonly base: Posture,
    /** Habitual activation actually delivered (floors and caps applied). */
    readonly activation: Float64Array,
    /** Element lengths at the base posture (short-range stiffness reference). */
    readonly referenceLength: Float64Array,
    /** Thorax orientation (world rotation, row-major) the gaze spring holds. */
    readonly thoraxReference: Float64Array,
    readonly gains: PostureGains,
    /** Generalised force that makes the default subject stand at the base posture. */
    readonly bias: Float64Array,
  ) {
    this.pose = createPoseBuffers(model.elements.pointCount);
    this.tension = new Float64Array(model.elements.count);
  }

  /** Writes Q(q) into out (N·m per rad). */
  evaluate(q: Float64Array, out: Float64Array): Float64Array {
    const m = this.model;
    const g = m.geometry;
    const t = m.elements;
    const pose = this.pose;
    const p = applyDofs(this.base, q, this.posture);
    computePose(g, m.thoraxComAnteriorM, t, p, pose);
    const F = this.bodyF, M = this.bodyM;
    F.fill(0);
    M.fill(0);

    // gravity on the bodies the coordinates move (the legs stand on the floor)
    for (let b = 0; b < B.BODY_COUNT; b++) {
      if (b === B.FEMUR_L || b === B.FEMUR_R || b === B.TIBIA_L || b === B.TIBIA_R) continue;
      const w = -pose.mass[b]! * GRAVITY_M_PER_S2;
      const cx = pose.com[b * 3]!, cz = pose.com[b * 3 + 2]!;
      F[b * 3 + 1] = F[b * 3 + 1]! + w;
      // c × (0, w, 0) = (−cz·w, 0, cx·w)
      M[b * 3] = M[b * 3]! - cz * w;
      M[b * 3 + 2] = M[b * 3 + 2]! + cx * w;
    }

    // muscles: every segment whose ends sit on different bodies pulls both bodies toward each other
    const pts = pose.points;
    for (let i = 0; i < t.count; i++) {
      let l = 0;
      for (let k = t.pointStart[i]!; k < t.pointStart[i + 1]! - 1; k++) {
        const dx = pts[(k + 1) * 3]! - pts[k * 3]!, dy = pts[(k + 1) * 3 + 1]! - pts[k * 3 + 1]!, dz = pts[(k + 1) * 3 + 2]! - pts[k * 3 + 2]!;
        l += Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
      const ln = normalisedFibreLength(t, i, l);
      const a = this.activation[i]!;
      let f = passiveTension(t, i, l);
      if (a > 0) {
        const l0 = this.referenceLength[i]!;
        const srs = Math.max(0, 1 + (SHORT_RANGE_STIFFNESS_Q * (l - l0)) / l0);
        f += a * t.activeForceMax[i]! * activeForceLength(ln) * t.cosPennation[i]! * srs;
      }
      this.tension[i] = f;
      if (f === 0) continue;
      for (let k = t.pointStart[i]!; k < t.pointStart[i + 1]! - 1; k++) {
        const ba = t.pointBody[k]!, bb = t.pointBody[k + 1]!;
        if (ba === bb) continue;
        const ax = pts[k * 3]!, ay = pts[k * 3 + 1]!, az = pts[k * 3 + 2]!;
        const bx = pts[(k + 1) * 3]!, by = pts[(k + 1) * 3 + 1]!, bz = pts[(k + 1) * 3 + 2]!;
        let ux = bx - ax, uy = by - ay, uz = bz - az;
        const len = Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux *= f / len;
        uy *= f / len;
        uz *= f / len;
        // body a: +f·u at a; body b: −f·u at b
        F[ba * 3] = F[ba * 3]! + ux;
        F[ba * 3 + 1] = F[ba * 3 + 1]! + uy;
        F[ba * 3 + 2] = F[ba * 3 + 2]! + uz;
        M[ba * 3] = M[ba * 3]! + ay * uz - az * uy;
        M[ba * 3 + 1] = M[ba * 3 + 1]! + az * ux - ax * uz;
        M[ba * 3 + 2] = M[ba * 3 + 2]! + ax * uy - ay * ux;
        F[bb * 3] = F[bb * 3]! - ux;
        F[bb * 3 + 1] = F[bb * 3 + 1]! - uy;
        F[bb * 3 + 2] = F[bb * 3 + 2]! - uz;
        M[bb * 3] = M[bb * 3]! - (by * uz - bz * uy);
        M[bb * 3 + 1] = M[bb * 3 + 1]! - (bz * ux - bx * uz);
        M[bb * 3 + 2] = M[bb * 3 + 2]! - (bx * uy - by * ux);
      }
    }

    out.fill(0);
    // the thorax spring: τ = −K_th·e on the thorax, −τ on the pelvis (internal, so pelvis coordinates see none)
    thoraxError(pose, this.thoraxReference, _ax);
    const kth = this.gains.thoraxNmPerRad;
    M[B.THORAX * 3] = M[B.THORAX * 3]! - kth * _ax[0]!;
    M[B.THORAX * 3 + 1] = M[B.THORAX * 3 + 1]! - kth * _ax[1]!;
    M[B.THORAX * 3 + 2] = M[B.THORAX * 3 + 2]! + -kth * _ax[2]!;

    // lumbar levels from the top: the bodies above level k are L(k+1)…L1 and the thorax
    let sfx = F[B.THORAX * 3]!, sfy = F[B.THORAX * 3 + 1]!, sfz = F[B.THORAX * 3 + 2]!;
    let smx = M[B.THORAX * 3]!, smy = M[B.THORAX * 3 + 1]!, smz = M[B.THORAX * 3 + 2]!;
    for (let k = 0; k < 5; k++) {
      const body = B.bodyAboveLevel(k);
      sfx += F[body * 3]!;
      sfy += F[body * 3 + 1]!;
      sfz += F[body * 3 + 2]!;
      smx += M[body * 3]!;
      smy += M[body * 3 + 1]!;
      smz += M[body * 3 + 2]!;
      const ox = pose.o[body * 3]!, oy = pose.o[body * 3 + 1]!, oz = pose.o[body * 3 + 2]!;
      // moment about the joint centre o: M − o × F
      const jx = smx - (oy * sfz - oz * sfy), jy = smy - (oz * sfx - ox * sfz), jz = smz - (ox * sfy - oy * sfx);
      // joint axes: parent z, then x after the extension, then the body's own y
      const parent = k === 4 ? pose.sacrum : pose.R;
      const po = k === 4 ? 0 : B.bodyBelowLevel(k) * 9;
      for (let r = 0; r < 9; r++) _par[r] = parent[po + r]!;
      rotZ(_m, p.levelExtension[k]!);
      mul(_n, _par, _m);
      out[DOF_EXT + k] = _par[2]! * jx + _par[5]! * jy + _par[8]! * jz;
      out[DOF_LAT + k] = _n[0]! * jx + _n[3]! * jy + _n[6]! * jz;
      const R = pose.R;
      out[DOF_AX + k] = R[body * 9 + 1]! * jx + R[body * 9 + 4]! * jy + R[body * 9 + 7]! * jz;
    }
    // pelvis: add the pelvis itself, rotate about the hip midpoint; legs translate with their hip centres
    sfx += F[B.PELVIS * 3]!;
    sfy += F[B.PELVIS * 3 + 1]!;
    sfz += F[B.PELVIS * 3 + 2]!;
    smx += M[B.PELVIS * 3]!;
    smy += M[B.PELVIS * 3 + 1]!;
    smz += M[B.PELVIS * 3 + 2]!;
    const hx = 0.5 * (pose.o[B.FEMUR_L * 3]! + pose.o[B.FEMUR_R * 3]!);
    const hy = 0.5 * (pose.o[B.FEMUR_L * 3 + 1]! + pose.o[B.FEMUR_R * 3 + 1]!);
    const hz = 0.5 * (pose.o[B.FEMUR_L * 3 + 2]! + pose.o[B.FEMUR_R * 3 + 2]!);
    let jx = smx - (hy * sfz - hz * sfy), jy = smy - (hz * sfx - hx * sfz), jz = smz - (hx * sfy - hy * sfx);
    for (let side = 0; side < 2; side++) {
      const femur = side === 0 ? B.FEMUR_L : B.FEMUR_R;
      const tibia = side === 0 ? B.TIBIA_L : B.TIBIA_R;
      const lx = F[femur * 3]! + F[tibia * 3]!, ly = F[femur * 3 + 1]! + F[tibia * 3 + 1]!, lz = F[femur * 3 + 2]! + F[tibia * 3 + 2]!;
      const rx = pose.o[femur * 3]! - hx, ry = pose.o[femur * 3 + 1]! - hy, rz = pose.o[femur * 3 + 2]! - hz;
      jx += ry * lz - rz * ly;
      jy += rz * lx - rx * lz;
      jz += rx * ly - ry * lx;
    }
    // pelvis axes (ZXY): world z; x after the tilt; the pelvis's own y
    rotZ(_m, p.pelvisTilt);
    rotX(_p, p.pelvisList);
    mul(_n, _m, _p);
    const Rp = pose.R;
    out[DOF_TILT] = jz;
    out[DOF_LIST] = _m[0]! * jx + _m[3]! * jy + _m[6]! * jz;
    out[DOF_ROTATION] = Rp[B.PELVIS * 9 + 1]! * jx + Rp[B.PELVIS * 9 + 4]! * jy + Rp[B.PELVIS * 9 + 7]! * jz;

    // passive lumbar segments (coordinates are the curves' own angles)
    const s = this.gains.passiveScale;
    for (let k = 0; k < 5; k++) {
      out[DOF_EXT + k] = out[DOF_EXT + k]! + s * lumbarPassiveMoment(k, AXIS_EXTENSION, p.levelExtension[k]! - g.neutralLevelAngle[k]!);
      out[DOF_LAT + k] = out[DOF_LAT + k]! + s * lumbarPassiveMoment(k, AXIS_LATERAL, p.levelBending[k]!);
      out[DOF_AX + k] = out[DOF_AX + k]! + s * lumbarPassiveMoment(k, AXIS_AXIAL, p.levelRotation[k]!);
    }

    // hip capsule and soft limits: moments on the femur in hip coordinates; with the femurs held by the
    // feet, hip_flexion = flexion₀ − Δtilt, hip_adduction_r = −Δlist (left +), hip_rotation_r = −Δrot (left +)
    hipAngles(pose, 0, this.hip, 0);
    hipAngles(pose, 1, this.hip, 3);
    for (let side = 0; side < 2; side++) {
      const mirror = side === 0 ? 1 : -1;
      const flex = softLimitMoment(HIP_FLEXION_LIMIT, this.hip[side * 3]!);
      const add = softLimitMoment(HIP_ADDUCTION_LIMIT, this.hip[side * 3 + 1]!) + hipFrontalTissueMoment(this.hip[side * 3 + 1]!);
      const rot = softLimitMoment(HIP_ROTATION_LIMIT, this.hip[side * 3 + 2]!) + hipRotationLigamentMoment(this.hip[side * 3 + 2]!);
      out[DOF_TILT] = out[DOF_TILT]! - s * flex;
      out[DOF_LIST] = out[DOF_LIST]! + s * mirror * add;
      out[DOF_ROTATION] = out[DOF_ROTATION]! + s * mirror * rot;
    }

    // postural feedback on every coordinate, the legs' axial compliance, and the bias
    const kf = this.gains.feedback;
    out[DOF_LIST] = out[DOF_LIST]! - this.gains.listNmPerRad * q[DOF_LIST]!;
    for (let j = 0; j < DOF_COUNT; j++) out[j] = out[j]! - kf[j]! * q[j]! + this.bias[j]!;
    return out;
  }
}

/** Rotation vector (world) of the thorax relative to its reference orientation: log(R·R₀ᵀ). */
function thoraxError(pose: PoseBuffers, ref: Float64Array, out: Float64Array): void {
  const R = pose.R, o = B.THORAX * 9;
  // D = R·R₀ᵀ
  const tr = dij(R, o, ref, 0, 0) + dij(R, o, ref, 1, 1) + dij(R, o, ref, 2, 2);
  const d01 = dij(R, o, ref, 0, 1), d02 = dij(R, o, ref, 0, 2), d10 = dij(R, o, ref, 1, 0);
  const d12 = dij(R, o, ref, 1, 2), d20 = dij(R, o, ref, 2, 0), d21 = dij(R, o, ref, 2, 1);
  const c = Math.max(-1, Math.min(1, (tr - 1) / 2));
  const angle = Math.acos(c);
  const k = angle < 1e-8 ? 0.5 : angle / (2 * Math.sin(angle));
  out[0] = k * (d21 - d12);
  out[1] = k * (d02 - d20);
  out[2] = k * (d10 - d01);
}

function dij(R: Float64Array, o: number, ref: Float64Array, i: number, j: number): number {
  return R[o + i * 3]! * ref[j * 3]! + R[o + i * 3 + 1]! * ref[j * 3 + 1]! + R[o + i * 3 + 2]! * ref[j * 3 + 2]!;
}
