/**
 * Periodic representation of one gait cycle as a truncated Fourier series.
 * Measured cycles never close exactly (stride-to-stride variation), so the
 * end-to-start mismatch is first removed linearly over the cycle [E]; keeping
 * harmonics up to the 8th (≈6.5 Hz at 1.2 s per cycle) then acts as the usual
 * 6 Hz low-pass of gait kinematics (Winter 2009 [R]) and gives smooth
 * accelerations for the inertial loads. Evaluation at any phase is exact, so
 * resampling adds no kinks and the last frame joins the first.
 */

/** Harmonics kept (≈6.5 Hz for a 1.235 s cycle) [E]. */
export const GAIT_HARMONICS = 8;

export interface FourierSeries {
  readonly a: Float64Array; // cosine coefficients, a[0] = mean
  readonly b: Float64Array; // sine coefficients
}

/** Fits a series to samples spanning one cycle, the last sample being the next cycle's first. */
export function fitPeriodic(samples: ArrayLike<number>, harmonics = GAIT_HARMONICS): FourierSeries {
  const n = samples.length - 1;
  const drift = samples[n]! - samples[0]!;
  const h = Math.min(harmonics, Math.floor(n / 2));
  const a = new Float64Array(h + 1);
  const b = new Float64Array(h + 1);
  for (let i = 0; i < n; i++) {
    const v = samples[i]! - drift * (i / n);
    const phase = (2 * Math.PI * i) / n;
    a[0] = a[0]! + v / n;
    for (let k = 1; k <= h; k++) {
      a[k] = a[k]! + (2 * v * Math.cos(k * phase)) / n;
      b[k] = b[k]! + (2 * v * Math.sin(k * phase)) / n;
    }
  }
  return { a, b };
}

/** Value of the series at phase p (period 1). */
export function evalPeriodic(s: FourierSeries, p: number): number {
  let v = s.a[0]!;
  const w = 2 * Math.PI * p;
  for (let k = 1; k < s.a.length; k++) v += s.a[k]! * Math.cos(k * w) + s.b[k]! * Math.sin(k * w);
  return v;
}

/** Resamples a cycle to `frames` points over [0, 1] inclusive (the last frame equals the first), optionally shifted in phase. */
export function resampleCycle(samples: ArrayLike<number>, frames: number, shift = 0): Float64Array {
  const s = fitPeriodic(samples);
  const out = new Float64Array(frames);
  for (let i = 0; i < frames - 1; i++) out[i] = evalPeriodic(s, i / (frames - 1) + shift);
  out[frames - 1] = out[0]!;
  return out;
}
