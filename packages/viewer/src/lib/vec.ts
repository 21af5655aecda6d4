/**
 * Small immutable vector helpers for building the drawing from a result.
 * They allocate, which is fine here: they run once per model answer, never
 * per frame (per-frame code in motion/ works on flat arrays with scalars).
 */
import type { Vec3 } from '@lumbo/model';

export type { Vec3 };

export const v = (x: number, y: number, z: number): Vec3 => ({ x, y, z });
export const add = (a: Vec3, b: Vec3): Vec3 => v(a.x + b.x, a.y + b.y, a.z + b.z);
export const sub = (a: Vec3, b: Vec3): Vec3 => v(a.x - b.x, a.y - b.y, a.z - b.z);
export const scale = (a: Vec3, s: number): Vec3 => v(a.x * s, a.y * s, a.z * s);
export const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const cross = (a: Vec3, b: Vec3): Vec3 => v(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x);
export const length = (a: Vec3): number => Math.hypot(a.x, a.y, a.z);
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => v(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t);
export const mid = (a: Vec3, b: Vec3): Vec3 => lerp(a, b, 0.5);

/** Unit vector; a zero vector comes back as `fallback` rather than NaN. */
export function normalize(a: Vec3, fallback: Vec3 = v(0, 1, 0)): Vec3 {
  const l = length(a);
  return l > 1e-12 ? scale(a, 1 / l) : fallback;
}

/** Sum of `base` and each `[vector, factor]` term. */
export function combine(base: Vec3, ...terms: [Vec3, number][]): Vec3 {
  let out = base;
  for (const [d, s] of terms) out = add(out, scale(d, s));
  return out;
}

/** `a` with its component along unit `n` removed. */
export function reject(a: Vec3, n: Vec3): Vec3 {
  return sub(a, scale(n, dot(a, n)));
}
