/**
 * Where a sweep's CPU time goes, per row, measured per thread (Linux
 * /proc/self/task/<tid>/stat), so the answer holds on a busy machine where
 * rows/s do not: the model's own cost 1/(compile + solve) in a bare loop, the
 * worker thread's cost per row (the model plus receiving, answering and
 * batching), and the main thread's (planning, ordering, building rows).
 *
 *   node --import tsx packages/scenarios/bench/sweep-cpu.ts [--rows 3000] [--gait]
 *
 * Efficiency per worker = model / (workers + main), all per row: with as many
 * workers as cores, the main thread's work comes out of the workers' time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseScenario } from '../src/scenario/load.ts';
import { createPlan } from '../src/sweep/plan.ts';
import { outputSpecs, solvePoint } from '../src/sweep/point-solver.ts';
import { runSweep } from '../src/sweep/run-sweep.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '3000' }, gait: { type: 'boolean', default: false } } });
const rows = Number(values.rows);
const GAIT = values.gait;
const TICK_US = 1e4; // USER_HZ = 100 on Linux

/** CPU µs used so far by each thread of this process. */
function threadCpuUs(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * TICK_US);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

const scenario = await parseScenario(
  `lumbo: 1
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
`,
  'bench.yaml',
);
const plan = createPlan(scenario);
const main = String(process.pid);

// the model's own cost, JIT warm, in this thread
const outputs = outputSpecs(scenario.outputs.map((o) => o.path));
for (let p = 0; p < Math.min(plan.pointCount, GAIT ? 30 : 300); p++) solvePoint(plan.pointAt(p).vector, scenario.tasks, outputs);
const before = threadCpuUs().get(main)!;
for (let p = 0; p < plan.pointCount; p++) solvePoint(plan.pointAt(p).vector, scenario.tasks, outputs);
const modelUs = (threadCpuUs().get(main)! - before) / plan.rowCount;

console.log(`sweep CPU per row: ${plan.rowCount} rows (${GAIT ? 'gait cycles' : 'standing + single-leg stance'}); ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
console.log(`  the model alone, warm (compile + solve): ${modelUs.toFixed(0)} µs CPU per row`);
for (const workers of [1, 2]) {
  let atStart = new Map<string, number>();
  let n = 0;
  const existing = new Set(threadCpuUs().keys());
  let atEnd = new Map<string, number>();
  for await (const _row of runSweep(plan, { workers, onStarted: () => (atStart = threadCpuUs()) })) {
    // sampled at the last row, before the workers are closed
    if (++n === plan.rowCount) atEnd = threadCpuUs();
  }
  const used = (tid: string) => ((atEnd.get(tid) ?? 0) - (atStart.get(tid) ?? 0)) / n;
  // threads that appeared for this sweep are its workers; the rest are Node's own (GC helpers, I/O)
  const workerTids = [...atStart.keys()].filter((tid) => !existing.has(tid));
  const workerUs = workerTids.reduce((sum, tid) => sum + used(tid), 0);
  const mainUs = used(main);
  const otherUs = [...atStart.keys()].filter((tid) => tid !== main && existing.has(tid)).reduce((sum, tid) => sum + used(tid), 0);
  // rows/s per worker ∝ 1 / (its CPU per row + its share of the main thread's), with as many workers as cores
  const efficiency = modelUs / (workerUs + mainUs);
  console.log(
    `  ${workers} worker${workers > 1 ? 's' : ' '}: workers ${workerUs.toFixed(0)} µs/row (includes their JIT warm-up), main thread ${mainUs.toFixed(0)} µs/row, Node's helper threads ${otherUs.toFixed(0)} µs/row → ${(100 * efficiency).toFixed(0)} % of the model's own rate per worker`,
  );
}
console.log(`  load average ${loadavg()[0]!.toFixed(2)} (CPU times hold under load better than rates, but shared caches still inflate them)`);
