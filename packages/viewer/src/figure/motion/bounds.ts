/**
 * Boxes for camera framing, over every frame of a motion so the camera
 * holds still while a gait cycle plays: the whole figure (with the floor
 * under it) and the lumbopelvic close-up.
 */
import type { Motion } from './motion.ts';

export interface Box {
  readonly min: { x: number; y: number; z: number };
  readonly max: { x: number; y: number; z: number };
}

const BODY_POINTS = ['hip_l', 'hip_r', 'knee_l', 'knee_r', 'ankle_l', 'ankle_r', 'toe_l', 'toe_r', 'heel_l', 'heel_r', 'ASIS_l', 'ASIS_r', 'PSIS_l', 'PSIS_r', 'head', 'shoulder_l', 'shoulder_r'];
/**
 * The close-up: the lumbar spine from T12 down through the pelvis and both
 * femurs to the knees, so the hips and thighs under the pelvis stay in frame
 * (a pelvic drop reads against the femurs) while the pelvis still spans about
 * a quarter of the view's height.
 */
const SPINE_POINTS = ['ASIS_l', 'ASIS_r', 'PSIS_l', 'PSIS_r', 'ischium_l', 'ischium_r', 'iliacCrest_l', 'iliacCrest_r', 'T12', 'hip_l', 'hip_r', 'knee_l', 'knee_r'];

/** Box around the named landmarks over all frames, grown by `pad`; `floor` adds y = 0. Null when none is finite. */
export function landmarkBox(motion: Motion, names: readonly string[], pad: number, floor: boolean): Box | null {
  const L = motion.landmarkNames.length;
  const idx = names.map((n) => motion.landmarkNames.indexOf(n)).filter((i) => i >= 0);
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let f = 0; f < motion.frames; f++) {
    for (const i of idx) {
      for (let c = 0; c < 3; c++) {
        const v = motion.landmarks[(f * L + i) * 3 + c]!;
        if (!Number.isFinite(v)) continue;
        lo[c] = Math.min(lo[c]!, v);
        hi[c] = Math.max(hi[c]!, v);
      }
    }
  }
  if (!lo.every(Number.isFinite)) return null;
  if (floor) lo[1] = Math.min(lo[1]!, 0);
  return {
    min: { x: lo[0]! - pad, y: lo[1]! - pad, z: lo[2]! - pad },
    max: { x: hi[0]! + pad, y: hi[1]! + pad, z: hi[2]! + pad },
  };
}

export function bodyBox(motion: Motion, s: number): Box | null {
  return landmarkBox(motion, BODY_POINTS, 0.13 * s, true);
}

export function spineBox(motion: Motion, s: number): Box | null {
  return landmarkBox(motion, SPINE_POINTS, 0.01 * s, false);
}

/** The union of a box and the same box moved by `offset` (the compare figure beside the main one). */
export function withCopy(box: Box, offset: { x: number; y: number; z: number }): Box {
  return {
    min: { x: Math.min(box.min.x, box.min.x + offset.x), y: Math.min(box.min.y, box.min.y + offset.y), z: Math.min(box.min.z, box.min.z + offset.z) },
    max: { x: Math.max(box.max.x, box.max.x + offset.x), y: Math.max(box.max.y, box.max.y + offset.y), z: Math.max(box.max.z, box.max.z + offset.z) },
  };
}
