/**
 * The 18 free coordinates of the 3-D standing posture (docs/model.md §5.1):
 * pelvis tilt, list and rotation (OpenSim pelvis_tilt/list/rotation, ZXY), and at
 * every lumbar level L1/L2…L5/S1 extension, lateral bending and axial rotation
 * (ZXY, upper relative to lower). q holds deviations from a base posture.
 */
import { copyPosture, type Posture } from '../posture.ts';

export const DOF_COUNT = 18;
export const DOF_TILT = 0;
export const DOF_LIST = 1;
export const DOF_ROTATION = 2;
/** First index of the per-level blocks (level k: EXT + k, LAT + k, AX + k; k = 0 is L1/L2). */
export const DOF_EXT = 3;
export const DOF_LAT = 8;
export const DOF_AX = 13;

export const DOF_NAMES: readonly string[] = [
  'pelvis_tilt',
  'pelvis_list',
  'pelvis_rotation',
  ...['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'].map((l) => `${l}.extension`),
  ...['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'].map((l) => `${l}.lateral`),
  ...['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'].map((l) => `${l}.axial`),
];

/** out = base + q. */
export function applyDofs(base: Posture, q: ArrayLike<number>, out: Posture): Posture {
  copyPosture(out, base);
  out.pelvisTilt = base.pelvisTilt + q[DOF_TILT]!;
  out.pelvisList = base.pelvisList + q[DOF_LIST]!;
  out.pelvisRotation = base.pelvisRotation + q[DOF_ROTATION]!;
  for (let k = 0; k < 5; k++) {
    out.levelExtension[k] = base.levelExtension[k]! + q[DOF_EXT + k]!;
    out.levelBending[k] = base.levelBending[k]! + q[DOF_LAT + k]!;
    out.levelRotation[k] = base.levelRotation[k]! + q[DOF_AX + k]!;
  }
  return out;
}

/** q = posture − base (the inverse of applyDofs for the free coordinates). */
export function readDofs(base: Posture, p: Posture, q: Float64Array): Float64Array {
  q[DOF_TILT] = p.pelvisTilt - base.pelvisTilt;
  q[DOF_LIST] = p.pelvisList - base.pelvisList;
  q[DOF_ROTATION] = p.pelvisRotation - base.pelvisRotation;
  for (let k = 0; k < 5; k++) {
    q[DOF_EXT + k] = p.levelExtension[k]! - base.levelExtension[k]!;
    q[DOF_LAT + k] = p.levelBending[k]! - base.levelBending[k]!;
    q[DOF_AX + k] = p.levelRotation[k]! - base.levelRotation[k]!;
  }
  return q;
}
