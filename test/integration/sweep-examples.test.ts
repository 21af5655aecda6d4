/**
 * The example files in packages/scenarios/examples, through the real `lumbo`
 * executable: all validate, every sweep runs to a complete results file, the
 * scenario runs with `lumbo run --scenario`, and the Monte Carlo example's
 * `--summary` ranks the inputs that move L4/L5 compression.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TaskResult } from '@lumbo/model';
import { REPO_ROOT, runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const EXAMPLES = join(REPO_ROOT, 'packages/scenarios/examples');
const example = (name: string) => join(EXAMPLES, name);
const out = mkdtempSync(join(tmpdir(), 'lumbo-examples-'));

/** Parses our CSV (no quoted fields in these examples) into records. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
}

// --workers 0 (solve in the CLI's own thread): the examples' content is under test here; the worker
// pool's equivalence is sweep-reproducibility.test.ts's job, and worker start-up costs ~0.4 s of CPU each
async function sweep(name: string, ...extra: string[]) {
  const run = await runLumbo(['sweep', example(name), '--out', join(out, name.replace('.yaml', '.csv')), '--progress', 'none', '--workers', '0', ...extra]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.code, run.stderr).toBe(0);
  return { run, rows: readCsv(join(out, name.replace('.yaml', '.csv'))) };
}

// vitest runs one test file at a time on two cores: the tests of this file run concurrently so the
// CLI processes they spawn use both cores (each test works in its own files)
describe.concurrent('the examples, end to end', () => {
  describe('the examples', () => {
    it('are all valid, and lumbo validate says how many rows each makes', async () => {
      const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
      expect(files.length).toBeGreaterThanOrEqual(4);
      const run = await runLumbo(['validate', ...files.map(example)]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      for (const file of files) expect(run.stdout).toMatch(new RegExp(`${file}: valid (sweep|scenario)`));
      expect(run.stdout).toMatch(/grid 6 × 5: 30 points × 1 task = 30 rows/);
    });
  });

  describe.concurrent('the example sweeps run', () => {
    it('gluteus medius strength × strategy: the pelvis drops with pure Trendelenburg and the trunk leans with pure Duchenne', async () => {
      const { rows } = await sweep('gluteus-medius-strategy.yaml');
      expect(rows).toHaveLength(30);
      const weakest = rows.filter((r) => r['muscles.gluteusMedius.right.strength'] === '0.05');
      const trendelenburg = weakest.find((r) => r['strategy.duchenne'] === '0')!;
      const duchenne = weakest.find((r) => r['strategy.duchenne'] === '1')!;
      expect(Number(trendelenburg['pelvis.obliquityDeg'])).toBeLessThan(-3); // left side of the pelvis lower
      expect(Math.abs(Number(duchenne['pelvis.obliquityDeg']))).toBeLessThan(0.5);
      expect(Number(duchenne['trunk.lateralLeanDeg'])).toBeGreaterThan(3);
      expect(rows.every((r) => r.converged === 'true')).toBe(true);
    });

    it('iliopsoas tone × gluteus maximus strength: L4/L5 compression rises with psoas tone at every gluteus maximus strength', async () => {
      const { rows } = await sweep('psoas-tone-gluteus-maximus.yaml');
      expect(rows).toHaveLength(25);
      for (const strength of new Set(rows.map((r) => r['muscles.gluteusMaximus.left.strength']))) {
        const byTone = rows.filter((r) => r['muscles.gluteusMaximus.left.strength'] === strength).map((r) => Number(r['lumbar.levels.L4/L5.compressionN']));
        expect(byTone).toEqual([...byTone].sort((a, b) => a - b));
      }
      // the derived right side copies the left at every point
      for (const r of rows) expect(r['muscles.iliopsoas.right.tone']).toBe(r['muscles.iliopsoas.left.tone']);
    });

    it('lower crossed syndrome one at a time: a baseline row, then each component varied alone', async () => {
      const { rows } = await sweep('lower-crossed-one-at-a-time.yaml');
      expect(rows[0]!.varied).toBe('baseline');
      expect(new Set(rows.map((r) => r.varied)).size).toBe(6);
      expect(rows).toHaveLength(24);
    });

    it('Monte Carlo over all knobs: --summary ranks the inputs that move L4/L5 compression, per task', async () => {
      const { run, rows } = await sweep('monte-carlo-all-knobs.yaml', '--summary');
      expect(rows).toHaveLength(600);
      expect(run.stdout).toMatch(/^Sensitivity of lumbar\.levels\.L4\/L5\.compressionN \(N\) in standing: 300 rows, linear fit R² = 0\.\d{3}$/m);
      expect(run.stdout).toMatch(/^Sensitivity of lumbar\.levels\.L4\/L5\.compressionN \(N\) in trunk-flexion 30°: 300 rows/m);
      const table = run.stdout.split('\n').filter((line) => /^  muscles\.|^  strategy\./.test(line));
      expect(table.length).toBeGreaterThan(10);
      const src = table.slice(0, 15).map((line) => Math.abs(Number(line.trim().split(/\s+/)[1]!.replace('−', '-'))));
      expect(src).toEqual([...src].sort((a, b) => b - a)); // largest effect first
    });
  });

  describe('the example scenario', () => {
    it('runs with lumbo run --scenario, one result per task', async () => {
      const run = await runLumbo(['run', '--scenario', example('office-worker.yaml'), '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const results = JSON.parse(run.stdout) as TaskResult[];
      expect(results.map((r) => r.task.kind)).toEqual(['standing', 'sitting', 'trunk-flexion']);
      expect(results[0]!.bodyWeightN).toBeCloseTo(88 * 9.81, 0);
    });
  });
});
