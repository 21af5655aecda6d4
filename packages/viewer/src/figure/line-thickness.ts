/**
 * Overlay rods (angle lines, their reference dashes) that read from the back
 * of a lecture hall: in lecture mode a rod is drawn at least
 * `lectureLinePx(viewHeight)` pixels thick on screen — a share of the
 * view's height, so it grows with the projector — however far the camera
 * is; otherwise (and when the rod is already thicker) at its world radius.
 * Pure: the matrices are written in place, idempotently (every call sets the
 * radius from the rod's base radius, never from the previous call's).
 */
import { norm3 } from './motion/norm3.ts';

/** Rod thickness in lecture mode (CSS px): 1/160 of the view height, at least 4 px (6.75 px at 1080). */
export function lectureLinePx(viewHeightPx: number): number {
  return Math.max(4, viewHeightPx / 160);
}

/** World length that one CSS pixel spans at `distanceM` from a perspective camera. */
export function worldPerPixel(distanceM: number, fovDeg: number, viewHeightPx: number): number {
  return (2 * distanceM * Math.tan((fovDeg * Math.PI) / 360)) / Math.max(1, viewHeightPx);
}

/** On-screen diameter (px) of a rod of radius `radiusM` at `distanceM`. */
export function rodDiameterPx(radiusM: number, distanceM: number, fovDeg: number, viewHeightPx: number): number {
  return (2 * radiusM) / worldPerPixel(distanceM, fovDeg, viewHeightPx);
}

export interface RodView {
  readonly camera: { readonly x: number; readonly y: number; readonly z: number };
  readonly fovDeg: number;
  readonly viewHeightPx: number;
  /** Smallest on-screen diameter (px); 0 leaves every rod at its base radius. */
  readonly minPx: number;
}

/**
 * Sets the radial axes (columns 0 and 2 of each column-major 4×4 matrix of a
 * unit cylinder along y) to max(base radius, the radius that spans `minPx`
 * at the rod's distance from the camera).
 */
export function setRodRadii(matrices: Float32Array, count: number, baseRadiiM: ArrayLike<number>, view: RodView): void {
  for (let i = 0; i < count; i++) {
    const o = i * 16;
    const d = norm3(matrices[o + 12]! - view.camera.x, matrices[o + 13]! - view.camera.y, matrices[o + 14]! - view.camera.z);
    const r = Math.max(baseRadiiM[i]!, (view.minPx / 2) * worldPerPixel(d, view.fovDeg, view.viewHeightPx));
    // the two radial columns, 0 and 8 (a plain loop: an array literal here is garbage at every rod and frame)
    for (let c = 0; c <= 8; c += 8) {
      const len = norm3(matrices[o + c]!, matrices[o + c + 1]!, matrices[o + c + 2]!);
      if (len === 0) continue;
      const k = r / len;
      matrices[o + c]! *= k;
      matrices[o + c + 1]! *= k;
      matrices[o + c + 2]! *= k;
    }
  }
}
