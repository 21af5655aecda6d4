/**
 * Every preset through every static task, via the real `lumbo` executable
 * (`lumbo run --scenario` with a file that extends the preset), compared with
 * the model's own result for the preset's parameters; and `lumbo presets`
 * shows each preset with its sources and honesty notes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel, solveTask, type Task, type TaskResult } from '@lumbo/model';
import { PRESETS } from '@lumbo/scenarios/presets';
import { firstDifference } from './support/deep-close.ts';
import { runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const EVERY_TASK: readonly Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'left' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 45 },
  { kind: 'sitting' },
];
const dir = mkdtempSync(join(tmpdir(), 'lumbo-presets-'));

// vitest runs one test file at a time on two cores: the tests of this file run concurrently so the
// CLI processes they spawn use both cores (each test works in its own files)
describe.concurrent('presets, end to end', () => {
  describe.concurrent('every preset runs through every task', () => {
    for (const preset of PRESETS) {
      it(`${preset.id}: lumbo run --scenario gives the model's results for all ${EVERY_TASK.length} tasks`, async () => {
        const file = join(dir, `${preset.id}.json`);
        writeFileSync(file, JSON.stringify({ lumbo: 1, extends: preset.id, tasks: EVERY_TASK }));
        const run = await runLumbo(['run', '--scenario', file, '--format', 'json']);
        expect(run.stderr).not.toMatch(STACK_FRAME);
        expect(run.code, run.stderr).toBe(0);
        const results = JSON.parse(run.stdout) as TaskResult[];
        expect(results.map((r) => r.task)).toEqual(EVERY_TASK);
        const model = compileModel(preset.params);
        EVERY_TASK.forEach((task, i) => {
          const result = results[i]!;
          expect(firstDifference(result, JSON.parse(JSON.stringify(solveTask(model, task)))), `${preset.id} ${task.kind}`).toBeUndefined();
          expect(result.converged, `${preset.id} ${JSON.stringify(task)} converged`).toBe(true);
        });
      });
    }
  });

  describe.concurrent('lumbo presets', () => {
    it('lists every preset with its label', async () => {
      const run = await runLumbo(['presets']);
      expect(run.code).toBe(0);
      for (const preset of PRESETS) expect(run.stdout).toMatch(new RegExp(`^  ${preset.id} +${preset.label.replace(/[()]/g, '\\$&')}`, 'm'));
    });

    it('shows one preset with its description, parameter changes, sources and what the model shows and simplifies', async () => {
      const run = await runLumbo(['presets', 'trendelenburg-right']);
      expect(run.code).toBe(0);
      for (const heading of ['Parameter changes', 'Sources', 'What the model shows', 'Where it simplifies']) expect(run.stdout).toContain(heading);
      expect(run.stdout).toMatch(/muscles\.gluteusMedius\.right\.strength +0\.1 +1 +fraction/);
      expect(run.stdout).toContain('Kendall et al. 2013');
    });

    it('prints the presets as JSON, the same data the viewer imports', async () => {
      const run = await runLumbo(['presets', '--format', 'json']);
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(PRESETS)));
    });

    it('lumbo run --preset uses the preset and names it in the report', async () => {
      const run = await runLumbo(['run', '--preset', 'duchenne-right', '--task', 'single-leg-stance', '--side', 'right']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('parameters: preset duchenne-right');
    });
  });
});
