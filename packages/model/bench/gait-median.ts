/**
 * Median time of one gait cycle (101 frames), the number the gait issue's target is stated in
 * (vitest's bench table shows means, which include garbage-collection pauses). Run by `pnpm bench`.
 */
import { compileModel, createGaitContinuation, simulateGait, type GaitOptions } from '../src/index.ts';
import { LOWER_CROSSED } from './lower-crossed.ts';


const weakAbductors = { gluteusMedius: { right: { strength: 0.25 } }, gluteusMinimus: { right: { strength: 0.25 } } };

const cases = [
  ['healthy', compileModel()],
  ['lower crossed syndrome (the viewer\'s default: tight iliopsoas tilts the pelvis)', compileModel(LOWER_CROSSED)],
  // (labelled "compensation active" until 2026-12-04: the other abductors cover it, nothing compensates)
  ['right gluteus medius alone at 25 % (the other abductors cover it: no compensation)', compileModel({ muscles: { gluteusMedius: { right: { strength: 0.25 } } } })],
  // the compensations a lecturer shows: both abductors weak, pure Trendelenburg and pure Duchenne; a stiff piriformis
  ['right gluteus medius and minimus 25 %, Trendelenburg (strategy 0)', compileModel({ muscles: weakAbductors, strategy: { duchenne: 0 } })],
  ['right gluteus medius and minimus 25 %, Duchenne (strategy 1)', compileModel({ muscles: weakAbductors, strategy: { duchenne: 1 } })],
  ['right piriformis stiffness 3, tone 1', compileModel({ muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } })],
] as const;

/** Median and quartiles of 100 cycles after 20 of warm-up, the models taken in turn. */
function measure(label: string, models: readonly ReturnType<typeof compileModel>[], options: GaitOptions = {}): void {
  for (let k = 0; k < 20; k++) simulateGait(models[k % models.length]!, options); // warm up the JIT
  const times: number[] = [];
  for (let k = 0; k < 100; k++) {
    const model = models[k % models.length]!;
    const t0 = performance.now();
    simulateGait(model, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(2);
  console.log(`simulateGait, ${label}: median ${q(0.5)} ms (p25 ${q(0.25)}, p75 ${q(0.75)}, p95 ${q(0.95)}; 100 cycles)`);
}

for (const [label, model] of cases) measure(label, [model]);

// A slider step in the viewer: every answer is a cycle of the other model (a step down, a step back). Measured
// beside the one-model rows above, which are the target's own measurement, it costs the same: alternating models
// is not what makes the viewer's worker slower (docs/performance.md, "Slider → gait: the worker, not the page")
const stepped = (strength: number) => compileModel({ muscles: { ...LOWER_CROSSED.muscles, gluteusMedius: { right: { strength } } } });
measure('lower crossed syndrome, right gluteus medius stepped 1.00 ↔ 0.99 (two models in turn, as a slider step)', [stepped(1), stepped(0.99)]);
// The same steps as the viewer's worker solves them: each cycle continues from the last (docs/model.md §9.3, step 7,
// "Continuation"); not the target's row, which solves every cycle cold
measure('lower crossed syndrome, right gluteus medius stepped 1.00 ↔ 0.99, each cycle continued from the last (the viewer)', [stepped(1), stepped(0.99)], { continuation: createGaitContinuation() });
