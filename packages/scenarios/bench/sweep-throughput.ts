/**
 * Sweep throughput, measured: rows per second with the main thread only, one
 * worker and two workers, and the worker start-up cost separately (booting
 * threads until each answers ping, not counted in the rates).
 *
 *   node --import tsx packages/scenarios/bench/sweep-throughput.ts [--rows 3000] [--repeats 3] [--gait] [--json]
 *
 * --gait sweeps gait cycles (101 frames, ~8 ms each) instead of the two static tasks.
 *
 * The design is a Latin hypercube over a few knobs with two tasks (standing,
 * single-leg stance), so every point compiles a new model, as in real sweeps.
 *
 * It also measures the machine's own ceiling: the same design points solved
 * in one and in two bare threads (JIT warmed up, no messages, no ordering). Two threads rarely run twice
 * as fast as one (shared caches, SMT siblings, garbage-collector threads that
 * a single thread gets for free); the sweep can only approach that ceiling.
 * Each configuration runs `repeats` times; the median is reported. Sweep
 * rates include each fresh worker's JIT warm-up, as a real sweep does (about
 * 0.8 s of slower rows at the start of every thread, worker or not: compare
 * `--rows 6000` with a research-scale `--rows 40000`). The per-worker ratios
 * pair each sweep run with bare threads measured just before and after it:
 * this VM's speed drifts too much between minutes for unpaired ratios.
 * The warm bare threads are a steady-state ceiling no whole run reaches (a fresh thread solves its first
 * rows at a third of the rate); the bench also runs the sweep's own rows in as many fresh bare threads from
 * their first row, which pay the same warm-up, so the whole run's gap to them is the engine's alone.
 */
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * The bare threads' measuring window and the warm-up before it. A fresh thread's first rows run at a third
 * of the warm rate and it reaches its steady rate only after ~2000 design points (~4–5 s; the optimising
 * compiler works on background threads meanwhile): with a 0.8 s warm-up two bare threads were measured
 * still compiling (0.76–0.98× one thread on an idle VM), with 3 s the reference was still ~10 % low.
 */
const CEILING_MS = 4000;
const CEILING_WARMUP_MS = 8000;

/** Which tasks the bench sweeps: the two static tasks, or gait cycles (set by --gait, also inside bench threads). */
const GAIT = process.argv.includes('--gait') || (!isMainThread && (workerData as { gait?: boolean } | null)?.gait === true);

function designYaml(rows: number): string {
  return `lumbo: 1
tasks: ${GAIT ? '[gait]' : '[standing, { kind: single-leg-stance, side: right }]'}
design:
  type: latin-hypercube
  samples: ${GAIT ? rows : Math.ceil(rows / 2)}
  seed: 1
  factors:
    muscles.gluteusMedius.right.strength: [0.05, 1.2]
    muscles.iliopsoas.*.tone: [0, 0.2]
    muscles.gluteusMaximus.*.strength: [0.5, 1.2]
    strategy.duchenne: {}
`;
}

/** The same design points solved in a loop, without the sweep engine (no messages, no ordering): rows done in `ms`. */
/** The design of a `rows`-row sweep, and a function that solves its point n without the engine (rows solved). */
async function benchPoints(rows: number): Promise<{ pointCount: number; solve: (n: number) => number }> {
  const { parseScenario } = await import('../src/scenario/load.ts');
  const { createPlan } = await import('../src/sweep/plan.ts');
  const { outputSpecs, solvePoint } = await import('../src/sweep/point-solver.ts');
  const scenario = await parseScenario(designYaml(rows), 'bench.yaml');
  const plan = createPlan(scenario);
  const outputs = outputSpecs(scenario.outputs.map((o) => o.path));
  return { pointCount: plan.pointCount, solve: (n) => solvePoint(plan.pointAt(n).vector, scenario.tasks, outputs).length };
}

async function bareModelWork(rows: number, warmupMs: number, ms: number): Promise<number> {
  const { pointCount, solve } = await benchPoints(rows);
  let point = 0;
  const loop = (duration: number) => {
    const start = performance.now();
    let done = 0;
    while (performance.now() - start < duration) {
      done += solve(point);
      point = (point + 1) % pointCount;
    }
    return done;
  };
  loop(warmupMs);
  return loop(ms);
}

/**
 * The same design points a sweep of `rows` rows solves, share `k` of `n` (every n-th point), from a fresh
 * thread's first point: no warm-up, so the JIT's warm-up is in it as it is in a sweep's whole run.
 * Returns the rows solved and the milliseconds it took.
 */
async function coldModelWork(rows: number, k: number, n: number): Promise<{ rows: number; ms: number }> {
  const { pointCount, solve } = await benchPoints(rows);
  const start = performance.now();
  let done = 0;
  for (let point = k; point < pointCount; point += n) done += solve(point);
  return { rows: done, ms: performance.now() - start };
}

if (!isMainThread && workerData?.bench === 'ceiling') {
  parentPort?.postMessage(await bareModelWork(workerData.rows as number, CEILING_WARMUP_MS, CEILING_MS));
} else if (!isMainThread && workerData?.bench === 'cold') {
  parentPort?.postMessage(await coldModelWork(workerData.rows as number, workerData.k as number, workerData.n as number));
} else if (isMainThread) {
  await main();
}

async function main(): Promise<void> {
  const { parseScenario } = await import('../src/scenario/load.ts');
  const { createPlan } = await import('../src/sweep/plan.ts');
  const { runSweep } = await import('../src/sweep/run-sweep.ts');
  const { createSolvers } = await import('../src/sweep/solvers.ts');
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '6000' }, repeats: { type: 'string', default: '3' }, json: { type: 'boolean', default: false }, gait: { type: 'boolean', default: false } },
  });
  const rows = Number(values.rows);
  const repeats = Number(values.repeats);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sequential = async (n: number, run: () => Promise<number>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await run());
    return out;
  };

  const startupS = async (workers: number) => {
    const start = performance.now();
    const solvers = await createSolvers(workers);
    const elapsedS = (performance.now() - start) / 1000;
    await Promise.all(solvers.map((s) => s.close()));
    return elapsedS;
  };

  const scenario = await parseScenario(designYaml(rows), 'bench.yaml');
  /** Rows/s over the whole run (after start-up) and over its second half, once the workers' JIT has warmed up. */
  const rowsPerS = async (workers: number) => {
    let solvingStart = 0;
    let halfway = 0;
    let count = 0;
    const plan = createPlan(scenario);
    for await (const _row of runSweep(plan, { workers, onStarted: () => (solvingStart = performance.now()) })) {
      count += 1;
      if (count === Math.floor(plan.rowCount / 2)) halfway = performance.now();
    }
    const end = performance.now();
    return { whole: count / ((end - solvingStart) / 1000), warm: (count - Math.floor(plan.rowCount / 2)) / ((end - halfway) / 1000) };
  };

  const bareThreads = async (threads: number) => {
    // the model's worker boot file registers tsx inside the thread, then imports workerData.entry (toolchain pitfall 5)
    const boot = pathToFileURL(createRequire(import.meta.url).resolve('@lumbo/model/worker/node-boot'));
    const counts = await Promise.all(
      Array.from({ length: threads }, () => new Promise<number>((resolve, reject) => {
        const worker = new Worker(boot, { workerData: { entry: import.meta.url, bench: 'ceiling', rows, gait: GAIT } });
        worker.once('message', (points: number) => void worker.terminate().then(() => resolve(points)));
        worker.once('error', reject);
      })),
    );
    return counts.reduce((a, b) => a + b, 0) / (CEILING_MS / 1000);
  };

  /** The whole run's model work without the engine: fresh bare threads solving the sweep's points between them (rows/s). */
  const coldThreads = async (threads: number) => {
    const boot = pathToFileURL(createRequire(import.meta.url).resolve('@lumbo/model/worker/node-boot'));
    const parts = await Promise.all(
      Array.from({ length: threads }, (_, k) => new Promise<{ rows: number; ms: number }>((resolve, reject) => {
        const worker = new Worker(boot, { workerData: { entry: import.meta.url, bench: 'cold', rows, k, n: threads, gait: GAIT } });
        worker.once('message', (part: { rows: number; ms: number }) => void worker.terminate().then(() => resolve(part)));
        worker.once('error', reject);
      })),
    );
    return parts.reduce((a, p) => a + p.rows, 0) / (Math.max(...parts.map((p) => p.ms)) / 1000);
  };

  const r: Record<string, number> = {};
  for (const workers of [1, 2]) r[`startupS.${workers}`] = median(await sequential(repeats, () => startupS(workers)));
  // This VM's speed drifts by tens of per cent from one minute to the next, so each sweep run is compared with
  // the bare threads measured just before and just after it (their mean), and the ratios' median is reported.
  const ratios: Record<string, number[]> = { perWorker1: [], warmPerWorker1: [], perWorker2: [], warmPerWorker2: [], coldPerWorker1: [], coldPerWorker2: [] };
  const cold: Record<number, number[]> = { 1: [], 2: [] };
  const runs: Record<number, { whole: number; warm: number }[]> = { 0: [], 1: [], 2: [] };
  const bare: Record<number, number[]> = { 1: [], 2: [] };
  for (let i = 0; i < repeats; i++) {
    runs[0]!.push(await rowsPerS(0));
    for (const workers of [1, 2]) {
      const before = await bareThreads(workers);
      const coldBefore = await coldThreads(workers);
      const run = await rowsPerS(workers);
      const coldAfter = await coldThreads(workers);
      const after = await bareThreads(workers);
      const reference = (before + after) / 2;
      runs[workers]!.push(run);
      bare[workers]!.push(before, after);
      cold[workers]!.push(coldBefore, coldAfter);
      ratios[`perWorker${workers}`]!.push(run.whole / reference);
      ratios[`warmPerWorker${workers}`]!.push(run.warm / reference);
      ratios[`coldPerWorker${workers}`]!.push(run.whole / ((coldBefore + coldAfter) / 2));
    }
  }
  for (const workers of [0, 1, 2]) {
    r[`rowsPerS.${workers}`] = median(runs[workers]!.map((x) => x.whole));
    r[`warmRowsPerS.${workers}`] = median(runs[workers]!.map((x) => x.warm));
  }
  for (const threads of [1, 2]) r[`bareRowsPerS.${threads}`] = median(bare[threads]!);
  for (const threads of [1, 2]) r[`coldRowsPerS.${threads}`] = median(cold[threads]!);
  // per worker against the model's own rate, 1/(compile + solve), in as many bare threads (paired runs)
  for (const [key, xs] of Object.entries(ratios)) r[key] = median(xs);
  r.speedup = r['rowsPerS.2']! / r['rowsPerS.1']!;
  r.warmSpeedup = r['warmRowsPerS.2']! / r['warmRowsPerS.1']!;
  r.ceiling = r['bareRowsPerS.2']! / r['bareRowsPerS.1']!;

  if (values.json) {
    console.log(JSON.stringify({ rows, tasks: GAIT ? 'gait' : 'standing + single-leg stance', repeats, cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, loadavg1: loadavg()[0], ...r }, null, 2));
    return;
  }
  const f = (v: number | undefined) => (v ?? Number.NaN).toFixed(0).padStart(5);
  console.log(`sweep throughput: ${rows} rows (${GAIT ? 'gait cycles, 101 frames' : 'standing + single-leg stance'}), median of ${repeats}; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
  console.log(`  worker start-up (boot until ping answers): 1 worker ${r['startupS.1']!.toFixed(2)} s, 2 workers ${r['startupS.2']!.toFixed(2)} s`);
  console.log('  sweep rows/s                     whole run   second half (JIT warm)');
  console.log(`    main thread only (--workers 0)    ${f(r['rowsPerS.0'])}        ${f(r['warmRowsPerS.0'])}`);
  console.log(`    1 worker                          ${f(r['rowsPerS.1'])}        ${f(r['warmRowsPerS.1'])}`);
  console.log(`    2 workers                         ${f(r['rowsPerS.2'])}        ${f(r['warmRowsPerS.2'])}`);
  console.log(`    2 workers / 1 worker              ${r.speedup!.toFixed(2)}×        ${r.warmSpeedup!.toFixed(2)}×   (target ≥ 1.7×)`);
  console.log(`  machine ceiling, the same points solved in bare threads (warm, no engine): 1 thread ${f(r['bareRowsPerS.1'])} rows/s, 2 threads ${f(r['bareRowsPerS.2'])} rows/s   ${r.ceiling!.toFixed(2)}×`);
  console.log(`  sweep efficiency (warm): ${((100 * r.warmSpeedup!) / r.ceiling!).toFixed(0)} % of the machine's two-thread ceiling`);
  const pct = (x: number | undefined) => `${(100 * (x ?? Number.NaN)).toFixed(0)} %`;
  console.log(`  per worker, against the model's own rate 1/(compile + solve) in as many bare threads measured just before and after each run (median of the paired ratios; target ≥ 90 %):`);
  console.log(`    1 worker  ${pct(r.perWorker1)} whole run, ${pct(r.warmPerWorker1)} warm;   2 workers ${pct(r.perWorker2)} whole run, ${pct(r.warmPerWorker2)} warm`);
  console.log(`  the whole run against the same rows solved by as many fresh bare threads from their first row (both pay the JIT's warm-up; ${f(r['coldRowsPerS.1'])} and ${f(r['coldRowsPerS.2'])} rows/s), paired the same way:`);
  console.log(`    1 worker  ${pct(r.coldPerWorker1)};   2 workers ${pct(r.coldPerWorker2)}`);
  console.log(`  load average during the run: ${loadavg()[0]!.toFixed(2)} (numbers from a busy machine are not comparable)`);
}
