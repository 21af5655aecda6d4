/**
 * The matrix of a unit cylinder stretched from a to b with radius r, written
 * straight into a column-major 4×4 array (three's instanceMatrix layout).
 * Scalar arithmetic only: safe to call hundreds of times per frame.
 * Mirrors `segment()` in scene/placement.ts (same axes, same handedness).
 */
export function writeSegment(
  ax: number, ay: number, az: number,
  bx: number, by: number, bz: number,
  r: number,
  out: Float32Array, o: number,
): void {
  const dx = bx - ax;
  const dy = by - ay;
  const dz = bz - az;
  const len = Math.sqrt(dx * dx + dy * dy + dz * dz);
  if (!(len > 1e-9)) {
    zeroMatrix(out, o);
    return;
  }
  const ux = dx / len;
  const uy = dy / len;
  const uz = dz / len;
  // x ⟂ u: helper × u, helper = +y unless u is nearly vertical
  let px: number, py: number, pz: number;
  if (Math.abs(uy) < 0.9) {
    px = uz; py = 0; pz = -ux; // (0,1,0) × u
  } else {
    px = 0; py = -uz; pz = uy; // (1,0,0) × u
  }
  const pl = Math.sqrt(px * px + py * py + pz * pz);
  px /= pl; py /= pl; pz /= pl;
  // z = x × u
  const qx = py * uz - pz * uy;
  const qy = pz * ux - px * uz;
  const qz = px * uy - py * ux;
  out[o] = px * r; out[o + 1] = py * r; out[o + 2] = pz * r; out[o + 3] = 0;
  out[o + 4] = dx; out[o + 5] = dy; out[o + 6] = dz; out[o + 7] = 0;
  out[o + 8] = qx * r; out[o + 9] = qy * r; out[o + 10] = qz * r; out[o + 11] = 0;
  out[o + 12] = (ax + bx) / 2; out[o + 13] = (ay + by) / 2; out[o + 14] = (az + bz) / 2; out[o + 15] = 1;
}

/** A matrix that collapses the instance to a point (hides it without changing the count). */
export function zeroMatrix(out: Float32Array, o: number): void {
  for (let k = 0; k < 15; k++) out[o + k] = 0;
  out[o + 15] = 1;
}
