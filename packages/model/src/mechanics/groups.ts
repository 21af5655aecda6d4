/** The equilibrium equations each task imposes (joint groups). */
import * as B from '../geometry/bodies.ts';
import { CENTRE_HIP, CENTRE_HIP_MID, type JointGroup } from './equilibrium.ts';
import { levelGroups } from './static-optimisation.ts';

/** Bilateral stance: pelvis sagittal balance over both hips (frontal and axial balance are closed by the legs' reactions) + every lumbar level. */
export function bilateralGroups(): JointGroup[] {
  return [...levelGroups(), { label: 'hips', mask: B.UPPER_MASK, centre: CENTRE_HIP_MID, index: 0, axes: [2] }];
}

/** Single-leg stance on `side`: the stance hip carries everything above it (3 axes), the swing hip holds its leg (3 axes). */
export function singleLegGroups(side: number): JointGroup[] {
  const stanceLeg = side === 0 ? B.LEG_L_MASK : B.LEG_R_MASK;
  const swingLeg = side === 0 ? B.LEG_R_MASK : B.LEG_L_MASK;
  return [
    ...levelGroups(),
    { label: side === 0 ? 'hip_l' : 'hip_r', mask: B.ALL_MASK & ~stanceLeg, centre: CENTRE_HIP, index: side, axes: [0, 1, 2] },
    { label: side === 0 ? 'hip_r' : 'hip_l', mask: swingLeg, centre: CENTRE_HIP, index: 1 - side, axes: [0, 1, 2] },
  ];
}

/** Sitting: the seat supports the pelvis, so only the lumbar levels need muscular equilibrium. */
export function sittingGroups(): JointGroup[] {
  return levelGroups();
}

/** Both hips with the pelvis-side free body, for capacity read-outs. */
export function hipCapacityGroups(): JointGroup[] {
  return [
    { label: 'hip_l', mask: B.ALL_MASK & ~B.LEG_L_MASK, centre: CENTRE_HIP, index: 0, axes: [0, 1, 2] },
    { label: 'hip_r', mask: B.ALL_MASK & ~B.LEG_R_MASK, centre: CENTRE_HIP, index: 1, axes: [0, 1, 2] },
  ];
}
