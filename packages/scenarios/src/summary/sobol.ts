/**
 * Sobol' first-order and total indices from a Saltelli design
 * (../sweep/design/saltelli.ts), with bootstrap confidence intervals.
 *
 * With f_A, f_B and f_AB_i the outputs at the N rows of A, B and AB_i, and V
 * the variance of f over A and B together:
 *   first order  S_i  = (1/N) Σ_j f_B,j (f_AB_i,j − f_A,j) / V     (Saltelli et al. 2010, Table 2 (b))
 *   total        ST_i = (1/2N) Σ_j (f_A,j − f_AB_i,j)² / V          (Jansen 1999; Saltelli et al. 2010, Table 2 (f))
 * S_i is the share of the output's variance due to factor i alone; ST_i adds
 * every interaction it takes part in. ST_i ≈ 0 means the factor can be fixed.
 *
 * Confidence intervals: the base samples j are resampled with replacement
 * (`bootstrap` times, seeded, so the same rows give the same intervals) and
 * the percentile interval of each index is reported.
 */
import { createRandom } from '../sweep/prng.ts';

export interface SobolIndex {
  readonly first: number;
  readonly firstLow: number;
  readonly firstHigh: number;
  readonly total: number;
  readonly totalLow: number;
  readonly totalHigh: number;
}

export interface SobolResult {
  /** Base samples used (those whose k + 2 outputs were all finite). */
  readonly samples: number;
  /** Variance of the output over A and B. */
  readonly variance: number;
  /** One per factor, in factor order; NaN everywhere when the output is constant. */
  readonly indices: readonly SobolIndex[];
  readonly confidence: number;
}

export interface SobolOptions {
  readonly bootstrap?: number;
  /** Two-sided confidence level of the intervals. */
  readonly confidence?: number;
  readonly seed?: number;
}

/** The estimators over the base samples `pick` (indices into fA/fB/fAB, repeats allowed). */
function estimate(fA: Float64Array, fB: Float64Array, fAB: readonly Float64Array[], pick: ArrayLike<number>): { first: number[]; total: number[] } {
  const n = pick.length;
  let sum = 0;
  let sumSq = 0;
  for (let t = 0; t < n; t++) {
    const j = pick[t]!;
    sum += fA[j]! + fB[j]!;
    sumSq += fA[j]! ** 2 + fB[j]! ** 2;
  }
  const mean = sum / (2 * n);
  const variance = sumSq / (2 * n) - mean * mean;
  const first: number[] = [];
  const total: number[] = [];
  for (const ab of fAB) {
    let s = 0;
    let st = 0;
    for (let t = 0; t < n; t++) {
      const j = pick[t]!;
      s += fB[j]! * (ab[j]! - fA[j]!);
      st += (fA[j]! - ab[j]!) ** 2;
    }
    first.push(variance > 0 ? s / n / variance : Number.NaN);
    total.push(variance > 0 ? st / (2 * n) / variance : Number.NaN);
  }
  return { first, total };
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (at - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Indices from the outputs at A, B and each AB_i (all of length N, aligned by
 * base sample).
 */
export function sobolIndices(fA: Float64Array, fB: Float64Array, fAB: readonly Float64Array[], options: SobolOptions = {}): SobolResult {
  const n = fA.length;
  const bootstrap = options.bootstrap ?? 500;
  const confidence = options.confidence ?? 0.95;
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const point = estimate(fA, fB, fAB, all);
  const k = fAB.length;
  const firstDraws = Array.from({ length: k }, () => new Float64Array(bootstrap));
  const totalDraws = Array.from({ length: k }, () => new Float64Array(bootstrap));
  const random = createRandom(options.seed ?? 1, -2);
  const pick = new Uint32Array(n);
  for (let r = 0; r < bootstrap && n > 0; r++) {
    for (let t = 0; t < n; t++) pick[t] = random.nextInt(n);
    const draw = estimate(fA, fB, fAB, pick);
    for (let i = 0; i < k; i++) {
      firstDraws[i]![r] = draw.first[i]!;
      totalDraws[i]![r] = draw.total[i]!;
    }
  }
  const tail = (1 - confidence) / 2;
  const indices = point.first.map((first, i) => {
    const f = firstDraws[i]!.sort();
    const t = totalDraws[i]!.sort();
    return { first, firstLow: quantile(f, tail), firstHigh: quantile(f, 1 - tail), total: point.total[i]!, totalLow: quantile(t, tail), totalHigh: quantile(t, 1 - tail) };
  });
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j++) {
    sum += fA[j]! + fB[j]!;
    sumSq += fA[j]! ** 2 + fB[j]! ** 2;
  }
  const mean = sum / (2 * n);
  return { samples: n, variance: sumSq / (2 * n) - mean * mean, indices, confidence };
}
