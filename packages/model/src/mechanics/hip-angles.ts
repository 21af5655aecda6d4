/** Hip joint angles (OpenSim hip_flexion, hip_adduction, hip_rotation; rad) from the pelvis and femur frames. */
import * as B from './bodies.ts';
import { decomposeZXY, mulTransA, type M3 } from './mat3.ts';
import type { PoseBuffers } from './pose.ts';

const _rel = new Float64Array(9) as M3;
const _ang = new Float64Array(3);
const _pel = new Float64Array(9) as M3;
const _fem = new Float64Array(9) as M3;

/** Writes [flexion, adduction, rotation] of hip `side` (0 = left, 1 = right) into out[offset..]. */
export function hipAngles(pose: PoseBuffers, side: number, out: Float64Array, offset = 0): void {
  const femur = side === 0 ? B.FEMUR_L : B.FEMUR_R;
  for (let r = 0; r < 9; r++) {
    _pel[r] = pose.R[B.PELVIS * 9 + r]!;
    _fem[r] = pose.R[femur * 9 + r]!;
  }
  mulTransA(_rel, _pel, _fem);
  if (side === 0) {
    // mirror z (M·R·M with M = diag(1, 1, −1)) so the left hip reads like a right hip
    _rel[2] = -_rel[2]!;
    _rel[5] = -_rel[5]!;
    _rel[6] = -_rel[6]!;
    _rel[7] = -_rel[7]!;
  }
  decomposeZXY(_rel, _ang);
  out[offset] = _ang[0]!;
  out[offset + 1] = _ang[1]!;
  out[offset + 2] = _ang[2]!;
}
