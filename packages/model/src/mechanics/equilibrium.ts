/**
 * Free-body bookkeeping. For each joint group (a free body U, a centre and a
 * frame) and each muscle element, the force and moment that one newton of
 * tension exerts on U. Tension is uniform along a path, so only the segments
 * that cross U's boundary act on it (via points inside U cancel).
 */
import * as B from '../geometry/bodies.ts';
import type { PoseBuffers } from '../geometry/pose.ts';
import type { ElementTable } from '../geometry/elements.ts';
import { pathLength } from '../geometry/elements.ts';
import { activeForceLength } from './muscle-curves.ts';
import { normalisedFibreLength, passiveTensionAt, referencePassiveForces } from './passive-tension.ts';
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';

export const CENTRE_LEVEL = 0;
export const CENTRE_HIP = 1;
export const CENTRE_HIP_MID = 2;
/** The knee of leg `index` (0 left, 1 right): centre at the tibia origin, axes of the tibia (gait's knee equation, docs/model.md §9). */
export const CENTRE_KNEE = 3;

export interface JointGroup {
  readonly label: string;
  /** Bodies of the free body U. */
  readonly mask: number;
  readonly centre: number;
  /** Level index (CENTRE_LEVEL) or side 0/1 (CENTRE_HIP). */
  readonly index: number;
  /** Axes (0 = x, 1 = y, 2 = z of the group frame) that are equilibrium equations. */
  readonly axes: readonly number[];
}

export interface GroupLoads {
  readonly groups: readonly JointGroup[];
  readonly centre: Float64Array; // G × 3
  /** Group frame, rows are the x, y, z axes in world coordinates. */
  readonly frame: Float64Array; // G × 9
  /** Gravity (and inertial d'Alembert) force on U, world; and its moment about the centre, group axes. */
  readonly gravityForce: Float64Array; // G × 3 (world)
  readonly gravityMoment: Float64Array; // G × 3 (group axes)
  /** Per element and group: force on U per newton of tension (world). */
  readonly unitForce: Float64Array; // G × E × 3
  /** Per element and group: moment on U about the centre per newton (group axes). */
  readonly unitMoment: Float64Array; // G × E × 3
  /** Whether element i crosses group g's boundary. */
  readonly crosses: Uint8Array; // G × E
  /** Per group, the elements that cross it (filled on first use; anatomy fixes it). */
  crossing: Int32Array[] | null;
  /** Per group, the path segments that cross its boundary, by crossing element (filled with `crossing`). */
  segments: CrossingSegments[] | null;
  /**
   * Every path segment k → k+1 that crosses some group's boundary (filled with `crossing`), and its unit
   * direction at the current pose (pointCount × 3, by k): a segment crossing several free bodies (a
   * lumbar fascicle crosses up to five levels and a hip) is normalised once per pose, not once per group.
   */
  crossingSegments: Int32Array | null;
  segmentDirection: Float64Array | null;
}

/**
 * The boundary-crossing segments of a group's crossing elements: for the c-th crossing element, entries
 * start[c] … start[c+1]) give the application point p (inside U) and the point q it pulls toward.
 */
export interface CrossingSegments {
  readonly start: Int32Array;
  readonly p: Int32Array;
  readonly q: Int32Array;
}

function crossingSegments(t: ElementTable, mask: number, crossing: Int32Array): CrossingSegments {
  const start = new Int32Array(crossing.length + 1);
  const p: number[] = [];
  const q: number[] = [];
  crossing.forEach((i, c) => {
    start[c] = p.length;
    for (let k = t.pointStart[i]!; k < t.pointStart[i + 1]! - 1; k++) {
      const inA = (mask >> t.pointBody[k]!) & 1;
      if (inA === ((mask >> t.pointBody[k + 1]!) & 1)) continue;
      p.push(inA ? k : k + 1);
      q.push(inA ? k + 1 : k);
    }
  });
  start[crossing.length] = p.length;
  return { start, p: Int32Array.from(p), q: Int32Array.from(q) };
}

export function createGroupLoads(groups: readonly JointGroup[], elementCount: number): GroupLoads {
  const G = groups.length;
  return {
    groups,
    centre: new Float64Array(G * 3),
    frame: new Float64Array(G * 9),
    gravityForce: new Float64Array(G * 3),
    gravityMoment: new Float64Array(G * 3),
    unitForce: new Float64Array(G * elementCount * 3),
    unitMoment: new Float64Array(G * elementCount * 3),
    crosses: new Uint8Array(G * elementCount),
    crossing: null,
    segments: null,
    crossingSegments: null,
    segmentDirection: null,
  };
}

export interface ElementState {
  readonly length: Float64Array;
  readonly lengthNorm: Float64Array;
  /** Tension at full activation from the active element (N) at the current length. */
  readonly activeForce: Float64Array;
  /** Passive tension (N) at the current length. */
  readonly passiveForce: Float64Array;
}

export function createElementState(n: number): ElementState {
  return { length: new Float64Array(n), lengthNorm: new Float64Array(n), activeForce: new Float64Array(n), passiveForce: new Float64Array(n) };
}

/**
 * Lengths and force capacities of every element at the current pose (rigid tendon for the active fibre, series
 * tendon for passive tension); with `only` (ascending element indices), of those elements alone.
 */
export function updateElementState(t: ElementTable, pose: PoseBuffers, s: ElementState, only: Int32Array | null = null): void {
  // local bindings: imported functions are read through module getters under bundler-less runners
  const length = pathLength, fibre = normalisedFibreLength, forceLength = activeForceLength, passive = passiveTensionAt;
  const n = only ? only.length : t.count;
  const f0 = referencePassiveForces(t);
  for (let c = 0; c < n; c++) {
    const i = only ? only[c]! : c;
    const l = length(t, pose.points, i);
    s.length[i] = l;
    const ln = fibre(t, i, l);
    s.lengthNorm[i] = ln;
    s.activeForce[i] = t.activeForceMax[i]! * forceLength(ln) * t.cosPennation[i]!;
    s.passiveForce[i] = passive(t, i, l, ln, f0);
  }
}

const _y = new Float64Array(3);
const _z = new Float64Array(3);

function setGroupFrame(loads: GroupLoads, g: number, pose: PoseBuffers): void {
  const grp = loads.groups[g]!;
  const c = loads.centre;
  const f = loads.frame;
  const R = pose.R;
  if (grp.centre === CENTRE_LEVEL) {
    const above = B.bodyAboveLevel(grp.index);
    const below = B.bodyBelowLevel(grp.index);
    c[g * 3] = pose.o[above * 3]!;
    c[g * 3 + 1] = pose.o[above * 3 + 1]!;
    c[g * 3 + 2] = pose.o[above * 3 + 2]!;
    // mid-plane frame of the motion segment: mean of the two bodies' axes
    // (for L5/S1 the lower frame is the S1 endplate's)
    const lowerR = below === B.PELVIS ? pose.sacrum : R;
    const lo = below === B.PELVIS ? 0 : below * 9;
    for (let k = 0; k < 3; k++) {
      _y[k] = R[above * 9 + k * 3 + 1]! + lowerR[lo + k * 3 + 1]!;
      _z[k] = R[above * 9 + k * 3 + 2]! + lowerR[lo + k * 3 + 2]!;
    }
  } else if (grp.centre === CENTRE_KNEE) {
    const tibia = grp.index === 0 ? B.TIBIA_L : B.TIBIA_R;
    for (let k = 0; k < 3; k++) {
      c[g * 3 + k] = pose.o[tibia * 3 + k]!;
      _y[k] = R[tibia * 9 + k * 3 + 1]!;
      _z[k] = R[tibia * 9 + k * 3 + 2]!;
    }
  } else {
    const hipBody = grp.centre === CENTRE_HIP ? (grp.index === 0 ? B.FEMUR_L : B.FEMUR_R) : -1;
    if (hipBody >= 0) {
      c[g * 3] = pose.o[hipBody * 3]!;
      c[g * 3 + 1] = pose.o[hipBody * 3 + 1]!;
      c[g * 3 + 2] = pose.o[hipBody * 3 + 2]!;
    } else {
      for (let k = 0; k < 3; k++) c[g * 3 + k] = 0.5 * (pose.o[B.FEMUR_L * 3 + k]! + pose.o[B.FEMUR_R * 3 + k]!);
    }
    for (let k = 0; k < 3; k++) {
      _y[k] = R[B.PELVIS * 9 + k * 3 + 1]!;
      _z[k] = R[B.PELVIS * 9 + k * 3 + 2]!;
    }
  }
  // orthonormalise: y, then z ⊥ y, then x = y × z
  // Math.sqrt, not Math.hypot: a variadic builtin V8 does not inline boxes its arguments (docs/performance.md)
  let ny = Math.sqrt(_y[0]! * _y[0]! + _y[1]! * _y[1]! + _y[2]! * _y[2]!);
  for (let k = 0; k < 3; k++) _y[k] = _y[k]! / ny;
  const d = _z[0]! * _y[0]! + _z[1]! * _y[1]! + _z[2]! * _y[2]!;
  for (let k = 0; k < 3; k++) _z[k] = _z[k]! - d * _y[k]!;
  ny = Math.sqrt(_z[0]! * _z[0]! + _z[1]! * _z[1]! + _z[2]! * _z[2]!);
  for (let k = 0; k < 3; k++) _z[k] = _z[k]! / ny;
  const o = g * 9;
  f[o] = _y[1]! * _z[2]! - _y[2]! * _z[1]!;
  f[o + 1] = _y[2]! * _z[0]! - _y[0]! * _z[2]!;
  f[o + 2] = _y[0]! * _z[1]! - _y[1]! * _z[0]!;
  f[o + 3] = _y[0]!;
  f[o + 4] = _y[1]!;
  f[o + 5] = _y[2]!;
  f[o + 6] = _z[0]!;
  f[o + 7] = _z[1]!;
  f[o + 8] = _z[2]!;
}

/** Which elements and path segments cross each group's boundary: anatomy, not posture, so looked up once (others stay zero). */
function ensureCrossings(t: ElementTable, loads: GroupLoads): void {
  if (loads.crossing !== null) return;
  const E = t.count;
  loads.crossing = loads.groups.map((grp) => crossingElements(t, grp.mask));
  loads.groups.forEach((_, g) => loads.crossing![g]!.forEach((i) => (loads.crosses[g * E + i] = 1)));
  loads.segments = loads.groups.map((grp, g) => crossingSegments(t, grp.mask, loads.crossing![g]!));
  loads.crossingSegments = segmentStarts(loads.segments);
  loads.segmentDirection = new Float64Array(t.pointCount * 3);
}

/** The first point k of every segment k → k+1 in `segments`, ascending and once each. */
function segmentStarts(segments: readonly CrossingSegments[]): Int32Array {
  const starts = new Set<number>();
  for (const seg of segments) for (let s = 0; s < seg.p.length; s++) starts.add(Math.min(seg.p[s]!, seg.q[s]!));
  return Int32Array.from([...starts].sort((a, b) => a - b));
}

/**
 * Some of a load set's groups, for a caller that reads only their equations (static-optimisation.ts,
 * `prepareGroups`): the groups, the elements crossing any of them and the path segments crossing their boundaries.
 */
export interface GroupPart {
  readonly groups: Int32Array;
  readonly elements: Int32Array;
  readonly segments: Int32Array;
}

export function groupPart(t: ElementTable, loads: GroupLoads, groups: readonly number[]): GroupPart {
  ensureCrossings(t, loads);
  const elements = new Set<number>();
  for (const g of groups) for (const e of loads.crossing![g]!) elements.add(e);
  return {
    groups: Int32Array.from(groups),
    elements: Int32Array.from([...elements].sort((a, b) => a - b)),
    segments: segmentStarts(groups.map((g) => loads.segments![g]!)),
  };
}

/**
 * Fills gravity and per-element unit loads for every group at the current pose; with `part`, for its groups
 * alone (the same arithmetic, so the same numbers as filling all; the other groups keep what they had).
 */
export function updateGroupLoads(t: ElementTable, pose: PoseBuffers, loads: GroupLoads, part: GroupPart | null = null): void {
  const E = t.count;
  const pts = pose.points;
  ensureCrossings(t, loads);
  // unit direction of each crossing segment k → k+1; a group pulled from k+1 toward k uses its negative
  // (a − b = −(b − a) exactly in floating point, so either way the numbers are those of normalising q − p)
  const dir = loads.segmentDirection!;
  const list = part ? part.segments : loads.crossingSegments!;
  for (let n = 0; n < list.length; n++) {
    const k = list[n]!;
    const ux = pts[k * 3 + 3]! - pts[k * 3]!, uy = pts[k * 3 + 4]! - pts[k * 3 + 1]!, uz = pts[k * 3 + 5]! - pts[k * 3 + 2]!;
    const len = Math.sqrt(ux * ux + uy * uy + uz * uz);
    dir[k * 3] = ux / len;
    dir[k * 3 + 1] = uy / len;
    dir[k * 3 + 2] = uz / len;
  }
  const count = part ? part.groups.length : loads.groups.length;
  for (let n = 0; n < count; n++) {
    const g = part ? part.groups[n]! : n;
    setGroupFrame(loads, g, pose);
    const mask = loads.groups[g]!.mask;
    const cx = loads.centre[g * 3]!, cy = loads.centre[g * 3 + 1]!, cz = loads.centre[g * 3 + 2]!;
    const fo = g * 9;
    const F = loads.frame;
    // gravity on U, plus d'Alembert inertial forces −m·a when the driver sets accelerations (gait)
    let fx = 0, fy = 0, fz = 0, mx = 0, my = 0, mz = 0;
    const acc = pose.accel;
    for (let b = 0; b < B.BODY_COUNT; b++) {
      if (!(mask & (1 << b))) continue;
      const m = pose.mass[b]!;
      const wx = -m * acc[b * 3]!;
      const wy = -m * (GRAVITY_M_PER_S2 + acc[b * 3 + 1]!);
      const wz = -m * acc[b * 3 + 2]!;
      const rx = pose.com[b * 3]! - cx, ry = pose.com[b * 3 + 1]! - cy, rz = pose.com[b * 3 + 2]! - cz;
      fx += wx;
      fy += wy;
      fz += wz;
      mx += ry * wz - rz * wy;
      my += rz * wx - rx * wz;
      mz += rx * wy - ry * wx;
    }
    loads.gravityForce[g * 3] = fx;
    loads.gravityForce[g * 3 + 1] = fy;
    loads.gravityForce[g * 3 + 2] = fz;
    for (let a = 0; a < 3; a++) loads.gravityMoment[g * 3 + a] = F[fo + a * 3]! * mx + F[fo + a * 3 + 1]! * my + F[fo + a * 3 + 2]! * mz;

    // muscles: only the segments crossing U's boundary act on it (the frame's rows in locals: the
    // stores below go to other typed arrays, which the compiler cannot prove do not alias it)
    const f0 = F[fo]!, f1 = F[fo + 1]!, f2 = F[fo + 2]!, f3 = F[fo + 3]!, f4 = F[fo + 4]!, f5 = F[fo + 5]!, f6 = F[fo + 6]!, f7 = F[fo + 7]!, f8 = F[fo + 8]!;
    const unitForce = loads.unitForce, unitMoment = loads.unitMoment;
    const crossing: Int32Array = loads.crossing![g]!;
    const { start, p: segP, q: segQ } = loads.segments![g]!;
    for (let c = 0; c < crossing.length; c++) {
      const i: number = crossing[c]!;
      let fx = 0, fyy = 0, fz = 0, Mx = 0, My = 0, Mz = 0;
      const end = start[c + 1]!;
      for (let s = start[c]!; s < end; s++) {
        // application point p (inside U) and pull toward q (outside U)
        const p = segP[s]!;
        const q = segQ[s]!;
        let ux: number, uy: number, uz: number;
        if (q > p) {
          ux = dir[p * 3]!;
          uy = dir[p * 3 + 1]!;
          uz = dir[p * 3 + 2]!;
        } else {
          ux = -dir[q * 3]!;
          uy = -dir[q * 3 + 1]!;
          uz = -dir[q * 3 + 2]!;
        }
        const rx = pts[p * 3]! - cx, ry = pts[p * 3 + 1]! - cy, rz = pts[p * 3 + 2]! - cz;
        fx += ux;
        fyy += uy;
        fz += uz;
        Mx += ry * uz - rz * uy;
        My += rz * ux - rx * uz;
        Mz += rx * uy - ry * ux;
      }
      const o = (g * E + i) * 3;
      unitForce[o] = fx;
      unitForce[o + 1] = fyy;
      unitForce[o + 2] = fz;
      unitMoment[o] = f0 * Mx + f1 * My + f2 * Mz;
      unitMoment[o + 1] = f3 * Mx + f4 * My + f5 * Mz;
      unitMoment[o + 2] = f6 * Mx + f7 * My + f8 * Mz;
    }
  }
}

/** Whether element i's path crosses the boundary of the free body `mask` (fixed by anatomy, not by posture). */
/**
 * Crossing lists per path topology (the table's `pointBody`, shared by every table built from
 * the same anatomy) and free-body mask. Anatomy fixes them, so they are computed once and
 * shared between models and engines; the lists are never written after construction.
 */
const crossingCache = new WeakMap<Int32Array, Map<number, Int32Array>>();

/** The elements whose paths cross the boundary of the free body `mask` (ascending; read-only, shared). */
export function crossingElements(t: ElementTable, mask: number): Int32Array {
  let byMask = crossingCache.get(t.pointBody);
  if (!byMask) {
    byMask = new Map();
    crossingCache.set(t.pointBody, byMask);
  }
  let list = byMask.get(mask);
  if (!list) {
    const found: number[] = [];
    for (let i = 0; i < t.count; i++) if (elementCrosses(t, mask, i)) found.push(i);
    list = Int32Array.from(found);
    byMask.set(mask, list);
  }
  return list;
}

export function elementCrosses(t: ElementTable, mask: number, i: number): boolean {
  for (let k = t.pointStart[i]!; k < t.pointStart[i + 1]! - 1; k++) {
    if (((mask >> t.pointBody[k]!) & 1) !== ((mask >> t.pointBody[k + 1]!) & 1)) return true;
  }
  return false;
}
