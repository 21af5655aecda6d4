/**
 * Muscles as smooth, tapered bellies: each element is a tube along its
 * model path (the via-point polyline), RINGS rings of SIDES vertices
 * spaced by arc length, thick in the middle and thin at the tendons, its
 * largest radius ∝ √(max force) (cross-section ∝ force, so a big muscle
 * looks big and a weakened one visibly thins). One merged mesh per layer:
 * positions, normals and colours are rewritten in place for the sampler's
 * frame (no allocation), the index buffer never changes, and element k owns
 * triangles [k·TRIANGLES_PER_TUBE, (k + 1)·TRIANGLES_PER_TUBE), so a
 * raycast's face index names the muscle under the pointer.
 */
import type { Motion } from '../motion/motion.ts';
import type { MotionSampler } from '../motion/sampler.ts';
import { muscleRadius } from '../motion/muscle-layout.ts';
import { norm3 } from '../motion/norm3.ts';

/**
 * 8 rings of 6 sides: 84 triangles a belly (12 × 8 gave 176). Software WebGL pays per
 * triangle and the main thread rewrites every vertex each gait frame; at the largest
 * size drawn (lecture close-up) a six-sided belly with smooth normals reads as round
 * (docs/performance.md, render per frame).
 */
export const RINGS = 8;
export const SIDES = 6;
export const VERTICES_PER_TUBE = RINGS * SIDES;
export const TRIANGLES_PER_TUBE = (RINGS - 1) * SIDES * 2;

/**
 * Radius profile along the belly, t ∈ [0, 1]: TENDON_SHARE of the peak at
 * the ends, the peak in the middle ([E]: a fusiform belly; visual only).
 */
const TENDON_SHARE = 0.3;
export function bellyProfile(t: number): number {
  return TENDON_SHARE + (1 - TENDON_SHARE) * Math.pow(Math.sin(Math.PI * Math.min(1, Math.max(0, t))), 0.8);
}

/** A belly's peak radius is this many times the old rod's (same area ∝ force, since the tapered ends carry less). */
export const BELLY_SCALE = 1.25;

export interface TubeLayout {
  /** Model element index of each tube (pose.muscles order). */
  readonly elements: Int32Array;
  /** Peak radius (m) per tube. */
  readonly radius: Float32Array;
  /** Path points per tube: first point index and count in the motion's point list. */
  readonly pointStart: Int32Array;
  readonly pointCount: Int32Array;
  readonly maxPoints: number;
  /** Static triangle indices for every tube. */
  readonly index: Uint32Array;
  readonly vertexCount: number;
}

/** Triangle indices of n tubes, shared by every layout with n tubes (never modified), so a new answer reuses the GPU's index buffer. */
const INDEX_CACHE = new Map<number, Uint32Array>();
function tubeIndex(n: number): Uint32Array {
  const cached = INDEX_CACHE.get(n);
  if (cached) return cached;
  const index = new Uint32Array(n * TRIANGLES_PER_TUBE * 3);
  let o = 0;
  for (let k = 0; k < n; k++) {
    const base = k * VERTICES_PER_TUBE;
    for (let r = 0; r < RINGS - 1; r++) {
      for (let s = 0; s < SIDES; s++) {
        const a = base + r * SIDES + s;
        const b = base + r * SIDES + ((s + 1) % SIDES);
        const c = a + SIDES;
        const d = b + SIDES;
        // counter-clockwise seen from outside: (b − a) × (c − a) points along the ring's outward normal
        index[o++] = a; index[o++] = b; index[o++] = c;
        index[o++] = b; index[o++] = d; index[o++] = c;
      }
    }
  }
  INDEX_CACHE.set(n, index);
  return index;
}

export function layoutTubes(motion: Motion, elements: readonly number[], radiusScale = 1): TubeLayout {
  const muscles = motion.pose.muscles;
  const n = elements.length;
  const pointStart = new Int32Array(n);
  const pointCount = new Int32Array(n);
  let maxPoints = 2;
  elements.forEach((e, k) => {
    pointStart[k] = motion.pointStart[e]!;
    pointCount[k] = motion.pointStart[e + 1]! - motion.pointStart[e]!;
    maxPoints = Math.max(maxPoints, pointCount[k]!);
  });
  const index = tubeIndex(n);
  return {
    elements: Int32Array.from(elements),
    radius: Float32Array.from(elements, (e) => muscleRadius(muscles[e]!.maxForceN) * BELLY_SCALE * radiusScale),
    pointStart,
    pointCount,
    maxPoints,
    index,
    vertexCount: n * VERTICES_PER_TUBE,
  };
}

/** Scratch buffers for one writer (allocated once per layout, reused every frame). */
export interface TubeScratch {
  readonly path: Float64Array;
  readonly cumulative: Float64Array;
  readonly centres: Float64Array;
}

export function tubeScratch(layout: TubeLayout): TubeScratch {
  return { path: new Float64Array(layout.maxPoints * 3), cumulative: new Float64Array(layout.maxPoints), centres: new Float64Array(RINGS * 3) };
}

/**
 * Writes every tube's vertices and normals for the sampler's current frame.
 * `radiusOf(k)` multiplies tube k's radius (emphasis, zoom); a tube whose
 * path has no length collapses to a point.
 */
export function writeTubes(
  layout: TubeLayout,
  sampler: MotionSampler,
  scratch: TubeScratch,
  positions: Float32Array,
  normals: Float32Array,
  radiusOf: (k: number) => number,
): void {
  const { path, cumulative, centres } = scratch;
  for (let k = 0; k < layout.elements.length; k++) {
    const count = layout.pointCount[k]!;
    const start = layout.pointStart[k]!;
    cumulative[0] = 0;
    for (let p = 0; p < count; p++) {
      sampler.musclePoint(start + p, path, p * 3);
      if (p > 0) {
        cumulative[p] = cumulative[p - 1]! + norm3(path[p * 3]! - path[p * 3 - 3]!, path[p * 3 + 1]! - path[p * 3 - 2]!, path[p * 3 + 2]! - path[p * 3 - 1]!);
      }
    }
    const total = cumulative[count - 1]!;
    // ring centres evenly spaced by arc length along the polyline
    let seg = 0;
    for (let r = 0; r < RINGS; r++) {
      const s = (total * r) / (RINGS - 1);
      while (seg < count - 2 && cumulative[seg + 1]! < s) seg++;
      const span = cumulative[seg + 1]! - cumulative[seg]!;
      const u = span > 0 ? (s - cumulative[seg]!) / span : 0;
      for (let c = 0; c < 3; c++) centres[r * 3 + c] = path[seg * 3 + c]! + (path[seg * 3 + 3 + c]! - path[seg * 3 + c]!) * u;
    }
    writeTube(k, layout.radius[k]! * radiusOf(k), total, centres, positions, normals);
  }
}

const COS = Float64Array.from({ length: SIDES }, (_, s) => Math.cos((2 * Math.PI * s) / SIDES));
const SIN = Float64Array.from({ length: SIDES }, (_, s) => Math.sin((2 * Math.PI * s) / SIDES));

/** One tube from its ring centres: rings turned by parallel transport, so the tube never twists at a via point. */
function writeTube(k: number, peak: number, total: number, c: Float64Array, positions: Float32Array, normals: Float32Array): void {
  const base = k * VERTICES_PER_TUBE * 3;
  if (!(total > 1e-9) || !Number.isFinite(total)) {
    positions.fill(Number.isFinite(c[0]!) ? c[0]! : 0, base, base + VERTICES_PER_TUBE * 3);
    normals.fill(0, base, base + VERTICES_PER_TUBE * 3);
    return;
  }
  let nx = 0, ny = 0, nz = 0;
  for (let r = 0; r < RINGS; r++) {
    // tangent: central difference of the ring centres (one-sided at the ends)
    const a = Math.max(0, r - 1) * 3;
    const b = Math.min(RINGS - 1, r + 1) * 3;
    let tx = c[b]! - c[a]!, ty = c[b + 1]! - c[a + 1]!, tz = c[b + 2]! - c[a + 2]!;
    const tl = norm3(tx, ty, tz) || 1;
    tx /= tl; ty /= tl; tz /= tl;
    if (r === 0) {
      // first normal: any perpendicular (helper +y unless the tube is nearly vertical)
      if (Math.abs(ty) < 0.9) { nx = tz; ny = 0; nz = -tx; } else { nx = 0; ny = -tz; nz = ty; }
    } else {
      // parallel transport: the previous normal with its tangent part removed
      const d = nx * tx + ny * ty + nz * tz;
      nx -= d * tx; ny -= d * ty; nz -= d * tz;
    }
    const nl = norm3(nx, ny, nz) || 1;
    nx /= nl; ny /= nl; nz /= nl;
    const bx = ty * nz - tz * ny, by = tz * nx - tx * nz, bz = tx * ny - ty * nx;
    const radius = peak * bellyProfile(r / (RINGS - 1));
    for (let s = 0; s < SIDES; s++) {
      const cs = COS[s]!;
      const sn = SIN[s]!;
      const ox = cs * nx + sn * bx, oy = cs * ny + sn * by, oz = cs * nz + sn * bz;
      const o = base + (r * SIDES + s) * 3;
      positions[o] = c[r * 3]! + radius * ox;
      positions[o + 1] = c[r * 3 + 1]! + radius * oy;
      positions[o + 2] = c[r * 3 + 2]! + radius * oz;
      normals[o] = ox;
      normals[o + 1] = oy;
      normals[o + 2] = oz;
    }
  }
}

/** The tube (index into the layout) a raycast's face index lies on, or −1. */
export function tubeOfFace(faceIndex: number | undefined | null, layout: TubeLayout): number {
  if (faceIndex == null || faceIndex < 0) return -1;
  const k = Math.floor(faceIndex / TRIANGLES_PER_TUBE);
  return k < layout.elements.length ? k : -1;
}
