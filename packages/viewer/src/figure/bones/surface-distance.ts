/**
 * Distance from a point to a triangle soup (closest point on a triangle,
 * Ericson 2005 "Real-Time Collision Detection" §5.1.5). Brute force: used
 * by tests and checks, never per frame.
 */

function pointTriangle(px: number, py: number, pz: number, t: Float32Array | Float64Array, o: number): number {
  const ax = t[o]!, ay = t[o + 1]!, az = t[o + 2]!;
  const abx = t[o + 3]! - ax, aby = t[o + 4]! - ay, abz = t[o + 5]! - az;
  const acx = t[o + 6]! - ax, acy = t[o + 7]! - ay, acz = t[o + 8]! - az;
  const apx = px - ax, apy = py - ay, apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  const at = (u: number, v: number) => Math.hypot(apx - u * abx - v * acx, apy - u * aby - v * acy, apz - u * abz - v * acz);
  if (d1 <= 0 && d2 <= 0) return at(0, 0);
  const bpx = apx - abx, bpy = apy - aby, bpz = apz - abz;
  const d3 = abx * bpx + aby * bpy + abz * bpz;
  const d4 = acx * bpx + acy * bpy + acz * bpz;
  if (d3 >= 0 && d4 <= d3) return at(1, 0);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(d1 / (d1 - d3), 0);
  const cpx = apx - acx, cpy = apy - acy, cpz = apz - acz;
  const d5 = abx * cpx + aby * cpy + abz * cpz;
  const d6 = acx * cpx + acy * cpy + acz * cpz;
  if (d6 >= 0 && d5 <= d6) return at(0, 1);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(0, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return at(1 - w, w);
  }
  const denom = 1 / (va + vb + vc);
  return at(vb * denom, vc * denom);
}

/** Smallest distance from p to any triangle of `soup` (9 numbers per triangle: three corners). */
export function distanceToSoup(p: { x: number; y: number; z: number }, soup: Float32Array | Float64Array): number {
  let best = Infinity;
  for (let o = 0; o < soup.length; o += 9) {
    const d = pointTriangle(p.x, p.y, p.z, soup, o);
    if (d < best) best = d;
  }
  return best;
}
