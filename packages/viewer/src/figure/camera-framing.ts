/**
 * Where to put the camera so a box fills the view from a chosen side,
 * whatever the window's aspect ratio (pure: unit-tested).
 * Side looks from the subject's right (they face screen right); back from
 * behind (their right is screen right); front faces them.
 */
import type { Box as Bounds } from './motion/bounds.ts';
import { v, type Vec3 } from '../lib/vec.ts';

export type FramedView = 'side' | 'back' | 'front';

export interface CameraPlacement {
  readonly position: Vec3;
  readonly target: Vec3;
}

/** Unit direction from the target to the camera, per view. */
const FROM: Record<FramedView, Vec3> = {
  side: v(0, 0, 1),
  back: v(-1, 0, 0),
  front: v(1, 0, 0),
};

/** Free margin around the box, as a fraction of the view: the whole body, and the close-up (its box already ends at the knees). */
export const MARGIN = 1.1;
export const CLOSE_UP_MARGIN = 1.04;

export function frameBox(bounds: Bounds, view: FramedView, verticalFovDeg: number, aspect: number, margin = MARGIN): CameraPlacement {
  const { min, max } = bounds;
  const target = v((min.x + max.x) / 2, (min.y + max.y) / 2, (min.z + max.z) / 2);
  const dx = max.x - min.x;
  const dy = max.y - min.y;
  const dz = max.z - min.z;
  // looking along z (side view), x spans the screen; looking along x (back, front), z does
  const across = view === 'side' ? dx : dz;
  const depth = view === 'side' ? dz : dx;
  const tanHalf = Math.tan((verticalFovDeg * Math.PI) / 360);
  const safeAspect = aspect > 0 && Number.isFinite(aspect) ? aspect : 1;
  const distance = Math.max(dy / 2 / tanHalf, across / 2 / (tanHalf * safeAspect)) * margin + depth / 2;
  const d = FROM[view];
  return { target, position: v(target.x + d.x * distance, target.y + d.y * distance, target.z + d.z * distance) };
}
