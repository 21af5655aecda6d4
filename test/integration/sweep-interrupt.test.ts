/**
 * Interrupting `lumbo sweep` the way a cluster does (Slurm pre-emption and
 * requeue send SIGTERM, a person presses Ctrl-C), at the worst moments: while
 * the worker threads boot, and with `--workers 0`, where the solving loop
 * runs in the main thread. Every interrupt must end the process promptly with
 * 130/143 and one line, leave a journal that `--resume` completes to the
 * uninterrupted run's bytes, and never touch a previous output. A second run
 * on the same `--out` is refused by the lock (exit 4), and a lock left by a
 * killed run is taken over.
 *
 * "Promptly" is checked against a generous bound (60 s, against a typical
 * 0.1–0.5 s on a quiet machine; docs/sweeps.md) so a CI machine loaded many
 * times over cannot fail it, while a run that does not stop at all (the bug
 * this guards against: a worker that finished booting after the abort kept
 * the process alive for ever) still does. The measured times are printed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LUMBO_BIN, REPO_ROOT, runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-interrupt-'));
const at = (name: string) => join(dir, name);
const PROMPT_MS = 60_000;
/** Each test solves a few hundred rows at most (seconds on a quiet machine): far more than that, for a loaded one. */
const WORK_MS = 600_000;

const SWEEP = at('sweep.yaml');
writeFileSync(
  SWEEP,
  `lumbo: 1
tasks: [standing]
outputs: [pelvis.anteriorTiltDeg, lumbar.levels.L4/L5.compressionN]
design:
  type: random
  samples: 400
  seed: 8
  factors:
    muscles.iliopsoas.*.tone: [0, 0.2]
`,
);

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from the signal to the exit. */
  stopMs: number;
}

/** Journal lines: 0 before it exists, then 1 (header) + one per row. */
function journalLines(out: string): number {
  const journal = `${out}.journal`;
  if (!existsSync(journal) || statSync(journal).size === 0) return 0;
  const text = readFileSync(journal, 'latin1');
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

/** Starts `lumbo sweep` and sends `signal` once the journal holds `lines` lines (1 = just the header: the workers are booting). */
function interruptAt(out: string, lines: number, signal: NodeJS.Signals, extra: string[]): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LUMBO_BIN, 'sweep', SWEEP, '--out', out, '--progress', 'none', ...extra], { cwd: REPO_ROOT });
    let stderr = '';
    let sentAt = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      if (sentAt === 0 && journalLines(out) >= lines) {
        sentAt = performance.now();
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, stderr, stopMs: sentAt === 0 ? Number.NaN : performance.now() - sentAt });
    });
  });
}

async function sweep(out: string, ...extra: string[]): Promise<string> {
  const run = await runLumbo(['sweep', SWEEP, '--out', out, '--progress', 'none', ...extra]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(out, 'latin1');
}

function expectCleanInterrupt(run: Interrupted, code: 130 | 143, name: string): void {
  console.info(`${name}: stopped ${run.stopMs.toFixed(0)} ms after the signal`);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).toMatch(new RegExp(`^lumbo: sweep interrupted \\(${code === 130 ? 'SIGINT' : 'SIGTERM'}\\) after \\d+ of 400 rows; .*--resume$`, 'm'));
  expect(run.stopMs).toBeLessThan(PROMPT_MS);
}

describe.concurrent('interrupting lumbo sweep', () => {
  let reference = '';
  beforeAll(async () => {
    reference = await sweep(at('reference.csv'), '--workers', '0');
  }, 600_000); // ~1 s of solving on a quiet machine

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`stops at once on ${signal} while the workers boot, and --resume completes the journal to the uninterrupted bytes`, async () => {
      const out = at(`boot-${signal}.csv`);
      const run = await interruptAt(out, 1, signal, ['--workers', '2']);
      expectCleanInterrupt(run, code, `${signal} during worker start-up`);
      expect(existsSync(out)).toBe(false);
      expect(journalLines(out)).toBeGreaterThanOrEqual(1);
      expect(existsSync(`${out}.lock`)).toBe(false);
      expect(await sweep(out, '--resume', '--workers', '1')).toBe(reference);
    }, WORK_MS);

    it(`honours ${signal} with --workers 0 (the loop in the main thread yields), and resumes to the same bytes`, async () => {
      const out = at(`inline-${signal}.csv`);
      const run = await interruptAt(out, 20, signal, ['--workers', '0']);
      if (run.code === 0) return expect(readFileSync(out, 'latin1')).toBe(reference); // finished before the signal landed
      expectCleanInterrupt(run, code, `${signal} with --workers 0`);
      expect(await sweep(out, '--resume', '--workers', '0')).toBe(reference);
    }, WORK_MS);
  }

  it('stops a programmatic sweep aborted while its workers boot, and leaves no thread behind (the process ends by itself)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'test/integration/support/abort-during-boot.ts')], { cwd: REPO_ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const started = performance.now();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    console.info(`API abort during start-up: process ended ${(performance.now() - started).toFixed(0)} ms after it started`);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { outcome: string; message: string; booted: boolean; afterMs: number };
    expect(result).toMatchObject({ outcome: 'rejected', message: 'aborted by the test', booted: false });
  }, WORK_MS);

  it('keeps the previous output byte for byte when a --force run is interrupted', async () => {
    const out = at('forced.csv');
    const before = await sweep(out, '--workers', '0');
    const meta = readFileSync(`${out}.meta.json`, 'utf8');
    const run = await interruptAt(out, 30, 'SIGTERM', ['--workers', '0', '--force']);
    if (run.code === 0) return; // the rerun finished first: then it replaced the file with the same bytes
    expectCleanInterrupt(run, 143, 'SIGTERM during a --force run');
    expect(readFileSync(out, 'latin1')).toBe(before);
    expect(readFileSync(`${out}.meta.json`, 'utf8')).toBe(meta);
    const refused = await runLumbo(['sweep', SWEEP, '--out', out, '--progress', 'none']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/an interrupted run left .*forced\.csv\.journal; continue it with --resume, or start over with --force/);
  }, WORK_MS);

  it('refuses a second run on the same --out while the first holds the lock (exit 4), and takes over the lock of a killed run', async () => {
    const out = at('locked.csv');
    const child = spawn(process.execPath, [LUMBO_BIN, 'sweep', SWEEP, '--out', out, '--progress', 'none', '--workers', '0'], { cwd: REPO_ROOT });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    while (journalLines(out) < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    // frozen, not finished: it holds the lock for as long as the second run needs to look, however loaded the machine
    child.kill('SIGSTOP');
    const second = await runLumbo(['sweep', SWEEP, '--out', out, '--progress', 'none', '--resume']);
    child.kill('SIGKILL');
    await exited;
    expect(second.stderr).not.toMatch(STACK_FRAME);
    expect(second.code, second.stderr).toBe(4);
    expect(second.stderr).toMatch(new RegExp(`^lumbo: .*locked\\.csv is being written by another lumbo run \\(process ${child.pid}, since .*\\); wait for it, or choose another --out\\n$`));
    expect(existsSync(`${out}.lock`)).toBe(true); // SIGKILL leaves it behind
    expect(await sweep(out, '--resume', '--workers', '0')).toBe(reference);
    expect(existsSync(`${out}.lock`)).toBe(false);
  }, WORK_MS);
});
