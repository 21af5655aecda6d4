/**
 * Parts of the figure that move with one body of the model (a femur shaft,
 * a rib ring, the sacrum): their placement is stored once in that body's
 * frame-0 coordinates, and every frame it is carried by the body's current
 * transform. A part attached to an unknown body stays where it was placed.
 */
import type { Placement } from '../placement.ts';
import { isDrawable } from '../placement.ts';
import type { Motion } from './motion.ts';
import type { MotionSampler } from './sampler.ts';
import { toLocal, toWorld } from './body-transform.ts';

export interface Attached {
  readonly placement: Placement;
  /** Body name as in the model's pose (pelvis, femur_l, tibia_r, L3, thorax…); any other name (e.g. 'world') stays fixed. */
  readonly body: string;
}

export interface RigidSet {
  readonly count: number;
  /** Body index per part, −1 for world-fixed parts. */
  readonly bodyIndex: Int16Array;
  /** Per part: centre (3) then the scaled axes x, y, z (3 each), in the body's frame-0 coordinates. */
  readonly local: Float64Array;
}

export function attachAll(parts: readonly Attached[], motion: Motion): RigidSet {
  const kept = parts.filter((p) => isDrawable(p.placement));
  const bodyIndex = new Int16Array(kept.length);
  const local = new Float64Array(kept.length * 12);
  kept.forEach(({ placement: p, body }, i) => {
    const b = motion.bodyNames.indexOf(body);
    bodyIndex[i] = b;
    const o = i * 12;
    if (b < 0) {
      local.set([p.centre.x, p.centre.y, p.centre.z, p.x.x, p.x.y, p.x.z, p.y.x, p.y.y, p.y.z, p.z.x, p.z.y, p.z.z], o);
      return;
    }
    // frame-0 transform of the body
    const m = motion.bodyFrames, mo = b * 12;
    toLocal(m, mo, p.centre.x, p.centre.y, p.centre.z, true, local, o);
    toLocal(m, mo, p.x.x, p.x.y, p.x.z, false, local, o + 3);
    toLocal(m, mo, p.y.x, p.y.y, p.y.z, false, local, o + 6);
    toLocal(m, mo, p.z.x, p.z.y, p.z.z, false, local, o + 9);
  });
  return { count: kept.length, bodyIndex, local };
}

/** Writes every part's current 4×4 matrix (column-major, as three's instanceMatrix) into `out`. */
export function writeRigid(set: RigidSet, sampler: MotionSampler, out: Float32Array): void {
  const m = sampler.bodies;
  const L = set.local;
  for (let i = 0; i < set.count; i++) {
    const b = set.bodyIndex[i]!;
    const o = i * 16;
    const l = i * 12;
    if (b < 0) {
      out[o] = L[l + 3]!; out[o + 1] = L[l + 4]!; out[o + 2] = L[l + 5]!;
      out[o + 4] = L[l + 6]!; out[o + 5] = L[l + 7]!; out[o + 6] = L[l + 8]!;
      out[o + 8] = L[l + 9]!; out[o + 9] = L[l + 10]!; out[o + 10] = L[l + 11]!;
      out[o + 12] = L[l]!; out[o + 13] = L[l + 1]!; out[o + 14] = L[l + 2]!;
    } else {
      const mo = b * 12;
      toWorld(m, mo, L, l + 3, false, out, o);
      toWorld(m, mo, L, l + 6, false, out, o + 4);
      toWorld(m, mo, L, l + 9, false, out, o + 8);
      toWorld(m, mo, L, l, true, out, o + 12);
    }
    out[o + 3] = 0;
    out[o + 7] = 0;
    out[o + 11] = 0;
    out[o + 15] = 1;
  }
}

/** A point fixed in one body (a label anchor, the start of a reference line). */
export interface AttachedPoint {
  readonly body: number;
  readonly local: Float64Array;
}

export function attachPoint(x: number, y: number, z: number, body: string, motion: Motion): AttachedPoint {
  const b = motion.bodyNames.indexOf(body);
  const local = new Float64Array(3);
  if (b < 0) local.set([x, y, z]);
  else toLocal(motion.bodyFrames, b * 12, x, y, z, true, local, 0);
  return { body: b, local };
}

/** The point's current world position, written to out[o …]. */
export function pointNow(p: AttachedPoint, sampler: MotionSampler, out: Float32Array | Float64Array, o = 0): void {
  if (p.body < 0) {
    out[o] = p.local[0]!;
    out[o + 1] = p.local[1]!;
    out[o + 2] = p.local[2]!;
    return;
  }
  toWorld(sampler.bodies, p.body * 12, p.local, 0, true, out, o);
}

/** The 4×4 matrix (column-major) that carries frame-0 world coordinates of `body` to its current pose. */
export function bodyDelta(body: number, motion: Motion, sampler: MotionSampler, out: { [index: number]: number }): void {
  // current ∘ frame0⁻¹: R = R·R0ᵀ, t = o − R·R0ᵀ·o0
  const m = sampler.bodies;
  const z = motion.bodyFrames;
  const mo = body * 12;
  for (let c = 0; c < 3; c++) {
    for (let r = 0; r < 3; r++) {
      // (R·R0ᵀ)[r][c] = Σk R[r][k]·R0[c][k]
      out[c * 4 + r] = m[mo + 3 + r * 3]! * z[mo + 3 + c * 3]! + m[mo + 4 + r * 3]! * z[mo + 4 + c * 3]! + m[mo + 5 + r * 3]! * z[mo + 5 + c * 3]!;
    }
    out[c * 4 + 3] = 0;
  }
  for (let r = 0; r < 3; r++) {
    out[12 + r] = m[mo + r]! - (out[r]! * z[mo]! + out[4 + r]! * z[mo + 1]! + out[8 + r]! * z[mo + 2]!);
  }
  out[15] = 1;
}
