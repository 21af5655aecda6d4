import { describe, expect, it } from 'vitest';
// @ts-expect-error quadprog ships no types
import quadprog from 'quadprog';
import { QpWorkspace } from './qp.ts';

/** Solves the same problem with the quadprog package (Goldfarb–Idnani), 1-indexed API. */
function solveWithQuadprog(ws: QpWorkspace): number[] {
  const { m, n } = ws;
  const D: number[][] = [[]];
  const dvec: number[] = [0];
  for (let i = 1; i <= n; i++) {
    D[i] = [0];
    for (let k = 1; k <= n; k++) D[i]![k] = i === k ? ws.h[i - 1]! : 0;
    dvec[i] = 0;
  }
  // constraints: m equalities, then lower and upper bounds
  const cols = m + 2 * n;
  const Amat: number[][] = [[]];
  for (let i = 1; i <= n; i++) Amat[i] = [0];
  const bvec: number[] = [0];
  for (let j = 0; j < m; j++) {
    for (let i = 1; i <= n; i++) Amat[i]![j + 1] = ws.A[j * n + i - 1]!;
    bvec[j + 1] = ws.b[j]!;
  }
  for (let i = 0; i < n; i++) {
    for (let k = 1; k <= n; k++) {
      Amat[k]![m + 1 + i] = k - 1 === i ? 1 : 0;
      Amat[k]![m + n + 1 + i] = k - 1 === i ? -1 : 0;
    }
    bvec[m + 1 + i] = ws.lower[i]!;
    bvec[m + n + 1 + i] = -ws.upper[i]!;
  }
  void cols;
  const res = quadprog.solveQP(D, dvec, Amat, bvec, m);
  return (res.solution as number[]).slice(1);
}

function randomProblem(seed: number, m: number, nMuscles: number): QpWorkspace {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const n = nMuscles + m;
  const ws = new QpWorkspace(m, n);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < nMuscles; i++) ws.A[j * n + i] = (rand() - 0.5) * 100;
    ws.A[j * n + nMuscles + j] = 1; // reserve
    ws.b[j] = (rand() - 0.5) * 80;
  }
  for (let i = 0; i < n; i++) {
    const reserve = i >= nMuscles;
    ws.h[i] = reserve ? 2e3 : 2;
    ws.lower[i] = reserve ? -1e9 : rand() * 0.05;
    ws.upper[i] = reserve ? 1e9 : 0.3 + rand() * 0.7;
  }
  return ws;
}

describe('least-effort QP solver', () => {
  it('satisfies the equalities and the bounds', () => {
    const ws = randomProblem(7, 12, 40);
    expect(ws.solve()).toBe(true);
    for (let i = 0; i < ws.n; i++) {
      expect(ws.x[i]!).toBeGreaterThanOrEqual(ws.lower[i]! - 1e-12);
      expect(ws.x[i]!).toBeLessThanOrEqual(ws.upper[i]! + 1e-12);
    }
    for (let j = 0; j < ws.m; j++) {
      let s = 0;
      for (let i = 0; i < ws.n; i++) s += ws.A[j * ws.n + i]! * ws.x[i]!;
      expect(s).toBeCloseTo(ws.b[j]!, 6);
    }
  });

  it.each([1, 2, 3, 4, 5])('finds the same optimum as quadprog (Goldfarb–Idnani), seed %i', (seed) => {
    const ws = randomProblem(seed, 10, 30);
    ws.solve();
    const ref = solveWithQuadprog(ws);
    let refObjective = 0;
    for (let i = 0; i < ws.n; i++) refObjective += 0.5 * ws.h[i]! * ref[i]! ** 2;
    expect(ws.objective()).toBeCloseTo(refObjective, 5);
    for (let i = 0; i < ws.n; i++) expect(ws.x[i]!).toBeCloseTo(ref[i]!, 4);
  });

  it('gives the same optimum with a fixed pattern (columns of one, two and more row runs) as from the dense matrix', () => {
    for (const seed of [11, 12, 13]) {
      const dense = randomProblem(seed, 10, 30);
      const { m, n } = dense;
      // thin A out at random so that its columns mix contiguous runs and scattered rows
      let s = seed * 7919;
      const rand = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
      for (let j = 0; j < m; j++) for (let i = 0; i < 30; i++) if (rand() < 0.45) dense.A[j * n + i] = 0;
      const fixed = new QpWorkspace(m, n);
      fixed.setPattern((row, col) => dense.A[row * n + col] !== 0);
      for (const key of ['A', 'b', 'h', 'lower', 'upper'] as const) fixed[key].set(dense[key]);
      expect(dense.solve()).toBe(true);
      expect(fixed.solve()).toBe(true); // copies A into the pattern's values
      for (let i = 0; i < n; i++) expect(fixed.x[i]!).toBeCloseTo(dense.x[i]!, 9);
      expect(Array.from(fixed.denseA())).toEqual(Array.from(dense.A));
      fixed.lambda.fill(0);
      expect(fixed.solveValues()).toBe(true); // the values as they stand, cold start
      for (let i = 0; i < n; i++) expect(fixed.x[i]!).toBeCloseTo(dense.x[i]!, 9);
    }
  });

  it('uses reserves only when the muscles cannot meet the demand', () => {
    const ws = new QpWorkspace(1, 2);
    ws.A.set([10, 1]); // one muscle (10 N·m at full activation) + one reserve
    ws.h.set([2, 2e3]);
    ws.lower.set([0, -1e9]);
    ws.upper.set([1, 1e9]);
    ws.b[0] = 5;
    ws.solve();
    expect(ws.x[0]).toBeCloseTo(0.5, 3);
    expect(Math.abs(ws.x[1]!)).toBeLessThan(0.01);
    ws.b[0] = 25;
    ws.solve();
    expect(ws.x[0]).toBeCloseTo(1, 6);
    expect(ws.x[1]).toBeCloseTo(15, 6);
  });
});
