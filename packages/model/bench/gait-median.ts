/**
 * Median time of one gait cycle (101 frames), the number the gait issue's target is stated in
 * (vitest's bench table shows means, which include garbage-collection pauses). Run by `pnpm bench`.
 */
import { compileModel, simulateGait } from '../src/index.ts';

/** The knobs of the lower-crossed-syndrome preset (packages/scenarios), the viewer's default scenario. */
const tight = { tightness: 0.8, tone: 1 }, extensors = { tone: 1, activationFloor: 0.02 }, glmax = { inhibition: 0.5 }, abs = { strength: 0.6 };
const lowerCrossed = { muscles: { iliopsoas: { left: tight, right: tight }, erectorSpinae: { left: extensors, right: extensors }, gluteusMaximus: { left: glmax, right: glmax }, abdominals: { left: abs, right: abs } } };

const cases = [
  ['healthy', compileModel()],
  ['lower crossed syndrome (the viewer\'s default: tight iliopsoas tilts the pelvis)', compileModel(lowerCrossed)],
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
