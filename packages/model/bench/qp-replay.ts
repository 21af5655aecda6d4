/**
 * The force solver alone, replayed: records every QP one gait cycle solves (its constraint values, right-hand
 * side, weights, bounds and warm start), then times solving them again, in order, on the cycle's own
 * workspace. What the QP costs of a cycle without the rest of the cycle around it, and a bench for changes
 * to `mechanics/qp.ts` (docs/performance.md, "ninth session"). Not part of `pnpm bench`:
 *
 *   node --import tsx packages/model/bench/qp-replay.ts [healthy|lcs]
 *
 * The replayed answers must be the recorded ones (printed: the largest difference in any activation).
 */
import { compileModel, simulateGait } from '../src/index.ts';
import { LOWER_CROSSED } from './lower-crossed.ts';
import { QpWorkspace } from '../src/mechanics/qp.ts';

interface Problem {
  readonly values: Float64Array;
  readonly b: Float64Array;
  readonly h: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly lambda: Float64Array;
  readonly x: Float64Array;
  readonly iterations: number;
}

const which = process.argv[2] ?? 'healthy';
if (which !== 'healthy' && which !== 'lcs') throw new Error(`the case must be healthy or lcs, got ${JSON.stringify(which)}`);

// record: wrap solveValues for one cycle (a bench may patch the prototype; the model never does)
const problems: Problem[] = [];
let workspace: QpWorkspace | null = null;
const solveValues = QpWorkspace.prototype.solveValues;
QpWorkspace.prototype.solveValues = function (this: QpWorkspace, tol?: number, maxIterations?: number): boolean {
  const before = { values: Float64Array.from(this.values), b: Float64Array.from(this.b), h: Float64Array.from(this.h), lower: Float64Array.from(this.lower), upper: Float64Array.from(this.upper), lambda: Float64Array.from(this.lambda) };
  const converged = solveValues.call(this, tol, maxIterations);
  problems.push({ ...before, x: Float64Array.from(this.x), iterations: this.iterations });
  workspace = this;
  return converged;
};
simulateGait(compileModel(which === 'lcs' ? LOWER_CROSSED : {}));
QpWorkspace.prototype.solveValues = solveValues;
const qp = workspace as QpWorkspace | null;
if (!qp) throw new Error('the cycle solved no QP');

/** Solves every recorded problem in order from its recorded warm start; returns the Newton steps taken. */
function replay(check = false): { steps: number; worst: number } {
  let steps = 0, worst = 0;
  for (const p of problems) {
    qp!.values.set(p.values);
    qp!.b.set(p.b);
    qp!.h.set(p.h);
    qp!.lower.set(p.lower);
    qp!.upper.set(p.upper);
    qp!.lambda.set(p.lambda);
    // the tolerance and cap the gait solver uses (mechanics/static-optimisation.ts)
    qp!.solveValues(1e-5, 300);
    steps += qp!.iterations;
    if (check) for (let i = 0; i < qp!.n; i++) worst = Math.max(worst, Math.abs(qp!.x[i]! - p.x[i]!));
  }
  return { steps, worst };
}

const histogram = new Map<number, number>();
for (const p of problems) histogram.set(p.iterations, (histogram.get(p.iterations) ?? 0) + 1);
for (let k = 0; k < 200; k++) replay(); // warm up the JIT
const times: number[] = [];
for (let k = 0; k < 400; k++) {
  const t0 = performance.now();
  replay();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1]!;
const { steps, worst } = replay(true);
console.log(`${which}: ${problems.length} QPs (m = ${qp.m}, n = ${qp.n}, ${qp.values.length} non-zeros), Newton steps per QP ${[...histogram].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
console.log(`replayed: median ${median.toFixed(3)} ms a cycle (${((median / problems.length) * 1000).toFixed(1)} µs a QP), ${steps} Newton steps, largest difference from the recorded activations ${worst.toExponential(1)}`);
