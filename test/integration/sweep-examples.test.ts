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
      expect(run.stdout).toMatch(/grid 6 × 5: 30 points × 2 tasks = 60 rows/);
    });
  });

  describe.concurrent('the example sweeps run', () => {
    it('gluteus medius strength × strategy in gait: pure Trendelenburg drops the pelvis, pure Duchenne leans the trunk, normal strength does neither', async () => {
      const { rows } = await sweep('gluteus-medius-strategy.yaml');
      expect(rows).toHaveLength(60);
      const gait = rows.filter((r) => r.task === 'gait');
      const stance = rows.filter((r) => r.task === 'single-leg-stance');
      expect(gait).toHaveLength(30);
      const at = (set: Record<string, string>[], strength: string, s: string) =>
        set.find((r) => r['muscles.gluteusMedius.right.strength'] === strength && r['strategy.duchenne'] === s)!;
      const num = (r: Record<string, string>, k: string) => Number(r[k]);
      // gait rows carry only gait outputs, stance rows only static ones
      expect(gait.every((r) => r['pelvis.obliquityDeg'] === '' && r['gait.levels.L4/L5.peakCompressionN'] !== '')).toBe(true);
      expect(stance.every((r) => r['gait.levels.L4/L5.peakCompressionN'] === '' && r.converged === 'true')).toBe(true);
      const drop = 'gait.rightStance.peakContralateralDropDeg';
      const lean = 'gait.rightStance.peakTrunkLeanTowardStanceDeg';
      const normal = at(gait, '1', '0');
      const trendelenburg = at(gait, '0.24', '0');
      const duchenne = at(gait, '0.24', '1');
      // at a quarter of normal strength: the swing side drops far more than in normal walking (≈4°) ...
      expect(num(trendelenburg, drop)).toBeGreaterThan(num(normal, drop) + 8);
      // ... unless the trunk leans over the stance leg instead, which leaves the normal drop
      expect(num(duchenne, drop)).toBeLessThan(num(normal, drop) + 1);
      expect(num(duchenne, lean)).toBeGreaterThan(num(trendelenburg, lean) + 3);
      // the right half of L4/L5 carries more during right stance when the muscle is weak
      expect(num(trendelenburg, 'gait.rightStance.meanL4L5AsymmetryIndex')).toBeGreaterThan(num(normal, 'gait.rightStance.meanL4L5AsymmetryIndex'));
      // the drop falls monotonically as the strategy shifts to Duchenne
      const drops = ['0', '0.25', '0.5', '0.75', '1'].map((s) => num(at(gait, '0.24', s), drop));
      expect(drops).toEqual([...drops].sort((a, b) => b - a));
      // single-leg stance, the static analogue: the left side of the pelvis lower with Trendelenburg, level with Duchenne
      const weakest = stance.filter((r) => r['muscles.gluteusMedius.right.strength'] === '0.05');
      expect(num(weakest.find((r) => r['strategy.duchenne'] === '0')!, 'pelvis.obliquityDeg')).toBeLessThan(-3);
      expect(num(weakest.find((r) => r['strategy.duchenne'] === '1')!, 'trunk.lateralLeanDeg')).toBeGreaterThan(3);
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

    it('Sobol indices of abductor weakness: gluteus medius strength dominates pelvic obliquity, the strategy acts only through interactions, and quadratus lumborum can be fixed', async () => {
      const { run, rows } = await sweep('sobol-abductor-weakness.yaml', '--summary', '--summary-output', 'pelvis.obliquityDeg');
      expect(rows).toHaveLength(1536);
      expect(rows.slice(0, 6).map((r) => r.varied)).toEqual([
        'A',
        'muscles.gluteusMedius.right.strength',
        'muscles.gluteusMinimus.right.strength',
        'strategy.duchenne',
        'muscles.quadratusLumborum.left.strength',
        'B',
      ]);
      expect(run.stdout).toMatch(/^Sobol' indices from 256 Saltelli base samples \(bootstrap 95 % intervals\):$/m);
      const sobol = run.stdout.slice(run.stdout.indexOf("Sobol' indices"));
      const index = (input: string) => {
        const line = sobol.split('\n').find((l) => l.trim().startsWith(`${input} `))!;
        const [first, total] = [...line.matchAll(/(?:^|\s)(−?\d+\.\d{3})(?=\s|$)/g)].map((m) => Number(m[1]!.replace('−', '-')));
        return { first: first!, total: total! };
      };
      const gmed = index('muscles.gluteusMedius.right.strength');
      const strategy = index('strategy.duchenne');
      const ql = index('muscles.quadratusLumborum.left.strength');
      expect(gmed.total).toBeGreaterThan(Math.max(strategy.total, index('muscles.gluteusMinimus.right.strength').total));
      expect(gmed.first).toBeGreaterThan(0.3);
      // the strategy matters only when the abductors are weak: alone it explains next to nothing (S1 ≈ 0), with the
      // strengths it does (ST > S1). Its share is small: the drop grows with the deficit through the capsule's
      // exponential curve, so halving the Trendelenburg share shortens it little (ST 0.058, S1 0.012 since the
      // Trendelenburg trunk stays upright, docs/model.md §7; 0.266 / 0.041 when the balance leaned the trunk)
      expect(strategy.first).toBeLessThan(0.05);
      expect(strategy.total - strategy.first).toBeGreaterThan(0.02);
      // the contralateral quadratus lumborum does not move the pelvis in this stance
      expect(ql.total).toBeLessThan(0.02);
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
