import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compileModel, kinematicsToMot, normativeKinematics, solveTask } from '@lumbo/model';
import { loadScenarioFile, parseScenario } from '../scenario/load.ts';
import { createPlan } from './plan.ts';
import { runSweep, type SweepProgress } from './run-sweep.ts';
import type { SweepRow } from './rows.ts';

const FILE = `
lumbo: 1
tasks: [standing, { kind: single-leg-stance, side: right }]
outputs: [pelvis.obliquityDeg, lumbar.levels.L4/L5.compressionN, converged]
design:
  type: grid
  factors:
    muscles.gluteusMedius.right.strength: [0.1, 0.5, 1]
derived:
  muscles.gluteusMedius.left.strength: "muscles.gluteusMedius.right.strength"
`;

async function collect(iterator: AsyncIterable<SweepRow>): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for await (const row of iterator) rows.push(row);
  return rows;
}

describe('runSweep (in the calling thread)', () => {
  it('yields one row per point and task, point-major, with the model’s own numbers', async () => {
    const scenario = await parseScenario(FILE, 'grid.yaml');
    const rows = await collect(runSweep(scenario, { workers: 0 }));
    expect(rows.map((r) => [r.row, r.point])).toEqual([[0, 0], [1, 0], [2, 1], [3, 1], [4, 2], [5, 2]]);
    const expected = solveTask(
      compileModel({ muscles: { gluteusMedius: { left: { strength: 0.1 }, right: { strength: 0.1 } } } }),
      { kind: 'single-leg-stance', side: 'right' },
    );
    // columns: row, point, task, task.side, factor, derived, 3 outputs
    expect(rows[1]!.cells).toEqual([1, 0, 'single-leg-stance', 'right', 0.1, 0.1, expected.pelvis.obliquityDeg, expected.lumbar.levels[3]!.compressionN, expected.converged]);
  });

  it('skips the rows a resumed run already has', async () => {
    const scenario = await parseScenario(FILE, 'grid.yaml');
    const rows = await collect(runSweep(scenario, { workers: 0, skipRows: 3 }));
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  it('runs only its shard: whole points whose index mod N is K − 1', async () => {
    const plan = createPlan(await parseScenario(FILE, 'grid.yaml'), { index: 2, count: 2 });
    expect((await collect(runSweep(plan, { workers: 0 }))).map((r) => r.point)).toEqual([1, 1]);
  });

  it('reports progress after every row, ending at the total', async () => {
    const seen: SweepProgress[] = [];
    await collect(runSweep(await parseScenario(FILE, 'grid.yaml'), { workers: 0, onProgress: (p) => seen.push(p) }));
    expect(seen.map((p) => p.doneRows)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen.at(-1)).toMatchObject({ totalRows: 6, doneRows: 6 });
  });

  it('stops with the signal’s reason when aborted', async () => {
    const controller = new AbortController();
    const rows: SweepRow[] = [];
    const run = async () => {
      for await (const row of runSweep(await parseScenario(FILE, 'grid.yaml'), { workers: 0, signal: controller.signal })) {
        rows.push(row);
        if (rows.length === 2) controller.abort(new Error('stop here'));
      }
    };
    await expect(run()).rejects.toThrow('stop here');
    expect(rows).toHaveLength(2);
  });
});

describe('runSweep (worker threads)', () => {
  it('gives the in-thread rows with two workers, and stops its workers when the loop breaks early', async () => {
    const scenario = await parseScenario(FILE, 'grid.yaml');
    const inThread = await collect(runSweep(scenario, { workers: 0 }));
    expect(await collect(runSweep(scenario, { workers: 2 }))).toEqual(inThread);
    const firstTwo: SweepRow[] = [];
    for await (const row of runSweep(scenario, { workers: 2 })) {
      firstTwo.push(row);
      if (firstTwo.length === 2) break;
    }
    expect(firstTwo).toEqual(inThread.slice(0, 2));
  });

  it('gives the in-thread rows for gait cycles too, with two workers', async () => {
    const gait = await parseScenario(
      'lumbo: 1\ntasks: [{ kind: gait, frames: 41 }]\ndesign:\n  type: grid\n  factors:\n    muscles.gluteusMedius.right.strength: [0.2, 1]\n    strategy.duchenne: [0, 1]\n',
      'gait.yaml',
    );
    const inThread = await collect(runSweep(gait, { workers: 0 }));
    expect(inThread).toHaveLength(4);
    expect(await collect(runSweep(gait, { workers: 2 }))).toEqual(inThread);
  });

  it('gives the in-thread rows for a gait cycle of a lab\'s own trial too, with two workers (the parsed trial travels with the task)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lumbo-trial-sweep-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    // the built-in cycle slowed by a tenth, written out as a lab's file: rows differ from the built-in cycle's
    const k = normativeKinematics();
    writeFileSync(join(dir, 'walk.mot'), kinematicsToMot({ ...k, timeS: k.timeS.map((t) => 1.1 * t) }, 'walk'));
    const file = join(dir, 'trial.yaml');
    writeFileSync(
      file,
      'lumbo: 1\ntasks: [standing, { kind: gait, frames: 26, trial: { kinematics: walk.mot, subjectHeightM: 1.6 } }, { kind: gait, frames: 26 }]\n' +
        'outputs: [pelvis.obliquityDeg, gait.pelvicObliquityRangeDeg, gait.levels.L4/L5.peakCompressionN]\n' +
        'design:\n  type: grid\n  factors:\n    muscles.gluteusMedius.right.strength: [0.2, 1]\n',
    );
    const scenario = await loadScenarioFile(file);
    const inThread = await collect(runSweep(scenario, { workers: 0 }));
    expect(inThread.map((r) => r.cells.slice(2, 4))).toEqual([['standing', null], ['gait', 'walk.mot'], ['gait', null], ['standing', null], ['gait', 'walk.mot'], ['gait', null]]);
    expect(inThread[1]!.cells.at(-1)).not.toBe(inThread[2]!.cells.at(-1)); // the trial's cycle, not the built-in one
    expect(await collect(runSweep(scenario, { workers: 2 }))).toEqual(inThread);
  });
});

describe('runSweep, aborted', () => {
  const LONG = 'lumbo: 1\ntasks: [standing]\ndesign: { type: random, samples: 5000, seed: 3, factors: { muscles.iliopsoas.left.tone: [0, 0.2] } }\n';

  it('stops when a timer aborts it while it solves in this thread (the loop yields to the event loop between points)', async () => {
    const scenario = await parseScenario(LONG, 'long.yaml');
    const controller = new AbortController();
    let rows = 0;
    const run = (async () => {
      for await (const _row of runSweep(scenario, { workers: 0, signal: controller.signal })) {
        // the timer is armed once solving has begun, so it can only fire if the loop lets it
        if (++rows === 1) setTimeout(() => controller.abort(new Error('stopped by a timer')), 5);
      }
    })();
    await expect(run).rejects.toThrow('stopped by a timer');
    expect(rows).toBeLessThan(5000);
  });

  it('stops while its workers boot, without ever starting to solve', async () => {
    const scenario = await parseScenario(LONG, 'long.yaml');
    const controller = new AbortController();
    let started = false;
    setTimeout(() => controller.abort(new Error('stopped during start-up')), 1);
    const run = collect(runSweep(scenario, { workers: 2, signal: controller.signal, onStarted: () => (started = true) }));
    await expect(run).rejects.toThrow('stopped during start-up');
    expect(started).toBe(false);
  });
});
