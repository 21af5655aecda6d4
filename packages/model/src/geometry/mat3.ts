/**
 * Minimal 3-D rotation and vector helpers on flat number arrays (row-major 3×3).
 * Functions write into caller-owned outputs so hot paths allocate nothing
 * (conventions §4, gl-matrix style: output first).
 */
export type M3 = Float64Array; // length 9, row-major
export type V3 = Float64Array; // length 3

export const m3 = (): M3 => new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
export const v3 = (x = 0, y = 0, z = 0): V3 => new Float64Array([x, y, z]);

export function setIdentity(out: M3): M3 {
  out.fill(0);
  out[0] = out[4] = out[8] = 1;
  return out;
}

/** Rotation about +z (x toward y). */
export function rotZ(out: M3, a: number): M3 {
  const c = Math.cos(a), s = Math.sin(a);
  out[0] = c; out[1] = -s; out[2] = 0;
  out[3] = s; out[4] = c; out[5] = 0;
  out[6] = 0; out[7] = 0; out[8] = 1;
  return out;
}
/** Rotation about +x (y toward z). */
export function rotX(out: M3, a: number): M3 {
  const c = Math.cos(a), s = Math.sin(a);
  out[0] = 1; out[1] = 0; out[2] = 0;
  out[3] = 0; out[4] = c; out[5] = -s;
  out[6] = 0; out[7] = s; out[8] = c;
  return out;
}
/** Rotation about +y (z toward x). */
export function rotY(out: M3, a: number): M3 {
  const c = Math.cos(a), s = Math.sin(a);
  out[0] = c; out[1] = 0; out[2] = s;
  out[3] = 0; out[4] = 1; out[5] = 0;
  out[6] = -s; out[7] = 0; out[8] = c;
  return out;
}

/** out = a·b (out may not alias a or b). */
export function mul(out: M3, a: M3, b: M3): M3 {
  for (let i = 0; i < 3; i++) {
    const a0 = a[i * 3]!, a1 = a[i * 3 + 1]!, a2 = a[i * 3 + 2]!;
    out[i * 3] = a0 * b[0]! + a1 * b[3]! + a2 * b[6]!;
    out[i * 3 + 1] = a0 * b[1]! + a1 * b[4]! + a2 * b[7]!;
    out[i * 3 + 2] = a0 * b[2]! + a1 * b[5]! + a2 * b[8]!;
  }
  return out;
}

/** out = aᵀ·b. */
export function mulTransA(out: M3, a: M3, b: M3): M3 {
  for (let i = 0; i < 3; i++) {
    const a0 = a[i]!, a1 = a[3 + i]!, a2 = a[6 + i]!;
    out[i * 3] = a0 * b[0]! + a1 * b[3]! + a2 * b[6]!;
    out[i * 3 + 1] = a0 * b[1]! + a1 * b[4]! + a2 * b[7]!;
    out[i * 3 + 2] = a0 * b[2]! + a1 * b[5]! + a2 * b[8]!;
  }
  return out;
}

/** Body-fixed Z-X-Y sequence: R = Rz(z)·Rx(x)·Ry(y) (OpenSim pelvis and hip order). */
const _a = m3(), _b = m3(), _c = m3();
export function rotZXY(out: M3, z: number, x: number, y: number): M3 {
  rotZ(_a, z);
  rotX(_b, x);
  mul(_c, _a, _b);
  rotY(_a, y);
  return mul(out, _c, _a);
}

/** Inverse of rotZXY: returns [z, x, y] angles of R = Rz·Rx·Ry. */
export function decomposeZXY(r: M3, out: Float64Array): Float64Array {
  const sx = Math.max(-1, Math.min(1, r[7]!));
  out[0] = Math.atan2(-r[1]!, r[4]!);
  out[1] = Math.asin(sx);
  out[2] = Math.atan2(-r[6]!, r[8]!);
  return out;
}

/** out = R·v + o (transform a local point to the parent frame). */
export function transformPoint(out: Float64Array, outOff: number, r: ArrayLike<number>, rOff: number, o: ArrayLike<number>, oOff: number, x: number, y: number, z: number): void {
  out[outOff] = r[rOff]! * x + r[rOff + 1]! * y + r[rOff + 2]! * z + o[oOff]!;
  out[outOff + 1] = r[rOff + 3]! * x + r[rOff + 4]! * y + r[rOff + 5]! * z + o[oOff + 1]!;
  out[outOff + 2] = r[rOff + 6]! * x + r[rOff + 7]! * y + r[rOff + 8]! * z + o[oOff + 2]!;
}
