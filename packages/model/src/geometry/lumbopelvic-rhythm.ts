/**
 * Lumbopelvic rhythm for forward bending [E]: the lumbar spine leads early and
 * saturates, the hips take over later (shape after Esola et al. 1996, Spine
 * 21:71 [R]). Lumbar flexion L(A) = Lmax·(1 − exp(−s0·A/Lmax)), Lmax = 55°,
 * initial lumbar share s0 = 0.65; the pelvis rotates forward by A − L(A).
 */
const DEG = Math.PI / 180;
export const LUMBAR_FLEXION_MAX_RAD = 55 * DEG;
export const INITIAL_LUMBAR_SHARE = 0.65;

export function lumbarShareOfTrunkFlexion(trunkFlexionRad: number): number {
  return LUMBAR_FLEXION_MAX_RAD * (1 - Math.exp((-INITIAL_LUMBAR_SHARE * trunkFlexionRad) / LUMBAR_FLEXION_MAX_RAD));
}
