/**
 * A sharded sweep checked and merged as one, through the real `lumbo`
 * executable: parts made with `--shard auto` under Slurm-like and
 * Kubernetes-like environments (the scheduler's variables, nothing else),
 * `lumbo verify` naming missing and foreign parts without writing (exit 5),
 * and `lumbo merge` writing CSV, JSONL and Parquet byte-identical to the
 * unsharded run's output.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-merge-'));
const at = (name: string) => join(dir, name);
const SWEEP = at('sweep.yaml');
writeFileSync(
  SWEEP,
  `lumbo: 1
tasks: [standing, { kind: trunk-flexion, angleDeg: 30 }]
outputs: [pelvis.anteriorTiltDeg, lumbar.levels.L4/L5.compressionN, converged]
design: { type: latin-hypercube, samples: 25, seed: 6, factors: { muscles.erectorSpinae.*.tone: [0, 0.1], strategy.duchenne: {} } }
`,
);
const WORK_MS = 600_000; // seconds of work on a quiet machine
/** The environment without any scheduler variables (the test itself may run inside a Slurm job). */
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(SLURM_|JOB_COMPLETION_INDEX$|LUMBO_SHARD_COUNT$)/.test(key)));

async function ok(args: string[], env: NodeJS.ProcessEnv = BASE_ENV) {
  const run = await runLumbo(args, env);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

describe.concurrent('lumbo merge and lumbo verify', () => {
  beforeAll(async () => {
    await Promise.all(['csv', 'jsonl', 'parquet'].map((f) => ok(['sweep', SWEEP, '--out', at(`whole.${f}`), '--workers', '0', '--progress', 'none'])));
    // CSV parts from a Slurm array starting at 0 (--array=0-2), JSONL from one starting at 1 with a step, Parquet from a Kubernetes Indexed Job
    const slurm0 = (id: number) => ({ ...BASE_ENV, SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '3' });
    const slurmStep = (k: number) => ({ ...BASE_ENV, SLURM_ARRAY_TASK_ID: String(1 + 10 * (k - 1)), SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_STEP: '10', SLURM_ARRAY_TASK_COUNT: '3' });
    const k8s = (k: number) => ({ ...BASE_ENV, JOB_COMPLETION_INDEX: String(k - 1) });
    const sweepPart = (out: string, shard: string, env: NodeJS.ProcessEnv) => ok(['sweep', SWEEP, '--out', out, '--shard', shard, '--workers', '0', '--progress', 'none'], env);
    await Promise.all([1, 2, 3].flatMap((k) => [
      sweepPart(at(`part-${k}.csv`), 'auto', slurm0(k - 1)),
      sweepPart(at(`part-${k}.jsonl`), 'auto', slurmStep(k)),
      sweepPart(at(`part-${k}.parquet`), 'auto/3', k8s(k)),
    ]));
  }, WORK_MS);

  for (const format of ['csv', 'jsonl', 'parquet']) {
    it(`merges ${format.toUpperCase()} parts made with --shard auto into exactly the unsharded run's bytes`, async () => {
      const parts = [3, 1, 2].map((k) => at(`part-${k}.${format}`));
      const verified = await ok(['verify', ...parts]);
      expect(verified.stdout).toMatch(/^mergeable: 3 of 3 shards of sweep [0-9a-f]{12}…, 50 rows$/m);
      const merged = await ok(['merge', ...parts, '--out', at(`merged.${format}`)]);
      expect(merged.stderr).toMatch(/lumbo merge: 3 parts, 50 rows → /);
      expect(readFileSync(at(`merged.${format}`)).equals(readFileSync(at(`whole.${format}`)))).toBe(true);
    }, WORK_MS);
  }

  it('verify names a missing shard and exits 5, writing nothing', async () => {
    const run = await runLumbo(['verify', at('part-1.csv'), at('part-3.csv')], BASE_ENV);
    expect(run.code, run.stderr).toBe(5);
    expect(run.stdout).toMatch(/BAD  missing shard 2\/3/);
    expect(run.stderr).toBe('lumbo: not mergeable: missing shard 2/3\n');
  }, WORK_MS);

  it('merge refuses a foreign part (another sweep) with exit 5 and leaves no output', async () => {
    const other = at('other.yaml');
    writeFileSync(other, readFileSync(SWEEP, 'utf8').replace('seed: 6', 'seed: 7'));
    await ok(['sweep', other, '--out', at('foreign-2.csv'), '--shard', '2/3', '--workers', '0', '--progress', 'none']);
    const run = await runLumbo(['merge', at('part-1.csv'), at('foreign-2.csv'), at('part-3.csv'), '--out', at('never.csv')], BASE_ENV);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code, run.stderr).toBe(5);
    expect(run.stderr).toMatch(/^lumbo: cannot merge: .*foreign-2\.csv: foreign: from another sweep .*; missing shard 2\/3\n$/);
    expect(existsSync(at('never.csv'))).toBe(false);
  }, WORK_MS);

  it('--shard auto outside any scheduler says which variables it looked for (exit 2)', async () => {
    const run = await runLumbo(['sweep', SWEEP, '--out', at('nowhere.csv'), '--shard', 'auto'], BASE_ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lumbo: --shard auto found neither a Slurm array job \(SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT\) nor a Kubernetes Indexed Job \(JOB_COMPLETION_INDEX\); give --shard K\/N instead\n$/);
  }, WORK_MS);
});
