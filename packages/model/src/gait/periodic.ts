/**
 * Periodic resampling of one gait cycle. Measured cycles never close exactly
 * (stride-to-stride variation), so the end-to-start mismatch is removed
 * linearly over the cycle [E]; the resampled series then joins without a jump.
 */

/** Value of a closed, drift-corrected cycle at phase p (any real number; period 1). */
export function samplePeriodic(samples: ArrayLike<number>, phase: number): number {
  const n = samples.length - 1; // the last sample is the next heel strike
  const drift = samples[n]! - samples[0]!;
  let p = phase - Math.floor(phase);
  const x = p * n;
  const i = Math.min(n - 1, Math.floor(x));
  const f = x - i;
  const v = samples[i]! * (1 - f) + samples[i + 1]! * f;
  p = (i + f) / n;
  return v - drift * p;
}

/** Resamples a cycle to `frames` points over [0, 1] inclusive (the last frame equals the first). */
export function resampleCycle(samples: ArrayLike<number>, frames: number, shift = 0): Float64Array {
  const out = new Float64Array(frames);
  for (let i = 0; i < frames; i++) out[i] = samplePeriodic(samples, i / (frames - 1) + shift);
  out[frames - 1] = out[0]!;
  return out;
}
