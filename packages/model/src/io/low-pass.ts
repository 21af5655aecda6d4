/**
 * Zero-lag Butterworth low-pass, as gait labs filter force-plate data (docs/model.md §9.1): a 2nd-order
 * Butterworth section (bilinear transform with pre-warping) run forward and then backward, so the cascade
 * is 4th order in magnitude and shifts nothing in time. The ends are started at the first sample's value
 * (no start-up transient for a signal that begins at rest, as a force plate's zero does).
 */

export interface BiquadCoefficients {
  readonly b: readonly [number, number, number];
  readonly a: readonly [number, number, number];
}

/** 2nd-order Butterworth low-pass coefficients for `cutoffHz` at `sampleHz`. */
export function butterworth2(cutoffHz: number, sampleHz: number): BiquadCoefficients {
  if (!(cutoffHz > 0 && cutoffHz < sampleHz / 2)) throw new RangeError(`cut-off must be within (0, ${sampleHz / 2}) Hz (the Nyquist frequency), got ${cutoffHz}`);
  const w = Math.tan((Math.PI * cutoffHz) / sampleHz);
  const k = Math.SQRT2 * w, w2 = w * w, a0 = 1 + k + w2;
  return { b: [w2 / a0, (2 * w2) / a0, w2 / a0], a: [1, (2 * (w2 - 1)) / a0, (1 - k + w2) / a0] };
}

/** One pass of the section over x (forward), started at x[0]. */
function pass(c: BiquadCoefficients, x: ArrayLike<number>): Float64Array {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const x1 = i > 0 ? x[i - 1]! : x[0]!, x2 = i > 1 ? x[i - 2]! : x[0]!;
    const y1 = i > 0 ? y[i - 1]! : x[0]!, y2 = i > 1 ? y[i - 2]! : x[0]!;
    y[i] = c.b[0] * x[i]! + c.b[1] * x1 + c.b[2] * x2 - c.a[1] * y1 - c.a[2] * y2;
  }
  return y;
}

/** Forward then backward: zero phase; the cascade's cut-off is where the magnitude is 1/2 (−6 dB). */
export function filtfilt(c: BiquadCoefficients, x: ArrayLike<number>): Float64Array {
  return pass(c, pass(c, x).reverse()).reverse();
}
