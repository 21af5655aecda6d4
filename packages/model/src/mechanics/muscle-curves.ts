/**
 * Hill-type muscle curves used by the static optimisation (rigid tendon).
 * Active force–length: Gaussian with width 0.45 (Thelen 2003) [S].
 * Passive force–length: an exponential through the Uhlrich 2022 calibration
 * points — zero force at fibre strain e0 and one normalised force at e1
 * (docs/model.md §4.3; Thelen 2003 shape with kPE = 4) [E].
 */

/** Thelen 2003 active force–length width γ [S]. */
export const ACTIVE_FL_WIDTH = 0.45;
/** Thelen 2003 passive shape factor kPE [S]. */
export const PASSIVE_SHAPE = 4;
const PASSIVE_NORM = Math.exp(PASSIVE_SHAPE) - 1;

/** Active force–length multiplier at normalised fibre length l̃. */
export function activeForceLength(lNorm: number): number {
  const x = (lNorm - 1) / ACTIVE_FL_WIDTH;
  return Math.exp(-x * x);
}

/** Normalised passive fibre force at normalised fibre length l̃ for the curve (e0, e1). */
export function passiveForceLength(lNorm: number, e0: number, e1: number): number {
  const strain = lNorm - 1;
  if (strain <= e0) return 0;
  return (Math.exp((PASSIVE_SHAPE * (strain - e0)) / (e1 - e0)) - 1) / PASSIVE_NORM;
}

/** d/dl̃ of passiveForceLength. */
export function passiveForceLengthSlope(lNorm: number, e0: number, e1: number): number {
  const strain = lNorm - 1;
  if (strain <= e0) return 0;
  const k = PASSIVE_SHAPE / (e1 - e0);
  return (k * Math.exp(k * (strain - e0))) / PASSIVE_NORM;
}

/** Tendon strain at maximum isometric force (Millard 2012 default, 4.9 %) [S]. */
export const TENDON_STRAIN_AT_FMAX = 0.049;
