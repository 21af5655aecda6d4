/**
 * Pass 2, inverse dynamics per frame (docs/model.md §9.2; docs/model.md §9).
 *
 * Each leg (thigh + shank-and-foot) is a free body loaded by gravity, its
 * d'Alembert forces −m·a and the measured ground reaction at the centre of
 * pressure; the pelvis holds it at the hip centre. The net moment the pelvis
 * applies on the leg, M_H = −[Σ (c_i − H) × m_i(g − a_i) + (p − H) × F + T],
 * is resolved on the pelvis axes at the hip and named as OpenSim's generalised
 * forces (hip_flexion/adduction/rotation_{r,l}_moment: + = flexor, adductor,
 * internal rotator; the left hip's adduction and rotation axes point the other
 * way). The knee: the shank-and-foot alone about the knee, tibia axes
 * (knee_angle moment, + = extensor). No load-share assumption is needed in
 * double support: each foot carries what its force plate measured.
 *
 * The whole body then has a residual: R_F = Σ m_i(a_i − g) − ΣF and R_M (about
 * the whole-body centre of mass), the force and moment the measured reactions
 * and the model's segment masses and motion fail to balance. They are reported,
 * never fed into the hip or lumbar equations (the lumbar levels are solved top
 * down and do not use the ground reactions).
 */
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';
import * as B from '../geometry/bodies.ts';
import type { CycleKinematics } from './frame-kinematics.ts';
import type { GroundReactions } from './ground-reactions.ts';

const BC = B.BODY_COUNT;

export interface InverseDynamics {
  /** Centre of pressure per frame and foot [left, right] in the model's world (m). */
  readonly copM: Float64Array; // frames × 2 × 3
  /** Net hip moments per frame and side: flexion, adduction, rotation (N·m, OpenSim signs). */
  readonly hipMomentNm: Float64Array; // frames × 2 × 3
  /** Net knee moment per frame and side (N·m, + = extensor, as knee_angle_moment). */
  readonly kneeMomentNm: Float64Array; // frames × 2
  /** Moment of the ground reaction on each leg about its hip centre, pelvis axes (for static optimisation). */
  readonly grfMomentAtHip: Float64Array; // frames × 2 × 3
  /** Moment of the ground reaction on each shank about its knee, tibia axes. */
  readonly grfMomentAtKnee: Float64Array; // frames × 2 × 3
  /** Whole-body residual force (N) and moment about the body's centre of mass (N·m), world axes. */
  readonly residualForceN: Float64Array; // frames × 3
  readonly residualMomentNm: Float64Array; // frames × 3
}

export function createInverseDynamics(frames: number): InverseDynamics {
  return {
    copM: new Float64Array(frames * 6),
    hipMomentNm: new Float64Array(frames * 6),
    kneeMomentNm: new Float64Array(frames * 2),
    grfMomentAtHip: new Float64Array(frames * 6),
    grfMomentAtKnee: new Float64Array(frames * 6),
    residualForceN: new Float64Array(frames * 3),
    residualMomentNm: new Float64Array(frames * 3),
  };
}

/** Per leg (left, right): its free bodies, hip (thigh + shank, about the femur origin) then knee (shank): made once, not per frame. */
const LEG_FREE_BODIES = [
  [
    [B.FEMUR_L, [B.FEMUR_L, B.TIBIA_L], true],
    [B.TIBIA_L, [B.TIBIA_L], false],
  ],
  [
    [B.FEMUR_R, [B.FEMUR_R, B.TIBIA_R], true],
    [B.TIBIA_R, [B.TIBIA_R], false],
  ],
] as const;

const _m = new Float64Array(3);
const _g = new Float64Array(3);
const _b = new Float64Array(3);

/** Adds (p − c) × F to `out`. */
function addCross(out: Float64Array, px: number, py: number, pz: number, c: Float64Array, co: number, fx: number, fy: number, fz: number): void {
  const rx = px - c[co]!, ry = py - c[co + 1]!, rz = pz - c[co + 2]!;
  out[0] = out[0]! + ry * fz - rz * fy;
  out[1] = out[1]! + rz * fx - rx * fz;
  out[2] = out[2]! + rx * fy - ry * fx;
}

/** Moment in world axes → the axes (columns) of body rotation R at offset ro. */
function toBody(R: Float64Array, ro: number, m: Float64Array, out: Float64Array, oo: number): void {
  for (let a = 0; a < 3; a++) out[oo + a] = R[ro + a]! * m[0]! + R[ro + 3 + a]! * m[1]! + R[ro + 6 + a]! * m[2]!;
}

/**
 * Fills `out` for every frame. `copShiftM` (frames × 3, optional) moves both centres of pressure with the
 * whole-body centre of mass when a compensation moves it (docs/model.md §9).
 */
export function inverseDynamics(k: CycleKinematics, grf: GroundReactions, copShiftM: Float64Array | null, out: InverseDynamics): InverseDynamics {
  const N = k.frames;
  const g = GRAVITY_M_PER_S2;
  for (let i = 0; i < N; i++) {
    const ob = i * BC * 3, rb = i * BC * 9;
    // centres of pressure under the pelvis origin, on the floor (y = 0)
    for (let side = 0; side < 2; side++) {
      const foot = grf[side]!;
      const c = (i * 2 + side) * 3;
      const sx = copShiftM ? copShiftM[i * 3]! : 0, sz = copShiftM ? copShiftM[i * 3 + 2]! : 0;
      out.copM[c] = k.o[ob + B.PELVIS * 3]! + foot.copFromPelvisM[i * 3]! + sx;
      out.copM[c + 1] = 0;
      out.copM[c + 2] = k.o[ob + B.PELVIS * 3 + 2]! + foot.copFromPelvisM[i * 3 + 2]! + sz;
    }
    // legs: hip (thigh + shank) and knee (shank) free bodies
    for (let side = 0; side < 2; side++) {
      const tibia = side === 0 ? B.TIBIA_L : B.TIBIA_R;
      const foot = grf[side]!;
      const fx = foot.forceN[i * 3]!, fy = foot.forceN[i * 3 + 1]!, fz = foot.forceN[i * 3 + 2]!;
      const cp = (i * 2 + side) * 3;
      const px = out.copM[cp]!, py = out.copM[cp + 1]!, pz = out.copM[cp + 2]!;
      for (const [centreBody, bodies, isHip] of LEG_FREE_BODIES[side]!) {
        const co = ob + centreBody * 3;
        // moment of the ground reaction alone, then of gravity and inertia
        _g.fill(0);
        addCross(_g, px, py, pz, k.o, co, fx, fy, fz);
        for (let a = 0; a < 3; a++) _g[a] = _g[a]! + foot.torqueNm[i * 3 + a]!;
        _m.set(_g);
        for (const b of bodies) {
          const m = k.mass[b]!, cb = ob + b * 3;
          addCross(_m, k.com[cb]!, k.com[cb + 1]!, k.com[cb + 2]!, k.o, co, -m * k.accel[cb]!, -m * (g + k.accel[cb + 1]!), -m * k.accel[cb + 2]!);
        }
        if (isHip) {
          toBody(k.R, rb + B.PELVIS * 9, _g, out.grfMomentAtHip, (i * 2 + side) * 3);
          // net moment of the pelvis on the leg = −(all other loads' moment), pelvis axes
          toBody(k.R, rb + B.PELVIS * 9, _m, _b, 0);
          const mirror = side === 0 ? -1 : 1;
          const h = (i * 2 + side) * 3;
          out.hipMomentNm[h] = -_b[2]!;
          out.hipMomentNm[h + 1] = -mirror * _b[0]!;
          out.hipMomentNm[h + 2] = -mirror * _b[1]!;
        } else {
          toBody(k.R, rb + tibia * 9, _g, out.grfMomentAtKnee, (i * 2 + side) * 3);
          toBody(k.R, rb + tibia * 9, _m, _b, 0);
          out.kneeMomentNm[i * 2 + side] = -_b[2]!;
        }
      }
    }
    // whole body: residual force and moment about its centre of mass
    let mt = 0, cx = 0, cy = 0, cz = 0;
    for (let b = 0; b < BC; b++) {
      const m = k.mass[b]!;
      mt += m;
      cx += m * k.com[ob + b * 3]!;
      cy += m * k.com[ob + b * 3 + 1]!;
      cz += m * k.com[ob + b * 3 + 2]!;
    }
    _g[0] = cx / mt;
    _g[1] = cy / mt;
    _g[2] = cz / mt;
    let rfx = 0, rfy = 0, rfz = 0;
    _m.fill(0);
    for (let b = 0; b < BC; b++) {
      const m = k.mass[b]!, cb = ob + b * 3;
      const wx = m * k.accel[cb]!, wy = m * (k.accel[cb + 1]! + g), wz = m * k.accel[cb + 2]!;
      rfx += wx;
      rfy += wy;
      rfz += wz;
      addCross(_m, k.com[cb]!, k.com[cb + 1]!, k.com[cb + 2]!, _g, 0, wx, wy, wz);
    }
    for (let side = 0; side < 2; side++) {
      const foot = grf[side]!;
      const cp = (i * 2 + side) * 3;
      const fx = foot.forceN[i * 3]!, fy = foot.forceN[i * 3 + 1]!, fz = foot.forceN[i * 3 + 2]!;
      rfx -= fx;
      rfy -= fy;
      rfz -= fz;
      addCross(_m, out.copM[cp]!, out.copM[cp + 1]!, out.copM[cp + 2]!, _g, 0, -fx, -fy, -fz);
      for (let a = 0; a < 3; a++) _m[a] = _m[a]! - foot.torqueNm[i * 3 + a]!;
    }
    out.residualForceN[i * 3] = rfx;
    out.residualForceN[i * 3 + 1] = rfy;
    out.residualForceN[i * 3 + 2] = rfz;
    out.residualMomentNm.set(_m, i * 3);
  }
  return out;
}
