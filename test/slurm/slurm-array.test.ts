/**
 * The Slurm recipe of docs/sweeps.md, run for real: a one-node cluster on
 * this machine (deploy/slurm/local-cluster.sh), the repository's own array
 * script (deploy/slurm/lumbo-array.sbatch) submitted as 4 tasks for an
 * example sweep, one task requeued while it runs (Slurm sends it SIGTERM; it
 * resumes from its journal when Slurm starts it again), then `lumbo verify`
 * and `lumbo merge`, whose output must equal the unsharded run's byte for byte.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLUSTER = join(ROOT, 'deploy/slurm/local-cluster.sh');
const SCRIPT = join(ROOT, 'deploy/slurm/lumbo-array.sbatch');
const SWEEP = join(ROOT, 'packages/scenarios/examples/gait-abductor-weakness-lhs.yaml');
const LUMBO = join(ROOT, 'packages/scenarios/bin/lumbo.mjs');
const TASKS = 4;

const work = mkdtempSync(join(tmpdir(), 'lumbo-slurm-'));
const state = join(work, 'cluster');
const env = { ...process.env, SLURM_CONF: join(state, 'slurm.conf'), LUMBO: `${process.execPath} ${LUMBO}`, LUMBO_DEBUG: '' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function run(cmd: string, args: readonly string[], cwd = work): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const lumbo = (...args: string[]) => run(process.execPath, [LUMBO, ...args]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The finished parts (each has a <part>.meta.json beside it). */
const partsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.parquet')).sort().map((f) => join(dir, f));

let jobId = '';
let requeuedTask = 0;

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('the Slurm test needs root: it installs slurm-wlm and munge with apt-get and runs slurmd (CI runs as root)');
  mkdirSync(state, { recursive: true });
  const started = await run('bash', [CLUSTER, 'start', state]);
  if (started.code !== 0) throw new Error(`could not start a local Slurm cluster: ${started.stderr.trim() || started.stdout.trim()}`);
});

afterAll(async () => {
  if (jobId) await run('scancel', [jobId]);
  await run('bash', [CLUSTER, 'stop', state]);
  rmSync(work, { recursive: true, force: true });
});

describe('a sweep as a Slurm array job', () => {
  it('the unsharded reference runs (Parquet and CSV)', async () => {
    for (const out of ['reference.parquet', 'reference.csv']) {
      const r = await lumbo('sweep', SWEEP, '--out', join(work, out), '--workers', '2', '--progress', 'none');
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('the array script runs as 4 tasks, one of them requeued mid-run, and every task finishes its part', async () => {
    // Slurm opens each task's log before the script runs: the folder must exist at submission
    mkdirSync(join(work, 'logs'));
    const submitted = await run('sbatch', ['--parsable', `--array=1-${TASKS}`, '--cpus-per-task=1', SCRIPT, SWEEP, 'results', 'parquet']);
    expect(submitted.code, submitted.stderr).toBe(0);
    jobId = submitted.stdout.trim().split(';')[0]!;

    // requeue the first task seen running with rows in its journal but no part yet
    const deadline = Date.now() + 20 * 60_000;
    while (!requeuedTask && Date.now() < deadline) {
      const running = await run('squeue', ['-h', '-j', jobId, '-t', 'RUNNING', '-o', '%K']);
      for (const task of running.stdout.split('\n').filter(Boolean).map(Number)) {
        const part = join(work, 'results', `part-${String(task).padStart(3, '0')}.parquet`);
        const journal = `${part}.journal`;
        if (!existsSync(part) && existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > 3) {
          const requeued = await run('scontrol', ['requeue', `${jobId}_${task}`]);
          expect(requeued.code, requeued.stderr).toBe(0);
          requeuedTask = task;
          break;
        }
      }
      if (!requeuedTask) await sleep(50);
    }
    expect(requeuedTask, 'no task was seen running with a partial journal').toBeGreaterThan(0);

    while (Date.now() < deadline) {
      const queued = await run('squeue', ['-h', '-j', jobId]);
      if (queued.code === 0 && queued.stdout.trim() === '') break;
      await sleep(500);
    }
    expect(partsIn(join(work, 'results'))).toEqual(Array.from({ length: TASKS }, (_, k) => join(work, 'results', `part-${String(k + 1).padStart(3, '0')}.parquet`)));
  });

  it('the requeued task was stopped by SIGTERM with its journal kept, and resumed from it', () => {
    const log = readFileSync(join(work, 'logs', `lumbo-sweep-${jobId}_${requeuedTask}.out`), 'utf8');
    expect(log).toMatch(/restart count 0[\s\S]*interrupted \(SIGTERM\)[\s\S]*restart count 1[\s\S]*resuming after \d+ of \d+ rows/);
  });

  it('lumbo verify accepts the parts, and lumbo merge writes the unsharded run byte for byte (Parquet and CSV)', async () => {
    const parts = partsIn(join(work, 'results'));
    const verified = await lumbo('verify', ...parts);
    expect(verified.code, verified.stderr).toBe(0);
    for (const [out, reference] of [
      ['merged.parquet', 'reference.parquet'],
      ['merged.csv', 'reference.csv'],
    ]) {
      const merged = await lumbo('merge', ...parts, '--out', join(work, out!));
      expect(merged.code, merged.stderr).toBe(0);
      expect(readFileSync(join(work, out!)).equals(readFileSync(join(work, reference!)))).toBe(true);
    }
  });

  it('lumbo verify refuses the parts with one missing', async () => {
    const parts = partsIn(join(work, 'results'));
    const verified = await lumbo('verify', ...parts.slice(1));
    expect(verified.code).toBe(5);
    expect(verified.stderr).toMatch(/missing|1\/4/);
  });
});
