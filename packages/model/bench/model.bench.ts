/**
 * Model benchmarks (`pnpm bench`): compile, each static task, and the QP solver
 * against the quadprog package on the standing problem. Results and the machine
 * are recorded in docs/performance.md.
 */
import { bench, describe } from 'vitest';
// @ts-expect-error quadprog ships no types
import quadprog from 'quadprog';
import { compileModel, simulateGait, solveTask } from '../src/index.ts';
import { StaticSolver } from '../src/mechanics/static-optimisation.ts';
import { bilateralGroups } from '../src/mechanics/groups.ts';
import { neutralStanding } from '../src/geometry/targets.ts';
import { StandingSolver } from '../src/mechanics/posture3d/solve-standing.ts';

const model = compileModel();
let strength = 0.5;

describe('compile', () => {
  bench('compileModel (new parameters each call)', () => {
    strength = strength > 1.4 ? 0.5 : strength + 0.01;
    compileModel({ muscles: { gluteusMaximus: { left: { strength }, right: { strength } } } });
  });
});

describe('a slider change: compile new parameters, then solve', () => {
  let tone = 0;
  const next = () => {
    tone = tone > 0.29 ? 0 : tone + 0.001;
    return compileModel({ muscles: { iliopsoas: { left: { tone }, right: { tone } } } });
  };
  bench('compile + standing (posture equilibrium + static optimisation + loads)', () => {
    solveTask(next(), { kind: 'standing' });
  });
  bench('compile + single-leg stance (right)', () => {
    solveTask(next(), { kind: 'single-leg-stance', side: 'right' });
  });
});

describe('standing posture alone (compiled model reused, its cached posture not)', () => {
  bench('3-D standing posture solve: new StandingSolver(model).solve()', () => {
    new StandingSolver(model).solve();
  });
});

describe('solve (compiled model reused; the standing posture is cached per model)', () => {
  bench('standing', () => {
    solveTask(model, { kind: 'standing' });
  });
  bench('single-leg stance (right, weak gluteus medius: compensation search)', () => {
    solveTask(weak, { kind: 'single-leg-stance', side: 'right' });
  });
  bench('trunk flexion 45°', () => {
    solveTask(model, { kind: 'trunk-flexion', angleDeg: 45 });
  });
  bench('sitting', () => {
    solveTask(model, { kind: 'sitting' });
  });
});
const weak = compileModel({ muscles: { gluteusMedius: { right: { strength: 0.1 } } } });

// the static-optimisation QP of standing: our dual Newton solver vs quadprog (Goldfarb–Idnani)
const solver = new StaticSolver(model, bilateralGroups(), true);
solver.evaluate(neutralStanding(model.geometry));
const { qp } = solver;
// a nearby solution: the same equations with the pelvis 1° further forward
{
  const p = neutralStanding(model.geometry);
  p.pelvisTilt -= Math.PI / 180;
  solver.evaluate(p);
}
const warmLambda = Float64Array.from(qp.lambda);
solver.evaluate(neutralStanding(model.geometry));
const n = qp.n;
const m = qp.m;
// the solver writes A's non-zeros straight into the QP's sparse values: the dense A for quadprog
const A = Float64Array.from(qp.denseA());

// quadprog factorises its D matrix in place, so every call needs fresh arrays: the conversion is part of its cost
describe(`static-optimisation QP, standing (${n} variables, ${m} equations)`, () => {
  bench('dual semi-smooth Newton (ours, cold start)', () => {
    qp.lambda.fill(0);
    qp.solveValues(1e-6);
  });
  bench('dual semi-smooth Newton (ours, warm start from a nearby solution)', () => {
    qp.lambda.set(warmLambda);
    qp.solveValues(1e-6);
  });
  bench('quadprog 1.6.1 (Goldfarb–Idnani), fresh 1-indexed arrays each call', () => {
    const D2: number[][] = [[]];
    const A2: number[][] = [[]];
    const d2: number[] = [0];
    const b2: number[] = [0];
    for (let i = 1; i <= n; i++) {
      const row = new Array<number>(n + 1).fill(0);
      row[i] = qp.h[i - 1]!;
      D2[i] = row;
      d2[i] = 0;
      const a = new Array<number>(m + 2 * n + 1).fill(0);
      for (let j = 0; j < m; j++) a[j + 1] = A[j * n + i - 1]!;
      a[m + i] = 1;
      a[m + n + i] = -1;
      A2[i] = a;
    }
    for (let j = 0; j < m; j++) b2[j + 1] = qp.b[j]!;
    for (let i = 0; i < n; i++) {
      b2[m + 1 + i] = Math.max(qp.lower[i]!, -1e6);
      b2[m + n + 1 + i] = -Math.min(qp.upper[i]!, 1e6);
    }
    quadprog.solveQP(D2, d2, A2, b2, m);
  });
});

describe('gait (one cycle, 101 frames)', () => {
  // both abductors, as the gait issue's tests weaken them: the gluteus medius alone is covered by the others (no compensation)
  const weakAbductors = compileModel({ muscles: { gluteusMedius: { right: { strength: 0.25 } }, gluteusMinimus: { right: { strength: 0.25 } } }, strategy: { duchenne: 0.5 } });
  bench('simulateGait, healthy', () => {
    simulateGait(model);
  });
  bench('simulateGait, right gluteus medius and minimus 25 %, mixed strategy (compensating)', () => {
    simulateGait(weakAbductors);
  });
});
