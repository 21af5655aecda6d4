/**
 * A smooth, left–right symmetric space warp for the bone meshes: a sum of
 * Gaussian radial basis functions, each moving the space around its centre by
 * its shift, fading with distance (the landmark morphing that AnyBody and
 * OpenSim users apply to fit a template bone to a subject's landmarks,
 * here with a handful of bumps). Every bump acts on both sides: at its
 * centre and at its mirror image (z → −z, shift z → −z), so a mirrored
 * hemipelvis and a midline sacrum warped by the same bumps stay joined and
 * symmetric. Drawing only: the model's geometry is never warped.
 */
import type { TriMesh } from './mesh-ops.ts';

export interface WarpBump {
  /** Centre in the body frame at reference size (m), right side (z ≥ 0). */
  readonly centre: readonly [number, number, number];
  /** How far the space at the centre moves (m). */
  readonly shift: readonly [number, number, number];
  /** Gaussian radius σ (m): at σ the shift is 61 %, at 2σ 14 %. */
  readonly radiusM: number;
}

/** The warped position of one point. */
export function warpPoint(x: number, y: number, z: number, bumps: readonly WarpBump[]): [number, number, number] {
  let ox = x;
  let oy = y;
  let oz = z;
  for (const b of bumps) {
    for (const side of [1, -1]) {
      const dx = x - b.centre[0];
      const dy = y - b.centre[1];
      const dz = z - side * b.centre[2];
      const w = Math.exp(-(dx * dx + dy * dy + dz * dz) / (2 * b.radiusM * b.radiusM));
      ox += w * b.shift[0];
      oy += w * b.shift[1];
      oz += w * side * b.shift[2];
    }
  }
  return [ox, oy, oz];
}

export function applyWarp(mesh: TriMesh, bumps: readonly WarpBump[]): TriMesh {
  if (bumps.length === 0) return mesh;
  const p = mesh.positions;
  const out = new Float32Array(p.length);
  for (let i = 0; i < p.length; i += 3) out.set(warpPoint(p[i]!, p[i + 1]!, p[i + 2]!, bumps), i);
  return { positions: out, triangles: mesh.triangles };
}

/**
 * Determinant of the warp's Jacobian at a point (central differences): > 0
 * means the warp does not fold space there (no surface turned inside out).
 */
export function warpJacobianDet(x: number, y: number, z: number, bumps: readonly WarpBump[], h = 1e-5): number {
  const col = (ex: number, ey: number, ez: number) => {
    const a = warpPoint(x + ex, y + ey, z + ez, bumps);
    const b = warpPoint(x - ex, y - ey, z - ez, bumps);
    return [(a[0] - b[0]) / (2 * h), (a[1] - b[1]) / (2 * h), (a[2] - b[2]) / (2 * h)];
  };
  const [a, b, c] = [col(h, 0, 0), col(0, h, 0), col(0, 0, h)] as [number[], number[], number[]];
  return a[0]! * (b[1]! * c[2]! - b[2]! * c[1]!) - b[0]! * (a[1]! * c[2]! - a[2]! * c[1]!) + c[0]! * (a[1]! * b[2]! - a[2]! * b[1]!);
}
