/** Body indices of the multibody model; one list so every module agrees. */
export const PELVIS = 0;
export const FEMUR_L = 1;
export const FEMUR_R = 2;
export const TIBIA_L = 3;
export const TIBIA_R = 4;
export const L5 = 5;
export const L4 = 6;
export const L3 = 7;
export const L2 = 8;
export const L1 = 9;
export const THORAX = 10;
export const BODY_COUNT = 11;

export const BODY_NAMES = ['pelvis', 'femur_l', 'femur_r', 'tibia_l', 'tibia_r', 'L5', 'L4', 'L3', 'L2', 'L1', 'thorax'] as const;

/** Body directly above lumbar level k (0 = L1/L2 … 4 = L5/S1). */
export function bodyAboveLevel(k: number): number {
  return L1 - k;
}
/** Body directly below lumbar level k. */
export function bodyBelowLevel(k: number): number {
  return k === 4 ? PELVIS : L1 - k - 1;
}
/** Bitmask of the free body above level k: the vertebra above it up to L1, plus the thorax. */
export function freeBodyAboveLevel(k: number): number {
  let mask = 1 << THORAX;
  for (let b = bodyAboveLevel(k); b <= L1; b++) mask |= 1 << b;
  return mask;
}
export const LEG_L_MASK = (1 << FEMUR_L) | (1 << TIBIA_L);
export const LEG_R_MASK = (1 << FEMUR_R) | (1 << TIBIA_R);
export const ALL_MASK = (1 << BODY_COUNT) - 1;
/** Pelvis, spine and thorax: everything above both hips. */
export const UPPER_MASK = ALL_MASK & ~LEG_L_MASK & ~LEG_R_MASK;
