/**
 * One sign style everywhere: a signed angle is said in words, never as a
 * bare minus ("10.3°, left side low", "Posterior tilt 2.9°"). The sign
 * conventions are the model's (docs/model.md "Sign conventions"):
 *   pelvic obliquity      + = right side of the pelvis lower
 *   trunk lateral lean    + = leans to the right
 *   anterior pelvic tilt  + = anterior (ASIS below PSIS), − = posterior
 *   pelvic axial rotation + = pelvis turns to the left
 *   lumbar lateral bend   + = the upper vertebra bends to the right
 *   lumbar axial rotation + = the upper vertebra turns to the left
 *   lumbar lateral curve  + = convex to the left
 * Below half the last shown digit a value is "level"/"none": no side is named.
 */

/** |x| with one decimal (no sign: the words carry it). */
export function magnitudeDeg(x: number, decimals = 1): string {
  return Number.isFinite(x) ? `${Math.abs(x).toFixed(decimals)}°` : '—';
}

function zero(x: number, decimals: number): boolean {
  return Math.abs(x) < 0.5 * 10 ** -decimals;
}

/** "10.3°, left side low" / "level". */
export function obliquityWords(deg: number, decimals = 1): string {
  if (!Number.isFinite(deg)) return '—';
  if (zero(deg, decimals)) return 'level';
  return `${magnitudeDeg(deg, decimals)}, ${deg > 0 ? 'right' : 'left'} side low`;
}

/** "4.1°, to the right" / "upright". */
export function lateralLeanWords(deg: number, decimals = 1): string {
  if (!Number.isFinite(deg)) return '—';
  if (zero(deg, decimals)) return 'upright';
  return `${magnitudeDeg(deg, decimals)}, to the ${deg > 0 ? 'right' : 'left'}`;
}

/** "Anterior tilt 17.2°" / "Posterior tilt 2.9°": the direction is the name. */
export function tiltWords(deg: number, decimals = 1): string {
  if (!Number.isFinite(deg)) return 'Pelvic tilt —';
  return `${deg < 0 && !zero(deg, decimals) ? 'Posterior' : 'Anterior'} tilt ${magnitudeDeg(deg, decimals)}`;
}

/** "2.0°, turned left" / "none" (pelvis or a vertebra about the vertical axis; + = turns left). */
export function axialRotationWords(deg: number, decimals = 1): string {
  if (!Number.isFinite(deg)) return '—';
  if (zero(deg, decimals)) return 'none';
  return `${magnitudeDeg(deg, decimals)}, turned ${deg > 0 ? 'left' : 'right'}`;
}

/** "1.2°, to the right" (upper vertebra on the lower; + = bends right). */
export function lateralBendWords(deg: number, decimals = 1): string {
  if (!Number.isFinite(deg)) return '—';
  if (zero(deg, decimals)) return 'none';
  return `${magnitudeDeg(deg, decimals)}, to the ${deg > 0 ? 'right' : 'left'}`;
}

/** "3.4°, convex to the left" (the lumbar curve in the frontal plane; + = convex left). */
export function lateralCurveWords(deg: number, decimals = 1): string {
  if (!Number.isFinite(deg)) return '—';
  if (zero(deg, decimals)) return 'straight';
  return `${magnitudeDeg(deg, decimals)}, convex to the ${deg > 0 ? 'left' : 'right'}`;
}
