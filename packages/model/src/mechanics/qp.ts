/**
 * Box-constrained, equality-constrained least-effort QP:
 *
 *     minimise ½ Σ h_i x_i²   subject to   A x = b,   l ≤ x ≤ u      (h_i > 0)
 *
 * solved through its concave dual with a semi-smooth Newton method: for
 * multipliers λ the primal minimiser is x(λ) = clip(Aᵀλ / h, l, u), the dual
 * gradient is b − A x(λ), and the generalised Hessian is A_F H_F⁻¹ A_Fᵀ over the
 * variables strictly inside their bounds. With reserve actuators (free
 * columns e_j) that matrix is always positive definite, so every problem is
 * feasible. Steps use an exact line search (the dual is piecewise quadratic
 * along a direction), which keeps the iteration monotone when many muscles
 * saturate. Warm starts from the previous multipliers make posture searches
 * cheap. All buffers live in the workspace: no allocation inside iterations.
 *
 * This replaces the `quadprog` package in the hot path after a benchmark
 * (packages/model/bench/qp.bench.ts); a test checks both give the same optimum.
 */
/** A fixed non-zero pattern of A by columns: rows of column i are colRows[colStart[i] … colStart[i+1]), colOf the column of each. */
export interface QpPattern {
  readonly colStart: Int32Array;
  readonly colRows: Int32Array;
  readonly colOf: Int32Array;
}

export class QpWorkspace {
  readonly m: number;
  readonly n: number;
  /** Constraint matrix, row-major m×n (read by `solve`; `solveValues` reads `values` instead). */
  readonly A: Float64Array;
  readonly b: Float64Array;
  readonly h: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Solution and multipliers (kept between solves as the warm start). */
  readonly x: Float64Array;
  readonly lambda: Float64Array;
  iterations = 0;
  converged = false;
  /** True once setPattern() fixed the non-zero structure of A (then solve() skips the scan). */
  private patternFixed = false;
  private readonly c: Float64Array;
  private readonly r: Float64Array;
  private readonly d: Float64Array;
  private readonly K: Float64Array;
  /** Per row of K, its first non-zero column (the factorisation's envelope), and 1 / L_jj. */
  private readonly first: Int32Array;
  private readonly invDiag: Float64Array;
  private readonly free: Uint8Array;
  private readonly e: Float64Array;
  /** 1/h, refreshed at the start of each solve (multiplying is cheaper than dividing in the loops). */
  private readonly invH: Float64Array;
  /** K before factorisation, and the free set it was assembled for (incremental updates between Newton steps). */
  private readonly K0: Float64Array;
  private readonly freeK: Uint8Array;
  private db = 0;
  /** Sparse column structure of A (rebuilt each solve): rows of column i are colRows[colStart[i] … colStart[i+1]). */
  private colStart: Int32Array;
  private colRows: Int32Array;
  private colVals: Float64Array;
  /** Column of each stored non-zero (with a fixed pattern). */
  private colOf: Int32Array;
  /**
   * Columns whose rows form at most two contiguous runs (every muscle: a run of neighbouring lumbar
   * levels and/or a hip with its knee), read without a row index per non-zero: rows colFirst[i] …
   * from colStart[i] up to colSplit[i], then colSecond[i] … up to colStart[i+1]. colFirst is −1 for
   * any other column (read through colRows).
   */
  private colFirst: Int32Array;
  private colSplit: Int32Array;
  private colSecond: Int32Array;
  /** Whether column i + 1 has the same rows as column i (fixed pattern; see addColumnPair). */
  private sameAsNext: Uint8Array;
  /** Step and curvature Σ e²/h over the free set of the last line-search evaluation (x and free hold its primal). */
  private lastT = NaN;
  private curvature = 0;

  /**
   * With `pattern`, the non-zero structure of A is fixed from the start (as after setPattern);
   * the pattern may be shared between workspaces, since a fixed pattern is only ever read.
   */
  constructor(m: number, n: number, pattern?: QpPattern) {
    this.m = m;
    this.n = n;
    this.A = new Float64Array(m * n);
    this.b = new Float64Array(m);
    this.h = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.upper = new Float64Array(n);
    this.x = new Float64Array(n);
    this.lambda = new Float64Array(m);
    this.c = new Float64Array(n);
    this.r = new Float64Array(m);
    this.d = new Float64Array(m);
    this.K = new Float64Array(m * m);
    this.first = new Int32Array(m);
    this.invDiag = new Float64Array(m);
    this.free = new Uint8Array(n);
    this.e = new Float64Array(n);
    this.invH = new Float64Array(n);
    this.K0 = new Float64Array(m * m);
    this.freeK = new Uint8Array(n);
    if (pattern) {
      this.colStart = pattern.colStart;
      this.colRows = pattern.colRows;
      this.colOf = pattern.colOf;
      this.colVals = new Float64Array(pattern.colRows.length);
      this.patternFixed = true;
      [this.colFirst, this.colSplit, this.colSecond] = runs(n, this.colStart, this.colRows);
      this.sameAsNext = sameRows(n, this.colStart, this.colRows);
    } else {
      this.colStart = new Int32Array(n + 1);
      this.colRows = new Int32Array(m * n);
      this.colVals = new Float64Array(m * n);
      this.colOf = new Int32Array(m * n);
      this.colFirst = new Int32Array(n).fill(-1);
      this.colSplit = new Int32Array(n);
      this.colSecond = new Int32Array(n);
      this.sameAsNext = new Uint8Array(n);
    }
  }

  /**
   * With a fixed pattern, A's non-zeros in the pattern's column order (colStart/colRows): a caller
   * that writes them here directly and calls `solveValues` skips the dense matrix `A` altogether.
   */
  get values(): Float64Array {
    return this.colVals;
  }

  /** The dense A of the current `values` (fixed pattern; for comparisons outside the hot path). */
  denseA(): Float64Array {
    const { n, A, colStart, colRows, colVals } = this;
    A.fill(0);
    for (let i = 0; i < n; i++) for (let p = colStart[i]!; p < colStart[i + 1]!; p++) A[colRows[p]! * n + i] = colVals[p]!;
    return A;
  }

  /**
   * Fixes which entries of A may be non-zero (`nonZero(row, col)`), so each solve reads
   * only those instead of scanning the dense matrix. Entries outside the pattern must stay 0.
   */
  setPattern(nonZero: (row: number, col: number) => boolean): void {
    const { m, n } = this;
    // fresh arrays: the current ones may be a pattern shared with other workspaces
    const colStart = (this.colStart = new Int32Array(n + 1));
    const colRows = (this.colRows = new Int32Array(m * n));
    const colOf = (this.colOf = new Int32Array(m * n));
    if (this.colVals.length < m * n) this.colVals = new Float64Array(m * n);
    let nz = 0;
    for (let i = 0; i < n; i++) {
      colStart[i] = nz;
      for (let j = 0; j < m; j++) {
        if (!nonZero(j, i)) continue;
        colRows[nz] = j;
        colOf[nz++] = i;
      }
    }
    colStart[n] = nz;
    this.patternFixed = true;
    [this.colFirst, this.colSplit, this.colSecond] = runs(n, colStart, colRows);
    this.sameAsNext = sameRows(n, colStart, colRows);
  }

  /**
   * c = Aᵀλ at `lam`, then x and the free set (primal). The dual's value itself is never needed: the Newton
   * steps use its gradient and the line search its slope along the step.
   */
  private dual(lam: Float64Array): void {
    this.transposeTimes(lam, this.c);
    this.primal();
  }

  /**
   * out = Aᵀv over the sparse columns (Aᵀλ for the dual, Aᵀd for the line search): a column of runs two terms a
   * pass, added one after the other as a plain loop adds them (fewer loop tests, the same sums).
   */
  private transposeTimes(v: Float64Array, out: Float64Array): void {
    const { n, colStart, colRows, colVals, colFirst, colSplit, colSecond } = this;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const first = colFirst[i]!;
      const end = colStart[i + 1]!;
      if (first >= 0) {
        const split = colSplit[i]!;
        let p = colStart[i]!, j = first;
        for (; p + 1 < split; p += 2, j += 2) {
          sum += colVals[p]! * v[j]!;
          sum += colVals[p + 1]! * v[j + 1]!;
        }
        if (p < split) sum += colVals[p]! * v[j]!;
        for (let p = split, j = colSecond[i]!; p < end; p++, j++) sum += colVals[p]! * v[j]!;
      } else for (let p = colStart[i]!; p < end; p++) sum += colVals[p]! * v[colRows[p]!]!;
      out[i] = sum;
    }
  }

  /** x = clip(c/h, l, u) and the free set from the current c. */
  private primal(): void {
    const { n, invH, lower, upper, x, c, free } = this;
    for (let i = 0; i < n; i++) {
      const raw = c[i]! * invH[i]!;
      const lo = lower[i]!, up = upper[i]!;
      let xi = raw;
      let f = 1;
      if (raw <= lo) {
        xi = lo;
        f = 0;
      } else if (raw >= up) {
        xi = up;
        f = 0;
      }
      x[i] = xi;
      free[i] = f;
    }
  }

  private residual(): number {
    const { m, n, b, x, r, colStart, colRows, colVals, colFirst, colSplit, colSecond } = this;
    r.set(b);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      if (xi === 0) continue;
      const first = colFirst[i]!;
      const end = colStart[i + 1]!;
      if (first >= 0) {
        const split = colSplit[i]!;
        let p = colStart[i]!, j = first;
        for (; p + 1 < split; p += 2, j += 2) {
          r[j] = r[j]! - colVals[p]! * xi;
          r[j + 1] = r[j + 1]! - colVals[p + 1]! * xi;
        }
        if (p < split) r[j] = r[j]! - colVals[p]! * xi;
        for (let p = split, j = colSecond[i]!; p < end; p++, j++) r[j] = r[j]! - colVals[p]! * xi;
      } else for (let p = colStart[i]!; p < end; p++) r[colRows[p]!] = r[colRows[p]!]! - colVals[p]! * xi;
    }
    let norm = 0;
    for (let j = 0; j < m; j++) norm = Math.max(norm, Math.abs(r[j]!));
    return norm;
  }

  /**
   * Cholesky solve of (K0 + 1e-12·I) d = r (SPD), the factor written to K; returns false if it breaks
   * down. Works inside the envelope of K0's lower triangle (row i from its first non-zero column: the
   * knees' equations couple only with their hips, and a Cholesky factor has no fill-in left of a row's
   * first non-zero).
   */
  private choleskySolve(): boolean {
    const { m, K, K0, d, r, first, invDiag } = this;
    for (let i = 0; i < m; i++) {
      const ri = i * m;
      let f = 0;
      while (f < i && K0[ri + f] === 0) f++;
      first[i] = f;
    }
    // L overwrites K's lower triangle; each entry is read from K0 (+ 1e-12 on the diagonal) when it is
    // computed, so K0 stays for the next Newton step's update and K needs no copy
    for (let j = 0; j < m; j++) {
      const rj = j * m;
      const fj = first[j]!;
      let s = K0[rj + j]! + 1e-12;
      for (let k = fj; k < j; k++) s -= K[rj + k]! * K[rj + k]!;
      if (!(s > 0)) return false;
      const l = Math.sqrt(s);
      const inv = 1 / l;
      K[rj + j] = l;
      invDiag[j] = inv;
      // two rows at a time where their sums start at the same column: two independent chains of
      // subtractions sharing the loads of row j, each in the order of a row alone
      let i = j + 1;
      for (; i + 1 < m; i += 2) {
        const fi = first[i]!, fh = first[i + 1]!;
        const ki = fi > fj ? fi : fj, kh = fh > fj ? fh : fj;
        if (fi > j || fh > j || ki !== kh) {
          if (fi <= j) choleskyEntry(K, K0, m, i, j, ki, inv);
          if (fh <= j) choleskyEntry(K, K0, m, i + 1, j, kh, inv);
          continue;
        }
        const ri = i * m, rh = ri + m;
        let t = K0[ri + j]!, u = K0[rh + j]!;
        for (let k = ki; k < j; k++) {
          const ljk = K[rj + k]!;
          t -= K[ri + k]! * ljk;
          u -= K[rh + k]! * ljk;
        }
        K[ri + j] = t * inv;
        K[rh + j] = u * inv;
      }
      if (i < m && first[i]! <= j) choleskyEntry(K, K0, m, i, j, first[i]! > fj ? first[i]! : fj, inv);
    }
    for (let i = 0; i < m; i++) {
      const ri = i * m;
      let s = r[i]!;
      for (let k = first[i]!; k < i; k++) s -= K[ri + k]! * d[k]!;
      d[i] = s * invDiag[i]!;
    }
    for (let i = m - 1; i >= 0; i--) {
      let s = d[i]!;
      for (let k = i + 1; k < m; k++) if (first[k]! <= i) s -= K[k * m + i]! * d[k]!;
      d[i] = s * invDiag[i]!;
    }
    return true;
  }

  /**
   * Solves the QP from the current multipliers (warm start). `tol` is the
   * largest allowed equality residual in the units of b.
   */
  solve(tol = 1e-7, maxIterations = 60): boolean {
    const { m, n, A, colStart, colRows, colVals } = this;
    // most muscles cross only a few joints: work on the non-zeros of each column
    if (this.patternFixed) {
      const colOf = this.colOf;
      for (let p = 0; p < colStart[n]!; p++) colVals[p] = A[colRows[p]! * n + colOf[p]!]!;
    } else {
      let nz = 0;
      for (let i = 0; i < n; i++) {
        colStart[i] = nz;
        for (let j = 0; j < m; j++) {
          const a = A[j * n + i]!;
          if (a !== 0) {
            colRows[nz] = j;
            colVals[nz++] = a;
          }
        }
      }
      colStart[n] = nz;
    }
    return this.iterate(tol, maxIterations);
  }

  /** Solves from `values` as the caller wrote them (fixed pattern only; A is not read). */
  solveValues(tol = 1e-7, maxIterations = 60): boolean {
    if (!this.patternFixed) throw new Error('solveValues needs a fixed pattern');
    return this.iterate(tol, maxIterations);
  }

  private iterate(tol: number, maxIterations: number): boolean {
    const { m, n, h, invH, free, freeK, K0, lambda, d, c, e, r } = this;
    for (let i = 0; i < n; i++) invH[i] = 1 / h[i]!;
    this.dual(lambda); // fills x, the free set and c = Aᵀλ
    this.converged = false;
    let assembled = false;
    for (let it = 0; it < maxIterations; it++) {
      this.iterations = it;
      if (this.residual() <= tol) {
        this.converged = true;
        return true;
      }
      // generalised Hessian over the free variables (lower triangle, sparse columns): assembled once
      // per solve, then updated by the few columns whose bound state changed since the last step
      if (!assembled) {
        K0.fill(0);
        const same = this.sameAsNext;
        for (let i = 0; i < n; i++) {
          if (!free[i]) continue;
          if (same[i] && free[i + 1]) this.addColumnPair(i++);
          else this.addColumn(i, 1);
        }
        freeK.set(free);
        assembled = true;
      } else {
        for (let i = 0; i < n; i++) {
          if (free[i] === freeK[i]) continue;
          this.addColumn(i, free[i] ? 1 : -1);
          freeK[i] = free[i]!;
        }
      }
      if (!this.choleskySolve()) break;
      // exact line search: the dual is concave and piecewise quadratic along d,
      // so its slope φ'(t) = d·b − Σ e_i x_i(t) (e = Aᵀd) is monotone in t;
      // at t = 0 it is d·(b − A x) = d·r, the residual just computed
      let slope0 = 0;
      for (let j = 0; j < m; j++) slope0 += d[j]! * r[j]!;
      this.lineDirection();
      const t = this.exactStep(slope0);
      if (!(t > 0)) break;
      for (let j = 0; j < m; j++) lambda[j] = lambda[j]! + t * d[j]!;
      // Aᵀλ moves along Aᵀd: update it instead of multiplying again
      for (let i = 0; i < n; i++) c[i] = c[i]! + t * e[i]!;
      // the line search's last evaluation was at t: x and the free set are already those of the new c
      if (t !== this.lastT) this.primal();
    }
    this.converged = this.residual() <= tol * 10;
    return this.converged;
  }

  /** K0 += sign · a_i a_iᵀ / h_i over the lower triangle (a_i the non-zeros of column i). */
  private addColumn(i: number, sign: number): void {
    const { m, K0, colStart, colRows, colVals, invH } = this;
    const w = sign * invH[i]!;
    const start = colStart[i]!;
    const end = colStart[i + 1]!;
    const first = this.colFirst[i]!;
    if (first >= 0) {
      const split = this.colSplit[i]!, second = this.colSecond[i]!;
      for (let p = start; p < end; p++) {
        const row = (p < split ? first + p - start : second + p - split) * m;
        const awj = colVals[p]! * w;
        const top = p < split ? p : split - 1;
        let q = start, at = row + first;
        for (; q < top; q += 2, at += 2) {
          K0[at] = K0[at]! + awj * colVals[q]!;
          K0[at + 1] = K0[at + 1]! + awj * colVals[q + 1]!;
        }
        if (q === top) K0[at] = K0[at]! + awj * colVals[q]!;
        for (let q = split, at = row + second; q <= p; q++, at++) K0[at] = K0[at]! + awj * colVals[q]!;
      }
      return;
    }
    for (let p = start; p < end; p++) {
      const row = colRows[p]! * m;
      const awj = colVals[p]! * w;
      for (let q = start; q <= p; q++) K0[row + colRows[q]!] = K0[row + colRows[q]!]! + awj * colVals[q]!;
    }
  }

  /**
   * addColumn(i, 1) then addColumn(i + 1, 1) for two columns with the same rows (sameAsNext[i]) and the run
   * structure: each entry of K0 gets column i's term, then column i + 1's, as the two calls give it, with one
   * read and one write of the entry instead of two.
   */
  private addColumnPair(i: number): void {
    const { m, K0, colStart, colVals, invH } = this;
    const w = invH[i]!, wk = invH[i + 1]!;
    const start = colStart[i]!;
    const end = colStart[i + 1]!;
    const off = end - start; // column i + 1's non-zero p + off pairs with column i's p
    const first = this.colFirst[i]!;
    if (first < 0) {
      this.addColumn(i, 1);
      this.addColumn(i + 1, 1);
      return;
    }
    const split = this.colSplit[i]!, second = this.colSecond[i]!;
    for (let p = start; p < end; p++) {
      const row = (p < split ? first + p - start : second + p - split) * m;
      const awj = colVals[p]! * w, awk = colVals[p + off]! * wk;
      const top = p < split ? p : split - 1;
      let q = start, at = row + first;
      for (; q < top; q += 2, at += 2) {
        K0[at] = K0[at]! + awj * colVals[q]! + awk * colVals[q + off]!;
        K0[at + 1] = K0[at + 1]! + awj * colVals[q + 1]! + awk * colVals[q + 1 + off]!;
      }
      if (q === top) K0[at] = K0[at]! + awj * colVals[q]! + awk * colVals[q + off]!;
      for (let q = split, at = row + second; q <= p; q++, at++) K0[at] = K0[at]! + awj * colVals[q]! + awk * colVals[q + off]!;
    }
  }

  /** e = Aᵀd and d·b for the line search. */
  private lineDirection(): void {
    const { m, d } = this;
    let db = 0;
    for (let j = 0; j < m; j++) db += d[j]! * this.b[j]!;
    this.transposeTimes(d, this.e);
    this.db = db;
  }

  /**
   * Slope of the dual along d at step t (c holds Aᵀλ at t = 0). Leaves the primal x(t) and its free
   * set in x and free, and the slope's rate of decrease Σ_free e_i²/h_i in `curvature`.
   */
  private slopeAt(t: number): number {
    // each array element read once into a local: after a store to x, V8 would read the others again (any two
    // Float64Arrays may share a buffer)
    const { n, c, e, invH, lower, upper, x, free } = this;
    let s = this.db;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const ei = e[i]!, hi = invH[i]!;
      let xi = (c[i]! + t * ei) * hi;
      const lo = lower[i]!, up = upper[i]!;
      let f = 1;
      if (xi <= lo) {
        xi = lo;
        f = 0;
      } else if (xi >= up) {
        xi = up;
        f = 0;
      } else k += ei * ei * hi;
      x[i] = xi;
      free[i] = f;
      s -= ei * xi;
    }
    this.lastT = t;
    this.curvature = k;
    return s;
  }

  /**
   * Root of the monotone slope (φ'(0) = `slope0` > 0): Newton steps on the piecewise-linear slope from
   * the full step t = 1, kept inside the bracket, falling back to the Illinois variant of regula falsi
   * (or doubling, before the bracket closes) when a Newton step would leave it. Inside one linear
   * piece a Newton step is exact, so the full Newton step usually needs one or two evaluations.
   */
  private exactStep(slope0: number): number {
    this.lastT = NaN;
    let a = 0;
    let fa = slope0;
    if (!(fa > 0)) return 0;
    let b = Infinity;
    let fb = 0;
    const tolerance = 1e-13 * (Math.abs(this.db) + 1);
    let t = 1;
    let side = 0;
    for (let k = 0; k < 160; k++) {
      const ft = this.slopeAt(t);
      if (Math.abs(ft) <= tolerance || (b !== Infinity && b - a <= 1e-15 * b)) return t;
      if (ft > 0) {
        a = t;
        fa = ft;
        if (side === 1) fb *= 0.5;
        side = 1;
      } else {
        b = t;
        fb = ft;
        if (side === -1) fa *= 0.5;
        side = -1;
      }
      // Newton on the current linear piece: φ'' = −curvature
      const newton = this.curvature > 0 ? t + ft / this.curvature : NaN;
      if (newton > a && newton < b) t = newton;
      else if (b === Infinity) t = 2 * a;
      else t = (a * fb - b * fa) / (fb - fa);
      if (!(t > a && t < b)) t = b === Infinity ? 2 * a : 0.5 * (a + b);
      if (!(t < 1e18)) return a;
    }
    return b === Infinity ? a : 0.5 * (a + b);
  }

  /** Objective ½Σh x² of the current solution. */
  objective(): number {
    let s = 0;
    for (let i = 0; i < this.n; i++) s += 0.5 * this.h[i]! * this.x[i]! * this.x[i]!;
    return s;
  }
}

/** L_ij of the envelope Cholesky (QpWorkspace.choleskySolve): K0_ij − Σ_k L_ik L_jk from column `from`, times 1 / L_jj. */
function choleskyEntry(K: Float64Array, K0: Float64Array, m: number, i: number, j: number, from: number, inv: number): void {
  const ri = i * m, rj = j * m;
  let t = K0[ri + j]!;
  for (let k = from; k < j; k++) t -= K[ri + k]! * K[rj + k]!;
  K[ri + j] = t * inv;
}

/** Per column i, 1 if column i + 1 has exactly its rows (a pattern's neighbouring fascicles of one muscle often do). */
function sameRows(n: number, colStart: Int32Array, colRows: Int32Array): Uint8Array {
  const same = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    const len = colStart[i + 1]! - colStart[i]!;
    if (colStart[i + 2]! - colStart[i + 1]! !== len) continue;
    let equal = 1;
    for (let k = 0; k < len; k++) if (colRows[colStart[i]! + k] !== colRows[colStart[i + 1]! + k]) equal = 0;
    same[i] = equal;
  }
  return same;
}

/** Per column: the first row of its first run, where its second run starts (p) and that run's first row (see colFirst). */
function runs(n: number, colStart: Int32Array, colRows: Int32Array): [Int32Array, Int32Array, Int32Array] {
  const first = new Int32Array(n).fill(-1);
  const split = new Int32Array(n);
  const second = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = colStart[i]!, end = colStart[i + 1]!;
    if (end === start) continue;
    let breaks = 0;
    let at = end;
    for (let p = start + 1; p < end; p++) {
      if (colRows[p] === colRows[p - 1]! + 1) continue;
      breaks++;
      at = p;
    }
    if (breaks > 1) continue;
    first[i] = colRows[start]!;
    split[i] = at;
    second[i] = at < end ? colRows[at]! : 0;
  }
  return [first, split, second];
}
