/**
 * Dense LU with partial pivoting for the small (18×18) Newton systems of the
 * posture solver. Preallocated; no allocation per solve (conventions §4).
 */
export class DenseLu {
  readonly n: number;
  private readonly a: Float64Array;
  private readonly piv: Int32Array;
  singular = false;

  constructor(n: number) {
    this.n = n;
    this.a = new Float64Array(n * n);
    this.piv = new Int32Array(n);
  }

  /** Factors the row-major n×n matrix m (copied). Returns false when a pivot vanishes. */
  factor(m: ArrayLike<number>): boolean {
    const n = this.n, a = this.a, piv = this.piv;
    for (let i = 0; i < n * n; i++) a[i] = m[i]!;
    this.singular = false;
    for (let k = 0; k < n; k++) {
      let p = k, best = Math.abs(a[k * n + k]!);
      for (let i = k + 1; i < n; i++) {
        const v = Math.abs(a[i * n + k]!);
        if (v > best) {
          best = v;
          p = i;
        }
      }
      piv[k] = p;
      if (best < 1e-14) {
        this.singular = true;
        return false;
      }
      if (p !== k) {
        for (let j = 0; j < n; j++) {
          const t = a[k * n + j]!;
          a[k * n + j] = a[p * n + j]!;
          a[p * n + j] = t;
        }
      }
      const d = a[k * n + k]!;
      for (let i = k + 1; i < n; i++) {
        const f = (a[i * n + k]! /= d);
        if (f === 0) continue;
        for (let j = k + 1; j < n; j++) a[i * n + j] = a[i * n + j]! - f * a[k * n + j]!;
      }
    }
    return true;
  }

  /** Solves A·x = b in place (b becomes x). */
  solve(b: Float64Array): Float64Array {
    const n = this.n, a = this.a, piv = this.piv;
    for (let k = 0; k < n; k++) {
      const p = piv[k]!;
      if (p !== k) {
        const t = b[k]!;
        b[k] = b[p]!;
        b[p] = t;
      }
    }
    for (let i = 1; i < n; i++) {
      let s = b[i]!;
      for (let j = 0; j < i; j++) s -= a[i * n + j]! * b[j]!;
      b[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = b[i]!;
      for (let j = i + 1; j < n; j++) s -= a[i * n + j]! * b[j]!;
      b[i] = s / a[i * n + i]!;
    }
    return b;
  }
}
