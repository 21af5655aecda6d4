/**
 * A placement is where one instance of a unit primitive goes: its centre and
 * its three scaled axes (the columns of its matrix). Unit primitives: a
 * cylinder of radius 1 and height 1 along y, a sphere of radius 1, a cube of
 * side 1, all centred at the origin.
 */
import { cross, dot, length, mid, normalize, scale, sub, v, type Vec3 } from '../lib/vec.ts';

export interface Placement {
  readonly centre: Vec3;
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}

/** Any unit vector perpendicular to unit `d`. */
function perpendicular(d: Vec3): Vec3 {
  const helper = Math.abs(d.y) < 0.9 ? v(0, 1, 0) : v(1, 0, 0);
  return normalize(cross(helper, d));
}

/** A unit cylinder stretched from `a` to `b` with the given radius. */
export function segment(a: Vec3, b: Vec3, radius: number): Placement {
  const axis = sub(b, a);
  const d = normalize(axis);
  const x = perpendicular(d);
  // z = x × y keeps the basis right-handed, so face winding (and lighting) stays correct
  const z = cross(x, d);
  return { centre: mid(a, b), x: scale(x, radius), y: axis, z: scale(z, radius) };
}

/**
 * A primitive whose unit y axis is `ey` and whose x axis is `exHint` made
 * perpendicular to it; z completes a right-handed basis. Scaled by sx, sy, sz.
 */
export function oriented(centre: Vec3, exHint: Vec3, ey: Vec3, sx: number, sy: number, sz: number): Placement {
  const y = normalize(ey);
  const x = normalize(sub(exHint, scale(y, dot(exHint, y))), perpendicular(y));
  const z = cross(x, y);
  return { centre, x: scale(x, sx), y: scale(y, sy), z: scale(z, sz) };
}

/** A sphere (or any unrotated primitive) of radius `r`. */
export function ball(centre: Vec3, r: number): Placement {
  return { centre, x: v(r, 0, 0), y: v(0, r, 0), z: v(0, 0, r) };
}

/** True when every number of the placement is finite and its axes are not degenerate. */
export function isDrawable(p: Placement): boolean {
  const nums = [p.centre, p.x, p.y, p.z].flatMap((a) => [a.x, a.y, a.z]);
  return nums.every(Number.isFinite) && length(p.y) > 1e-9;
}
