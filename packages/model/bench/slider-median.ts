/**
 * Median time of a slider change (compile new parameters, then solve the task on screen) and of the 3-D
 * standing solve alone: the numbers the model issue's targets are stated in (≤ 1 ms and ≤ 0.3 ms).
 * vitest's bench table shows means, which include garbage-collection pauses. Run by `pnpm bench`.
 * Each call gets parameters it has not seen, as a dragged slider does.
 */
import { compileModel, solveTask } from '../src/index.ts';
import { StandingSolver } from '../src/mechanics/posture3d/solve-standing.ts';

const SAMPLES = 400;

function median(label: string, run: (k: number) => void): void {
  for (let k = 0; k < 60; k++) run(k); // warm up the JIT
  const times: number[] = [];
  for (let k = 0; k < SAMPLES; k++) {
    const t0 = performance.now();
    run(k + 60);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(3);
  console.log(`${label}: median ${q(0.5)} ms (p25 ${q(0.25)}, p75 ${q(0.75)}, p95 ${q(0.95)}; ${SAMPLES} calls)`);
}

// a slider step is 0.01: walk the gluteus medius strength through 0.50…1.49 so no two calls share parameters
const strength = (k: number) => 0.5 + (k % 100) * 0.01;
median('slider change, compile + standing', (k) => {
  solveTask(compileModel({ muscles: { gluteusMedius: { right: { strength: strength(k) } } } }), { kind: 'standing' });
});
median('slider change, compile + single-leg stance (right)', (k) => {
  solveTask(compileModel({ muscles: { gluteusMedius: { right: { strength: strength(k) } } } }), { kind: 'single-leg-stance', side: 'right' });
});
const models = Array.from({ length: 100 }, (_, k) => compileModel({ muscles: { iliopsoas: { right: { tone: k / 100 } } } }));
median('3-D standing posture solve alone, new StandingSolver(model).solve()', (k) => {
  new StandingSolver(models[k % 100]!).solve();
});
