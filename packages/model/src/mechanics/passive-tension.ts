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

/**
 * Each element's passive fibre force at the reference length, a constant of the table: computed once per table
 * (tables are never written after they are built) instead of an exponential on every passiveTension call.
 */
const referenceForces = new WeakMap<ElementTable, Float64Array>();

/** The passive force (N) of every element of `t` at its reference normalised fibre length l̃0 (series-tendon elements' f0). */
export function referencePassiveForces(t: ElementTable): Float64Array {
  let f0 = referenceForces.get(t);
  if (!f0) {
    f0 = new Float64Array(t.count);
    // 1 + (l̃0 − 1), as passiveTension writes it (not always l̃0 itself in floating point)
    for (let i = 0; i < t.count; i++) f0[i] = t.passiveForceMax[i]! * passiveForceLength(1 + (t.referenceFibreLength[i]! - 1), t.passiveE0[i]!, t.passiveE1[i]!) * t.cosPennation[i]!;
    referenceForces.set(t, f0);
  }
  return f0;
}

/** Passive tension (N) of element i at musculotendon length l (m); `f0s` is referencePassiveForces(t), passed by a caller looping over elements. */
export function passiveTension(t: ElementTable, i: number, l: number, f0s: Float64Array = referencePassiveForces(t)): number {
  return passiveTensionAt(t, i, l, normalisedFibreLength(t, i, l), f0s);
}

/**
 * passiveTension given `rigid`, the element's normalisedFibreLength at l, for a caller that has it already: the
 * rigid-tendon and slack cases are answered here (small enough to be inlined), the series tendon solved apart.
 */
export function passiveTensionAt(t: ElementTable, i: number, l: number, rigid: number, f0s: Float64Array): number {
  const e0 = t.passiveE0[i]!;
  if (t.tendonSlackLength[i]! <= 0) return t.passiveForceMax[i]! * passiveForceLength(rigid, e0, t.passiveE1[i]!) * t.cosPennation[i]!;
  if (rigid - 1 <= e0) return 0; // even a rigid tendon leaves the fibre slack
  return seriesTendonTension(t, i, l, rigid, f0s);
}

/** Passive tension of an element with a series tendon whose fibre is stretched (rigid − 1 > e0): safeguarded Newton on the fibre strain. */
function seriesTendonTension(t: ElementTable, i: number, l: number, rigid: number, f0s: Float64Array): number {
  const e0 = t.passiveE0[i]!;
  const e1 = t.passiveE1[i]!;
  const fmax = t.passiveForceMax[i]!;
  const cosA = t.cosPennation[i]!;
  const lopt = t.optimalFibreLength[i]!;
  const dL = l - t.referenceLength[i]!;
  const lts = t.tendonSlackLength[i]!;
  // unknown: fibre strain x (x0 at the reference); dL = (x − x0)·lopt/cos + (F(x) − F(x0))/k
  const x0 = t.referenceFibreLength[i]! - 1;
  const k = fmax / (TENDON_STRAIN_AT_FMAX * lts);
  const f0 = f0s[i]!;
  let lo = Math.max(e0, -1), hi = rigid - 1;
  if (lo > hi) lo = hi;
  let x = hi;
  for (let it = 0; it < 30; it++) {
    const force = fmax * passiveForceLength(1 + x, e0, e1) * cosA;
    const r = ((x - x0) * lopt) / cosA + (force - f0) / k - dL;
    // converged: the tension at this x is the force just computed (the same expression as the return below)
    if (Math.abs(r) < 1e-9) return force;
    if (r > 0) hi = x;
    else lo = x;
    // bracket closed on x (typically at the first iterate, x = hi, with r < 0): the step below would fall back
    // to the midpoint 0.5·(x + x) = x and stop there, so the tension is the force at x already computed
    if (lo === hi) return force;
    const slope = lopt / cosA + (fmax * passiveForceLengthSlope(1 + x, e0, e1) * cosA) / k;
    let next = x - r / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    x = next;
    if (hi - lo < 1e-10) break;
  }
  return fmax * passiveForceLength(1 + x, e0, e1) * cosA;
}
