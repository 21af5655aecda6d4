/**
 * Passive tension of a muscle–tendon unit from its path length. The fibre's
 * passive curve acts in series with the tendon (linear, 4.9 % strain at Fmax,
 * Millard 2012): for short-fibred, long-tendon muscles such as piriformis the
 * tendon takes a real part of the stretch, which is why rigid-tendon passive
 * forces are only an upper bound (docs/model.md §4.3). At the reference path length the
 * fibre has its reference normalised length l̃0 (elements.ts); solved with
 * safeguarded Newton iterations.
 */
import type { ElementTable } from '../geometry/elements.ts';
import { passiveForceLength, passiveForceLengthSlope, TENDON_STRAIN_AT_FMAX } from './muscle-curves.ts';

/** Normalised fibre length with a rigid tendon (used for the active force–length curve). */
export function normalisedFibreLength(t: ElementTable, i: number, l: number): number {
  return t.referenceFibreLength[i]! + ((l - t.referenceLength[i]!) * t.cosPennation[i]!) / t.optimalFibreLength[i]!;
}

/** Passive tension (N) of element i at musculotendon length l (m). */
export function passiveTension(t: ElementTable, i: number, l: number): number {
  const e0 = t.passiveE0[i]!;
  const e1 = t.passiveE1[i]!;
  const fmax = t.passiveForceMax[i]!;
  const cosA = t.cosPennation[i]!;
  const lopt = t.optimalFibreLength[i]!;
  const dL = l - t.referenceLength[i]!;
  const rigid = normalisedFibreLength(t, i, l);
  const lts = t.tendonSlackLength[i]!;
  if (lts <= 0) return fmax * passiveForceLength(rigid, e0, e1) * cosA;
  if (rigid - 1 <= e0) return 0; // even a rigid tendon leaves the fibre slack
  // unknown: fibre strain x (x0 at the reference); dL = (x − x0)·lopt/cos + (F(x) − F(x0))/k
  const x0 = t.referenceFibreLength[i]! - 1;
  const k = fmax / (TENDON_STRAIN_AT_FMAX * lts);
  const f0 = fmax * passiveForceLength(1 + x0, e0, e1) * cosA;
  let lo = Math.max(e0, -1), hi = rigid - 1;
  if (lo > hi) lo = hi;
  let x = hi;
  for (let it = 0; it < 30; it++) {
    const r = ((x - x0) * lopt) / cosA + (fmax * passiveForceLength(1 + x, e0, e1) * cosA - f0) / k - dL;
    if (Math.abs(r) < 1e-9) break;
    if (r > 0) hi = x;
    else lo = x;
    const slope = lopt / cosA + (fmax * passiveForceLengthSlope(1 + x, e0, e1) * cosA) / k;
    let next = x - r / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    x = next;
    if (hi - lo < 1e-10) break;
  }
  return fmax * passiveForceLength(1 + x, e0, e1) * cosA;
}
