/**
 * Each lumbar disc as a left and a right half (unit half-disc instances),
 * placed from the model's disc frame of the current frame and coloured by
 * that half's own compression on the cividis scale.
 */
import { LEVELS } from '@lumbo/model';
import { CIVIDIS } from '../../lib/colour-scales.ts';
import { linearLut, writeLut } from './colour-lut.ts';
import { LEVEL_COUNT, LEVEL_FIELDS, type Motion } from './motion.ts';
import type { MotionSampler } from './sampler.ts';
import { zeroMatrix } from './segment-math.ts';
import { norm3 } from './norm3.ts';

export interface DiscLayout {
  /** Per level (LEVELS order): width, depth, height (m). */
  readonly size: Float64Array;
}

/** Hairline split between the halves so they read as two. */
const GAP_M = 0.0008;

export function layoutDiscs(motion: Motion): DiscLayout {
  const size = new Float64Array(LEVEL_COUNT * 3).fill(Number.NaN);
  LEVELS.forEach((level, k) => {
    const d = motion.pose.discs.find((x) => x.level === level);
    if (d) size.set([d.widthM, d.depthM, d.heightM], k * 3);
  });
  return { size };
}

const CIVIDIS_LUT = linearLut(CIVIDIS);
const f = new Float64Array(9);

/** Instance 2k is level k's left half, 2k + 1 its right half; colours on a scale topped at `ceilingN`. */
export function writeDiscs(layout: DiscLayout, ceilingN: number, sampler: MotionSampler, matrices: Float32Array, colours: Float32Array): void {
  const { motion } = sampler;
  for (let k = 0; k < LEVEL_COUNT; k++) {
    for (let j = 0; j < 9; j++) f[j] = sampler.value(motion.discFrames, LEVEL_COUNT * 9, k * 9 + j);
    const width = layout.size[k * 3]!;
    const depth = layout.size[k * 3 + 1]!;
    const height = layout.size[k * 3 + 2]!;
    // y: the normal; z: the lateral axis made perpendicular to it; x = y × z (anterior)
    const yl = norm3(f[3]!, f[4]!, f[5]!);
    const yx = f[3]! / yl, yy = f[4]! / yl, yz = f[5]! / yl;
    const d = f[6]! * yx + f[7]! * yy + f[8]! * yz;
    let zx = f[6]! - d * yx, zy = f[7]! - d * yy, zz = f[8]! - d * yz;
    const zl = norm3(zx, zy, zz);
    zx /= zl; zy /= zl; zz /= zl;
    const xx = yy * zz - yz * zy, xy = yz * zx - yx * zz, xz = yx * zy - yy * zx;
    for (let side = 0; side < 2; side++) {
      const o = (2 * k + side) * 16;
      if (!(zl > 1e-9) || !(yl > 1e-9) || !Number.isFinite(width + depth + height + xx + f[0]!)) {
        zeroMatrix(matrices, o);
        continue;
      }
      // the unit half-disc covers z ≥ 0; the left half is it turned 180° about y (a proper rotation)
      const sign = side === 1 ? 1 : -1;
      const hx = (sign * depth) / 2, hz = (sign * width) / 2;
      matrices[o] = xx * hx; matrices[o + 1] = xy * hx; matrices[o + 2] = xz * hx; matrices[o + 3] = 0;
      matrices[o + 4] = yx * height; matrices[o + 5] = yy * height; matrices[o + 6] = yz * height; matrices[o + 7] = 0;
      matrices[o + 8] = zx * hz; matrices[o + 9] = zy * hz; matrices[o + 10] = zz * hz; matrices[o + 11] = 0;
      matrices[o + 12] = f[0]! + zx * sign * GAP_M;
      matrices[o + 13] = f[1]! + zy * sign * GAP_M;
      matrices[o + 14] = f[2]! + zz * sign * GAP_M;
      matrices[o + 15] = 1;
      const n = sampler.value(motion.levelForces, LEVEL_COUNT * LEVEL_FIELDS, k * LEVEL_FIELDS + 1 + side);
      writeLut(CIVIDIS_LUT, n / ceilingN, colours, (2 * k + side) * 3);
    }
  }
}
