/**
 * Median time of one gait cycle (101 frames), the number the gait issue's target is stated in
 * (vitest's bench table shows means, which include garbage-collection pauses). Run by `pnpm bench`.
 */
import { compileModel, simulateGait } from '../src/index.ts';

const cases = [
  ['healthy', compileModel()],
  ['weak right gluteus medius (compensation active)', compileModel({ muscles: { gluteusMedius: { right: { strength: 0.25 } } } })],
] as const;

for (const [label, model] of cases) {
  for (let k = 0; k < 20; k++) simulateGait(model); // warm up the JIT
  const times: number[] = [];
  for (let k = 0; k < 100; k++) {
    const t0 = performance.now();
    simulateGait(model);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(2);
  console.log(`simulateGait, ${label}: median ${q(0.5)} ms (p25 ${q(0.25)}, p75 ${q(0.75)}, p95 ${q(0.95)}; 100 cycles)`);
}
