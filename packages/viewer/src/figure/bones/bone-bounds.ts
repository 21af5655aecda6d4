/**
 * The space the bone meshes take, for camera framing: each body's mesh box
 * (model body frame, reference size; right side, the left mirrors z) carried
 * by that body over every frame of a motion. Known without loading the
 * asset, so framing does not jump when the meshes arrive; bone-bounds.test.ts
 * checks the table against the meshes themselves. Used for both figures (the
 * compare figure's box is its own motion's).
 */
import type { Box } from '../motion/bounds.ts';
import type { Motion } from '../motion/motion.ts';
import type { BoneBody } from './bone-catalogue.ts';

type Extent = { readonly min: readonly [number, number, number]; readonly max: readonly [number, number, number] };

/** Mesh boxes per body (m), measured from the built meshes, rounded outward to 1 mm. */
export const BONE_EXTENTS: Readonly<Record<'pelvis' | 'femur_r' | 'tibia_r' | 'thorax', Extent>> = {
  pelvis: { min: [-0.173, -0.139, -0.126], max: [0.014, 0.136, 0.126] },
  femur_r: { min: [-0.037, -0.431, -0.039], max: [0.036, 0.023, 0.062] },
  tibia_r: { min: [-0.058, -0.485, -0.031], max: [0.207, -0.028, 0.062] },
  thorax: { min: [-0.087, -0.028, -0.138], max: [0.116, 0.516, 0.138] },
};

const MIRRORED: Readonly<Record<BoneBody, [keyof typeof BONE_EXTENTS, boolean]>> = {
  pelvis: ['pelvis', false],
  femur_r: ['femur_r', false],
  femur_l: ['femur_r', true],
  tibia_r: ['tibia_r', false],
  tibia_l: ['tibia_r', true],
  thorax: ['thorax', false],
};

/** Box around every bone mesh over all frames (scaled by `s`), or null when the motion has none of the bodies. */
export function boneBox(motion: Motion, s: number): Box | null {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  const stride = motion.bodyNames.length * 12;
  for (const [body, [key, mirror]] of Object.entries(MIRRORED)) {
    const b = motion.bodyNames.indexOf(body);
    if (b < 0) continue;
    const { min, max } = BONE_EXTENTS[key];
    for (let f = 0; f < motion.frames; f++) {
      const m = motion.bodyFrames.subarray(f * stride + b * 12, f * stride + b * 12 + 12);
      // the eight corners of the body's box, carried by the body's transform
      for (let c = 0; c < 8; c++) {
        const x = (c & 1 ? max[0] : min[0]) * s;
        const y = (c & 2 ? max[1] : min[1]) * s;
        const zr = (c & 4 ? max[2] : min[2]) * s;
        const z = mirror ? -zr : zr;
        for (let r = 0; r < 3; r++) {
          const w = m[r]! + m[3 + r * 3]! * x + m[4 + r * 3]! * y + m[5 + r * 3]! * z;
          if (!Number.isFinite(w)) continue;
          lo[r] = Math.min(lo[r]!, w);
          hi[r] = Math.max(hi[r]!, w);
        }
      }
    }
  }
  if (!lo.every(Number.isFinite)) return null;
  return { min: { x: lo[0]!, y: lo[1]!, z: lo[2]! }, max: { x: hi[0]!, y: hi[1]!, z: hi[2]! } };
}
