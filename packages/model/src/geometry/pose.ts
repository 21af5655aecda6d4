/**
 * Forward kinematics: body frames, centres of mass and muscle path points in
 * the world for a posture. Writes into preallocated buffers (no allocation).
 */
import type { ScaledGeometry } from './scaled-geometry.ts';
import { rotZXY, mul, transformPoint, rotZ, type M3 } from './mat3.ts';
import * as B from './bodies.ts';
import { ANCHOR_LEFT, ANCHOR_ORIGIN, ANCHOR_RIGHT, type Posture } from './posture.ts';

// local bindings: kinematics runs in every inner loop, and module namespaces read through getters under bundler-less runners
const { BODY_COUNT, FEMUR_L, FEMUR_R, PELVIS, THORAX, TIBIA_L, TIBIA_R, bodyAboveLevel } = B;

export interface PathTable {
  /** Number of path points over all elements. */
  readonly pointCount: number;
  /** Body index of each point. */
  readonly pointBody: Int32Array;
  /** Local coordinates of each point (3 per point). */
  readonly pointLocal: Float64Array;
}

export interface PoseBuffers {
  readonly R: Float64Array; // BODY_COUNT × 9
  readonly o: Float64Array; // BODY_COUNT × 3
  readonly com: Float64Array; // BODY_COUNT × 3 (world)
  readonly mass: Float64Array; // BODY_COUNT
  readonly points: Float64Array; // pointCount × 3 (world)
  /** S1 endplate frame (world rotation): its y axis is the endplate normal. */
  readonly sacrum: Float64Array; // 9
  /** Linear acceleration of each body's COM (m/s², world); zero in static tasks, set by the gait driver. */
  readonly accel: Float64Array; // BODY_COUNT × 3
}

export function createPoseBuffers(pointCount: number): PoseBuffers {
  return {
    R: new Float64Array(BODY_COUNT * 9),
    o: new Float64Array(BODY_COUNT * 3),
    com: new Float64Array(BODY_COUNT * 3),
    mass: new Float64Array(BODY_COUNT),
    points: new Float64Array(pointCount * 3),
    sacrum: new Float64Array(9),
    accel: new Float64Array(BODY_COUNT * 3),
  };
}

const _r = new Float64Array(9) as M3;
const _t = new Float64Array(9) as M3;
const _n = new Float64Array(9) as M3;
const _hip = new Float64Array(3);
const _attach = new Float64Array(9) as M3;
const _parentR = new Float64Array(9) as M3;

function setBody(pose: PoseBuffers, body: number, R: M3, ox: number, oy: number, oz: number): void {
  pose.R.set(R, body * 9);
  pose.o[body * 3] = ox;
  pose.o[body * 3 + 1] = oy;
  pose.o[body * 3 + 2] = oz;
}

/** Attach `child` to `parent`: origin at parent-local (x, y, z), rotation R_parent·Rrel. */
function attach(pose: PoseBuffers, child: number, parent: number, x: number, y: number, z: number, Rrel: M3): void {
  transformPoint(pose.o, child * 3, pose.R, parent * 9, pose.o, parent * 3, x, y, z);
  for (let r = 0; r < 9; r++) _parentR[r] = pose.R[parent * 9 + r]!;
  mul(_attach, _parentR, Rrel);
  pose.R.set(_attach, child * 9);
}

/** World height of the hip centres above the floor in standing (thigh + shank + ankle-to-floor 5 cm [E]). */
export function standingHipHeight(g: ScaledGeometry): number {
  return -g.kneeInFemur[1] - g.ankleInTibia[1] + ANKLE_HEIGHT_M * g.lengthScale;
}

/** Height of the ankle joint above the floor [E]. */
const ANKLE_HEIGHT_M = 0.05;
const _legR = [new Float64Array(9) as M3, new Float64Array(9) as M3];
const _tibR = [new Float64Array(9) as M3, new Float64Array(9) as M3];

/**
 * Computes every body frame, COM and path point for posture `p` (`withPaths`: every path point, none, or the
 * points of a set of elements, `pointsOfElements`, for a caller that reads only those paths).
 * `thoraxComAnterior` is the calibrated anterior offset of the thorax COM (m).
 * The supporting leg (the anchored one; the left one in bilateral support) has its ankle 5 cm above
 * the floor, which sets the height of the hips (standing, single-leg stance and sitting alike).
 */
export function computePose(g: ScaledGeometry, thoraxComAnterior: number, paths: PathTable, p: Posture, pose: PoseBuffers, withPaths: boolean | PointsByBody = true): void {
  // pelvis orientation
  rotZXY(_r, p.pelvisTilt, p.pelvisList, p.pelvisRotation);
  // leg orientations in the world: thigh from its world angles (or from the pelvis through the
  // hip angles in gait; the left hip mirrors adduction and rotation), shank hinged at the knee
  for (let side = 0; side < 2; side++) {
    const zSign = side === 0 ? -1 : 1;
    if (p.legsFromHipAngles) {
      rotZXY(_t, p.hipFlexion[side]!, zSign * p.hipAdduction[side]!, zSign * p.hipRotation[side]!);
      mul(_legR[side]!, _r, _t);
    } else {
      rotZXY(_legR[side]!, p.thighFlexion[side]!, zSign * p.thighAdduction[side]!, 0);
    }
    rotZ(_n, -p.kneeFlexion[side]!);
    mul(_tibR[side]!, _legR[side]!, _n);
  }
  const support = p.anchor === ANCHOR_RIGHT ? 1 : 0;
  const Rf = _legR[support]!, Rt = _tibR[support]!;
  const kneeDrop = Rf[3]! * g.kneeInFemur[0] + Rf[4]! * g.kneeInFemur[1];
  const ankleDrop = Rt[3]! * g.ankleInTibia[0] + Rt[4]! * g.ankleInTibia[1];
  const hipY = ANKLE_HEIGHT_M * g.lengthScale - kneeDrop - ankleDrop;
  // the pelvis origin: given (gait), or placed so the anchored hip point is fixed
  const hx = g.hipR[0], hy = g.hipR[1], hz = g.hipR[2];
  let ax = 0, az = 0, lx = hx, ly = hy, lz = 0;
  if (p.anchor === ANCHOR_RIGHT) {
    az = hz;
    lz = hz;
  } else if (p.anchor === ANCHOR_LEFT) {
    az = -hz;
    lz = -hz;
  }
  // origin = anchorWorld − R·anchorLocal
  _hip[0] = _r[0]! * lx + _r[1]! * ly + _r[2]! * lz;
  _hip[1] = _r[3]! * lx + _r[4]! * ly + _r[5]! * lz;
  _hip[2] = _r[6]! * lx + _r[7]! * ly + _r[8]! * lz;
  if (p.anchor === ANCHOR_ORIGIN) setBody(pose, PELVIS, _r, p.pelvisTranslation[0]!, p.pelvisTranslation[1]!, p.pelvisTranslation[2]!);
  else setBody(pose, PELVIS, _r, ax - _hip[0]!, hipY - _hip[1]!, az - _hip[2]!);

  // legs: femur frames at the hip centres; the tibia hinges at the knee
  for (let side = 0; side < 2; side++) {
    const zSign = side === 0 ? -1 : 1;
    const femur = side === 0 ? FEMUR_L : FEMUR_R;
    const tibia = side === 0 ? TIBIA_L : TIBIA_R;
    transformPoint(pose.o, femur * 3, pose.R, PELVIS * 9, pose.o, PELVIS * 3, hx, hy, zSign * hz);
    pose.R.set(_legR[side]!, femur * 9);
    transformPoint(pose.o, tibia * 3, pose.R, femur * 9, pose.o, femur * 3, g.kneeInFemur[0], g.kneeInFemur[1], 0);
    pose.R.set(_tibR[side]!, tibia * 9);
  }

  // lumbar chain: L5 sits on the S1 endplate (normal tilted forward by PI − PT0 in the pelvis frame)
  rotZ(_n, -g.sacralNormalOffset);
  for (let r = 0; r < 9; r++) _parentR[r] = pose.R[PELVIS * 9 + r]!;
  mul(pose.sacrum as M3, _parentR, _n);
  rotZXY(_r, p.levelExtension[4]!, p.levelBending[4]!, p.levelRotation[4]!);
  mul(_t, _n, _r);
  attach(pose, B.L5, PELVIS, g.backJoint[0], g.backJoint[1], g.backJoint[2], _t);
  for (let k = 3; k >= 0; k--) {
    const body = bodyAboveLevel(k);
    const below = body - 1;
    rotZXY(_r, p.levelExtension[k]!, p.levelBending[k]!, p.levelRotation[k]!);
    attach(pose, body, below, 0, g.vertebraLength[k + 1]!, 0, _r);
  }
  rotZ(_r, -g.thoraxOffset);
  attach(pose, THORAX, B.L1, 0, g.vertebraLength[0]!, 0, _r);

  // masses and centres of mass
  const m = pose.mass;
  m[PELVIS] = g.pelvisMass;
  transformPoint(pose.com, PELVIS * 3, pose.R, PELVIS * 9, pose.o, PELVIS * 3, g.pelvisCom[0], g.pelvisCom[1], g.pelvisCom[2]);
  for (let side = 0; side < 2; side++) {
    const femur = side === 0 ? FEMUR_L : FEMUR_R;
    const tibia = side === 0 ? TIBIA_L : TIBIA_R;
    m[femur] = g.femurMass;
    transformPoint(pose.com, femur * 3, pose.R, femur * 9, pose.o, femur * 3, g.femurCom[0], g.femurCom[1], 0);
    m[tibia] = g.shankFootMass;
    transformPoint(pose.com, tibia * 3, pose.R, tibia * 9, pose.o, tibia * 3, g.shankFootCom[0], g.shankFootCom[1], 0);
  }
  for (let k = 0; k < 5; k++) {
    const body = bodyAboveLevel(k);
    const c = g.vertebraCom[k]!;
    m[body] = g.vertebraMass[k]!;
    transformPoint(pose.com, body * 3, pose.R, body * 9, pose.o, body * 3, c[0], c[1], c[2]);
  }
  m[THORAX] = g.thoraxMass;
  transformPoint(pose.com, THORAX * 3, pose.R, THORAX * 9, pose.o, THORAX * 3, thoraxComAnterior, g.thoraxComHeight, 0);

  if (withPaths !== false) placePaths(paths, pose, withPaths);
}

/**
 * computePose, or, when `bodiesPlaced` (the pose already holds p's bodies as computePose places them: a caller
 * that copied them from gait's kinematics pass), only the path points it would place on them.
 */
export function completePose(g: ScaledGeometry, thoraxComAnterior: number, paths: PathTable, p: Posture, pose: PoseBuffers, bodiesPlaced: boolean, withPaths: boolean | PointsByBody = true): void {
  if (!bodiesPlaced) computePose(g, thoraxComAnterior, paths, p, pose, withPaths);
  else if (withPaths !== false) placePaths(paths, pose, withPaths);
}

/**
 * The path points (every one, or those of `withPaths`, see computePose) from the bodies already in `pose`: what
 * computePose does after placing the bodies.
 */
export function placePaths(paths: PathTable, pose: PoseBuffers, withPaths: true | PointsByBody = true): void {
  // muscle path points, body by body: each body's frame is read once into locals, not once per point
  // (the same products and sums as transformPoint, so the same numbers)
  const { pointLocal } = paths;
  const { start, index } = withPaths === true ? pointsByBody(paths) : withPaths;
  const pts = pose.points, R = pose.R, o = pose.o;
  for (let b = 0; b < BODY_COUNT; b++) {
    const r0 = R[b * 9]!, r1 = R[b * 9 + 1]!, r2 = R[b * 9 + 2]!, r3 = R[b * 9 + 3]!, r4 = R[b * 9 + 4]!, r5 = R[b * 9 + 5]!;
    const r6 = R[b * 9 + 6]!, r7 = R[b * 9 + 7]!, r8 = R[b * 9 + 8]!, ox = o[b * 3]!, oy = o[b * 3 + 1]!, oz = o[b * 3 + 2]!;
    const end = start[b + 1]!;
    for (let n = start[b]!; n < end; n++) {
      const i = index[n]! * 3;
      const x = pointLocal[i]!, y = pointLocal[i + 1]!, z = pointLocal[i + 2]!;
      pts[i] = r0 * x + r1 * y + r2 * z + ox;
      pts[i + 1] = r3 * x + r4 * y + r5 * z + oy;
      pts[i + 2] = r6 * x + r7 * y + r8 * z + oz;
    }
  }
}

/** The path points of each body: body b's are index[start[b] … start[b+1]) (ascending). */
export interface PointsByBody {
  readonly start: Int32Array;
  readonly index: Int32Array;
}

/** Per path topology (the table's pointBody, shared by every table of the same anatomy): fixed, read-only. */
const pointsByBodyCache = new WeakMap<Int32Array, PointsByBody>();

function pointsByBody(paths: PathTable): PointsByBody {
  let found = pointsByBodyCache.get(paths.pointBody);
  if (!found) {
    const start = new Int32Array(BODY_COUNT + 1);
    const index: number[] = [];
    for (let b = 0; b < BODY_COUNT; b++) {
      start[b] = index.length;
      for (let i = 0; i < paths.pointCount; i++) if (paths.pointBody[i] === b) index.push(i);
    }
    start[BODY_COUNT] = index.length;
    if (index.length !== paths.pointCount) throw new Error('a path point on no body');
    found = { start, index: Int32Array.from(index) };
    pointsByBodyCache.set(paths.pointBody, found);
  }
  return found;
}

/**
 * The path points of `elements` (ascending element indices; `pointStart` as in the element table), grouped by
 * body like every point's list: computePose places only these, with the same arithmetic, so they come out the
 * same as in a full pose.
 */
export function pointsOfElements(paths: PathTable & { readonly pointStart: Int32Array }, elements: ArrayLike<number>): PointsByBody {
  const wanted = new Uint8Array(paths.pointCount);
  for (let c = 0; c < elements.length; c++) {
    const e = elements[c]!;
    for (let k = paths.pointStart[e]!; k < paths.pointStart[e + 1]!; k++) wanted[k] = 1;
  }
  const { start: all, index: every } = pointsByBody(paths);
  const start = new Int32Array(BODY_COUNT + 1);
  const index: number[] = [];
  for (let b = 0; b < BODY_COUNT; b++) {
    start[b] = index.length;
    for (let n = all[b]!; n < all[b + 1]!; n++) if (wanted[every[n]!]) index.push(every[n]!);
  }
  start[BODY_COUNT] = index.length;
  return { start, index: Int32Array.from(index) };
}

/** COM (world) of the bodies in `mask`; returns the total mass. */
export function massCentre(pose: PoseBuffers, mask: number, out: Float64Array): number {
  let mt = 0, x = 0, y = 0, z = 0;
  for (let b = 0; b < BODY_COUNT; b++) {
    if (!(mask & (1 << b))) continue;
    const mb = pose.mass[b]!;
    mt += mb;
    x += mb * pose.com[b * 3]!;
    y += mb * pose.com[b * 3 + 1]!;
    z += mb * pose.com[b * 3 + 2]!;
  }
  out[0] = x / mt;
  out[1] = y / mt;
  out[2] = z / mt;
  return mt;
}
