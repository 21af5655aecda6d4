/**
 * The statistics behind `--summary`, written out so they can be checked:
 * average ranks, Pearson and Spearman correlation, and standardised
 * regression coefficients by least squares (modified Gram–Schmidt QR, which
 * detects an input that is a linear combination of earlier ones and leaves
 * it out instead of dividing by zero).
 */

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Population standard deviation. */
export function standardDeviation(values: ArrayLike<number>): number {
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - m) ** 2;
  return Math.sqrt(sum / values.length);
}

/** Ranks 1…n, ties sharing their average rank. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + end + 1) / 2; // average of ranks start+1 … end
    for (let k = start; k < end; k++) out[order[k]!] = rank;
    start = end;
  }
  return out;
}

/** Pearson correlation; NaN when either side is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}

export interface Regression {
  /** One per input: the standardised coefficient, or null when the input is constant or collinear with earlier inputs. */
  readonly coefficients: (number | null)[];
  /** Share of the output's variance the linear fit explains. */
  readonly r2: number;
}

const COLLINEAR = 1e-9;

/**
 * Standardised regression coefficients: regress the z-scored output on the
 * z-scored inputs. Each coefficient is how many standard deviations the
 * output moves per standard deviation of that input, the others held fixed.
 */
export function standardisedRegression(inputs: readonly ArrayLike<number>[], output: ArrayLike<number>): Regression {
  const n = output.length;
  const z = (v: ArrayLike<number>): Float64Array | undefined => {
    const m = mean(v);
    const s = standardDeviation(v);
    return s > 0 ? Float64Array.from({ length: n }, (_, i) => (v[i]! - m) / s) : undefined;
  };
  const y = z(output);
  if (!y) return { coefficients: inputs.map(() => null), r2: Number.NaN };
  // modified Gram–Schmidt: q columns orthonormal, r upper-triangular
  const q: Float64Array[] = [];
  const kept: number[] = [];
  const r: number[][] = [];
  inputs.forEach((input, j) => {
    const v = z(input);
    if (!v) return;
    const column: number[] = [];
    for (const qk of q) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += qk[i]! * v[i]!;
      for (let i = 0; i < n; i++) v[i]! -= dot * qk[i]!;
      column.push(dot);
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += v[i]! ** 2;
    norm = Math.sqrt(norm);
    if (norm < COLLINEAR * Math.sqrt(n)) return;
    for (let i = 0; i < n; i++) v[i]! /= norm;
    column.push(norm);
    q.push(v);
    r.push(column);
    kept.push(j);
  });
  // solve R β = Qᵀ y by back substitution
  const qty = q.map((qk) => {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += qk[i]! * y[i]!;
    return dot;
  });
  const beta = new Array<number>(q.length).fill(0);
  for (let k = q.length - 1; k >= 0; k--) {
    let sum = qty[k]!;
    for (let m = k + 1; m < q.length; m++) sum -= r[m]![k]! * beta[m]!;
    beta[k] = sum / r[k]![k]!;
  }
  const explained = qty.reduce((s, v) => s + v * v, 0);
  const coefficients: (number | null)[] = inputs.map(() => null);
  kept.forEach((j, k) => (coefficients[j] = beta[k]!));
  return { coefficients, r2: explained / n };
}
