/**
 * Force arrows at L4/L5 and L5/S1, every frame: the compression along the
 * disc normal (pointing down onto the disc) and the shear in the disc plane
 * (AP + ML, the force on the upper vertebra), both drawn just in front of
 * the disc so the vertebrae do not hide them. Length ∝ force.
 */
import { LEVEL_COUNT, LEVEL_FIELDS } from './motion.ts';
import type { MotionSampler } from './sampler.ts';
import { writeSegment, zeroMatrix } from './segment-math.ts';
import { norm3 } from './norm3.ts';

/** Arrow length per newton: 5 cm per 1000 N. */
export const ARROW_M_PER_N = 0.05 / 1000;
/** Levels with arrows (indices in LEVELS): L4/L5 and L5/S1. */
export const ARROW_LEVELS = [3, 4] as const;
export const ARROW_COUNT = ARROW_LEVELS.length * 2;
const HEAD_LENGTH_M = 0.014;
const HEAD_RADIUS_M = 0.0065;
const SHAFT_RADIUS_M = 0.0022;
/** In front of the disc's anterior rim by this much. */
const FRONT_GAP_M = 0.014;

const f = new Float64Array(9);

/**
 * Arrow i (0: L4/L5 compression, 1: L4/L5 shear, 2: L5/S1 compression, 3: L5/S1 shear):
 * shaft matrix into shafts[16·i], head (unit cone, apex +y) into heads[16·i].
 * `depths` are the discs' depths (m) in LEVELS order.
 */
export function writeArrows(sampler: MotionSampler, depths: Float64Array, shafts: Float32Array, heads: Float32Array): void {
  const { motion } = sampler;
  for (let j = 0; j < ARROW_LEVELS.length; j++) {
    const k = ARROW_LEVELS[j]!;
    for (let q = 0; q < 9; q++) f[q] = sampler.value(motion.discFrames, LEVEL_COUNT * 9, k * 9 + q);
    const nl = norm3(f[3]!, f[4]!, f[5]!);
    const nx = f[3]! / nl, ny = f[4]! / nl, nz = f[5]! / nl;
    const dl = f[6]! * nx + f[7]! * ny + f[8]! * nz;
    let zx = f[6]! - dl * nx, zy = f[7]! - dl * ny, zz = f[8]! - dl * nz;
    const zl = norm3(zx, zy, zz);
    zx /= zl; zy /= zl; zz /= zl;
    // anterior axis of the disc: n × lateral
    const ax = ny * zz - nz * zy, ay = nz * zx - nx * zz, az = nx * zy - ny * zx;
    const front = (depths[k] ?? 0) / 2 + FRONT_GAP_M;
    const px = f[0]! + ax * front, py = f[1]! + ay * front, pz = f[2]! + az * front;
    const base = k * LEVEL_FIELDS;
    const stride = LEVEL_COUNT * LEVEL_FIELDS;
    const compression = sampler.value(motion.levelForces, stride, base);
    const ap = sampler.value(motion.levelForces, stride, base + 3);
    const ml = sampler.value(motion.levelForces, stride, base + 4);
    // compression: from above the disc down along −n to the disc plane
    const cLen = Math.max(0, compression) * ARROW_M_PER_N;
    arrow(px + nx * cLen, py + ny * cLen, pz + nz * cLen, -nx, -ny, -nz, cLen, shafts, heads, 2 * j);
    // shear: from the disc plane along the in-plane force
    const sx = ap * ax + ml * zx, sy = ap * ay + ml * zy, sz = ap * az + ml * zz;
    const s = norm3(sx, sy, sz);
    arrow(px, py, pz, sx / s, sy / s, sz / s, s * ARROW_M_PER_N, shafts, heads, 2 * j + 1);
  }
}

/** Tail at (tx, ty, tz), unit direction d, total length `len` (head included). */
function arrow(tx: number, ty: number, tz: number, dx: number, dy: number, dz: number, len: number, shafts: Float32Array, heads: Float32Array, i: number): void {
  const o = i * 16;
  if (!(len > 1e-4) || !Number.isFinite(tx + ty + tz + dx + dy + dz + len)) {
    zeroMatrix(shafts, o);
    zeroMatrix(heads, o);
    return;
  }
  // a short arrow is all head, scaled down
  const head = Math.min(HEAD_LENGTH_M, len);
  const shaftEnd = len - head;
  if (shaftEnd > 1e-4) writeSegment(tx, ty, tz, tx + dx * shaftEnd, ty + dy * shaftEnd, tz + dz * shaftEnd, SHAFT_RADIUS_M, shafts, o);
  else zeroMatrix(shafts, o);
  const hx = tx + dx * shaftEnd, hy = ty + dy * shaftEnd, hz = tz + dz * shaftEnd;
  writeSegment(hx, hy, hz, hx + dx * head, hy + dy * head, hz + dz * head, HEAD_RADIUS_M * (head / HEAD_LENGTH_M), heads, o);
}
