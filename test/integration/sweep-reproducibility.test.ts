/**
 * `lumbo sweep` end to end: the same file gives byte-identical results
 * whatever the number of workers, the shards of a sweep add up to the whole
 * sweep, and a run killed at random points (SIGKILL) or interrupted (Ctrl-C)
 * then resumed gives exactly the bytes of an uninterrupted run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@lumbo/scenarios';
import { LUMBO_BIN, REPO_ROOT, runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-sweep-'));
const at = (name: string) => join(dir, name);

/** 40 Latin-hypercube points × 2 tasks, with a derived parameter: small, but every feature that decides the bytes. */
const SMALL = at('small.yaml');
writeFileSync(
  SMALL,
  `lumbo: 1
extends: psoas-hypertonic
tasks: [standing, { kind: single-leg-stance, side: left }]
design:
  type: latin-hypercube
  samples: 40
  seed: 99
  factors:
    muscles.gluteusMedius.left.strength: [0.05, 1]
    strategy.duchenne: {}
derived:
  muscles.gluteusMinimus.left.strength: "min(1, 2 * muscles.gluteusMedius.left.strength)"
`,
);

/** Long enough to be killed mid-run: 600 random points, one cheap task. */
const LONG = at('long.yaml');
writeFileSync(
  LONG,
  `lumbo: 1
tasks: [standing]
outputs: [pelvis.anteriorTiltDeg, lumbar.levels.L4/L5.compressionN]
design:
  type: random
  samples: 600
  seed: 5
  factors:
    muscles.iliopsoas.*.tone: [0, 0.2]
`,
);

async function sweep(file: string, out: string, ...extra: string[]): Promise<string> {
  const run = await runLumbo(['sweep', file, '--out', out, '--progress', 'none', ...extra]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.code, run.stderr).toBe(0);
  return readFileSync(out, 'latin1');
}

const dataLines = (csv: string) => csv.trimEnd().split('\n').slice(1);

// vitest runs one test file at a time on two cores: the tests of this file run concurrently so the
// CLI processes they spawn use both cores (each test works in its own files)
describe.concurrent('lumbo sweep, end to end', () => {
  describe.concurrent('lumbo sweep gives the same bytes whatever the parallelism', () => {
    let oneWorkerCsv = '';
    beforeAll(async () => {
      oneWorkerCsv = await sweep(SMALL, at('w1.csv'), '--workers', '1');
    }, 600_000); // real sweeps: seconds of work on a quiet machine, far more on a loaded one

    it('writes one row per point and task, with a header naming every column', () => {
      const [header, ...rows] = oneWorkerCsv.trimEnd().split('\n');
      expect(rows).toHaveLength(80);
      expect(header).toBe(
        'row,point,task,task.side,muscles.gluteusMedius.left.strength,strategy.duchenne,muscles.gluteusMinimus.left.strength,' +
          'pelvis.anteriorTiltDeg,pelvis.obliquityDeg,lumbar.lordosisDeg,trunk.forwardLeanDeg,trunk.lateralLeanDeg,' +
          'lumbar.levels.L4/L5.compressionN,lumbar.levels.L4/L5.apShearN,lumbar.levels.L4/L5.asymmetryIndex,' +
          'lumbar.levels.L5/S1.compressionN,reserves.maxAbsMomentNm,converged',
      );
      expect(rows.map((r) => Number(r.split(',')[0]))).toEqual(Array.from({ length: 80 }, (_, i) => i));
      expect(oneWorkerCsv).not.toMatch(/NaN|undefined/);
    });

    it('says the output is already complete when asked to resume it', async () => {
      const run = await runLumbo(['sweep', SMALL, '--out', at('w1.csv'), '--resume', '--progress', 'none']);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('is already complete');
    });

    it('gives byte-identical CSV with 1 and 2 workers', async () => {
      expect(await sweep(SMALL, at('w2.csv'), '--workers', '2')).toBe(oneWorkerCsv);
    });

    it('gives byte-identical Parquet with 1 and 2 workers', async () => {
      const [p1, p2] = await Promise.all([sweep(SMALL, at('w1.parquet'), '--workers', '1'), sweep(SMALL, at('w2.parquet'), '--workers', '2')]);
      expect(p1.slice(0, 4)).toBe('PAR1');
      expect(p2).toBe(p1);
    });

    it('writes JSONL as one object per row, with the same rows as the CSV', async () => {
      const lines = (await sweep(SMALL, at('w0.jsonl'), '--workers', '0')).trimEnd().split('\n');
      expect(lines).toHaveLength(80);
      const first = JSON.parse(lines[0]!) as Record<string, unknown>;
      expect(first).toMatchObject({ row: 0, point: 0, task: 'standing', 'task.side': null });
      expect(Object.values(first).map((v) => (v === null ? '' : String(v))).join(',')).toBe(dataLines(oneWorkerCsv)[0]);
    });

    // the shards solve in the main thread (--workers 0): the union must still be the 1-worker bytes
    it('splits into shards whose union is exactly the whole sweep', async () => {
      const shards = await Promise.all([1, 2, 3].map((k) => sweep(SMALL, at(`shard-${k}.csv`), '--shard', `${k}/3`, '--workers', '0')));
      for (const shard of shards) expect(shard.split('\n')[0]).toBe(oneWorkerCsv.split('\n')[0]);
      const points = shards.map((s) => new Set(dataLines(s).map((line) => Number(line.split(',')[1]) % 3)));
      expect(points).toEqual([new Set([0]), new Set([1]), new Set([2])]);
      const union = shards.flatMap(dataLines).sort((a, b) => Number(a.split(',')[0]) - Number(b.split(',')[0]));
      expect(union).toEqual(dataLines(oneWorkerCsv));
    });
  });

  /** Starts a sweep and kills it with `signal` once its journal holds at least `rows` rows; resolves with the exit code and stderr. */
  function runUntil(out: string, rows: number, signal: NodeJS.Signals, extra: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [LUMBO_BIN, 'sweep', LONG, '--out', out, '--progress', 'none', ...extra], { cwd: REPO_ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const journal = `${out}.journal`;
      const poll = setInterval(() => {
        // the journal's first line is its header; each further complete line is one row
        const text = existsSync(journal) && statSync(journal).size > 0 ? readFileSync(journal, 'latin1') : '';
        let lines = -1;
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
        if (lines >= rows) {
          clearInterval(poll);
          child.kill(signal);
        }
      }, 15);
      child.on('error', reject);
      child.on('exit', (code, sig) => {
        clearInterval(poll);
        resolve({ code, signal: sig, stderr });
      });
    });
  }

  describe.concurrent('lumbo sweep --resume', () => {
    const random = createRandom(2024);
    const killAt = [1, 2].map(() => 30 + random.nextInt(450)).sort((a, b) => a - b);

    // the worker counts differ on purpose (0, 1, 2): resuming must not depend on them either
    it(`continues after SIGKILL at rows ≥ ${killAt[0]} and ≥ ${killAt[1]} and after Ctrl-C, giving the uninterrupted run's bytes`, async () => {
      const [reference, first] = await Promise.all([
        sweep(LONG, at('long-full.csv'), '--workers', '0'),
        runUntil(at('long.csv'), killAt[0]!, 'SIGKILL', ['--workers', '1']),
      ]);
      expect(first.signal).toBe('SIGKILL');
      expect(existsSync(at('long.csv'))).toBe(false); // never a half-written output
      expect(existsSync(at('long.csv.journal'))).toBe(true);

      // the journal belongs to LONG: another sweep may not continue it
      const foreign = await runLumbo(['sweep', SMALL, '--out', at('long.csv'), '--resume', '--progress', 'none']);
      expect(foreign.code).toBe(2);
      expect(foreign.stderr).toMatch(/^lumbo: .*long\.csv\.journal belongs to a different sweep.*--force/);

      const second = await runUntil(at('long.csv'), killAt[1]!, 'SIGKILL', ['--resume', '--workers', '0']);
      expect(second.signal).toBe('SIGKILL');
      expect(second.stderr).toMatch(/resuming after \d+ of 600 rows/);

      const third = await runUntil(at('long.csv'), killAt[1]! + 60, 'SIGINT', ['--resume', '--workers', '1']);
      if (third.code !== 0) {
        // interrupted before the end: a clean message, exit 130, the journal kept
        expect(third.code).toBe(130);
        expect(third.stderr).toMatch(/^lumbo: sweep interrupted \(SIGINT\) after \d+ of 600 rows; .*--resume$/m);
        expect(third.stderr).not.toMatch(STACK_FRAME);
        expect(await sweep(LONG, at('long.csv'), '--resume', '--workers', '2')).toBe(reference);
      } else {
        expect(readFileSync(at('long.csv'), 'latin1')).toBe(reference);
      }
      expect(existsSync(at('long.csv.journal'))).toBe(false);
    });
  });
});
