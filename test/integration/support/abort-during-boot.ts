/**
 * Run by sweep-interrupt.test.ts in its own process: aborts a two-worker
 * sweep `ABORT_AFTER_MS` after it starts (while the workers boot), prints
 * what happened as one JSON line, and then does nothing — so the process
 * ends only if every worker thread was terminated (a leaked, booting worker
 * would keep it alive forever).
 */
import { parseScenario, runSweep } from '@lumbo/scenarios';

const scenario = await parseScenario(
  'lumbo: 1\ntasks: [standing]\ndesign: { type: random, samples: 400, seed: 1, factors: { muscles.iliopsoas.left.tone: [0, 0.2] } }\n',
  'abort.yaml',
);
const controller = new AbortController();
const started = performance.now();
setTimeout(() => controller.abort(new Error('aborted by the test')), Number(process.env.ABORT_AFTER_MS ?? 20));
let rows = 0;
let booted = false;
try {
  for await (const _row of runSweep(scenario, { workers: 2, signal: controller.signal, onStarted: () => (booted = true) })) rows += 1;
  process.stdout.write(`${JSON.stringify({ outcome: 'finished', rows })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ outcome: 'rejected', message: (error as Error).message, rows, booted, afterMs: performance.now() - started })}\n`);
}
