/**
 * What the browser worker solves to warm up while idle (idle-warm-up.ts): each static task other than
 * standing once, then short gait cycles that take every pass of the cycle (compensation for weak
 * abductors, the tilt of a tight iliopsoas, the turn of a stiff piriformis), then full cycles of the same.
 * Results are dropped; nothing is cached, so a warm-up can never answer a request.
 */
import { compileModel } from '../engine/compile.ts';
import { simulateGait } from '../gait/simulate.ts';
import { solveTask } from '../tasks/solve-task.ts';
import type { PartialModelParams } from '../params/schema.ts';

/** Parameter sets that between them take every branch of a gait cycle (docs/model.md §9.3). */
const GAIT_SETS: readonly PartialModelParams[] = [
  {},
  { muscles: { gluteusMedius: { right: { strength: 0.25 } }, gluteusMinimus: { right: { strength: 0.25 } } } },
  { muscles: { iliopsoas: { left: { tightness: 0.8, tone: 1 }, right: { tightness: 0.8, tone: 1 } } } },
  { muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } },
];
/** A short cycle first (the cold first cycles cost most), then the viewer's own 101 frames [E]. */
const SHORT_FRAMES = 26;
const FULL_FRAMES = 101;

export function modelWarmUpSteps(): (() => void)[] {
  const steps: (() => void)[] = [
    () => solveTask(compileModel(), { kind: 'single-leg-stance', side: 'right' }),
    () => solveTask(compileModel(), { kind: 'trunk-flexion', angleDeg: 40 }),
    () => solveTask(compileModel(), { kind: 'sitting' }),
  ];
  for (const frames of [SHORT_FRAMES, FULL_FRAMES]) {
    for (const params of GAIT_SETS) steps.push(() => simulateGait(compileModel(params), { framesPerCycle: frames }));
  }
  return steps;
}
