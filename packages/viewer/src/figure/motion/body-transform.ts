/**
 * A point or direction between world coordinates and one body's frame, with the
 * transforms motions carry: per body 12 numbers, the origin then the rotation
 * row-major (whose columns are the body's axes). Shared by everything attached
 * to a body: bone parts and labels (rigid.ts), muscle path points (motion.ts,
 * sampler.ts).
 */

/** Rᵀ·(v − o) (point) or Rᵀ·v (direction) with the transform at m[mo …], written to out[o …]. */
export function toLocal(m: ArrayLike<number>, mo: number, x: number, y: number, z: number, point: boolean, out: Float64Array, o: number): void {
  const px = point ? x - m[mo]! : x;
  const py = point ? y - m[mo + 1]! : y;
  const pz = point ? z - m[mo + 2]! : z;
  // transpose of the row-major rotation m[mo + 3 … mo + 11]
  out[o] = m[mo + 3]! * px + m[mo + 6]! * py + m[mo + 9]! * pz;
  out[o + 1] = m[mo + 4]! * px + m[mo + 7]! * py + m[mo + 10]! * pz;
  out[o + 2] = m[mo + 5]! * px + m[mo + 8]! * py + m[mo + 11]! * pz;
}

/** R·v (+ o for a point) with the transform at m[mo …], v at v[vo …], written to out[oo …]. */
export function toWorld(m: ArrayLike<number>, mo: number, v: ArrayLike<number>, vo: number, point: boolean, out: Float32Array | Float64Array, oo: number): void {
  const x = v[vo]!;
  const y = v[vo + 1]!;
  const z = v[vo + 2]!;
  out[oo] = m[mo + 3]! * x + m[mo + 4]! * y + m[mo + 5]! * z + (point ? m[mo]! : 0);
  out[oo + 1] = m[mo + 6]! * x + m[mo + 7]! * y + m[mo + 8]! * z + (point ? m[mo + 1]! : 0);
  out[oo + 2] = m[mo + 9]! * x + m[mo + 10]! * y + m[mo + 11]! * z + (point ? m[mo + 2]! : 0);
}
