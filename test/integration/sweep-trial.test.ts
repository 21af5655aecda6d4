/**
 * A sweep over a gait lab's own trial (docs/sweeps.md, "Tasks"): a scenario file names the trial's kinematics
 * and force plates beside it, and every row runs simulateGait on them exactly as `lumbo run --mot … --forces …`
 * does. The trial is the OpenSim subject01 walk kept as a lab's files (test/fixtures/opensim-subject01), cut
 * to one cycle and written next to temporary scenario files.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, groundReactionsFromMot, kinematicsFromMot, measuredRightToeOffFraction, simulateGait, type GaitResult } from '@lumbo/model';
import { loadScenarioFile, runSweep, ScenarioFileError, type SweepRow } from '@lumbo/scenarios';
import { CYCLE_S, cycleMotText, externalLoadsXmlText, grfMotText, SUBJECT_MASS_KG, wholeIkMotText } from '../fixtures/opensim-subject01/trial.ts';
import { runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-sweep-trial-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'trials'));
const WALK_TEXT = cycleMotText();
const GRF_TEXT = grfMotText();
writeFileSync(join(dir, 'trials', 's01_walk.mot'), WALK_TEXT);
writeFileSync(join(dir, 'trials', 's01_grf.mot'), GRF_TEXT);
writeFileSync(join(dir, 'trials', 's01_walk_whole.mot'), wholeIkMotText());
// the same plates and ExternalLoads .xml under a lab's own column names (FP_R_, FP_L_)
writeFileSync(join(dir, 'trials', 'lab_grf.mot'), GRF_TEXT.replace(/\b1_ground_/g, 'FP_L_').replace(/\bground_/g, 'FP_R_'));
writeFileSync(join(dir, 'trials', 'lab_grf.xml'), externalLoadsXmlText().replace(/> 1_ground_/g, '> FP_L_').replace(/> ground_/g, '> FP_R_'));
writeFileSync(join(dir, 'trials', 'swapped.xml'), externalLoadsXmlText().replace('calcn_l', 'calcn_r'));

/** A scenario file beside the trial; 26 frames keep each cycle fast. */
function scenario(name: string, trial: string, rest = ''): string {
  const file = join(dir, name);
  writeFileSync(file, `lumbo: 1\ntasks:\n  - kind: gait\n    frames: 26\n    trial: ${trial}\n${rest}`);
  return file;
}

const TRIAL = `{ kinematics: trials/s01_walk.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: ${SUBJECT_MASS_KG} }`;

async function collect(rows: AsyncIterable<SweepRow>): Promise<SweepRow[]> {
  const out: SweepRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('a sweep over a lab\'s own trial', () => {
  it('gives the gait summary numbers simulateGait gives for the same trial called directly', async () => {
    const s = await loadScenarioFile(scenario('one.yaml', TRIAL));
    const [row] = await collect(runSweep(s, { workers: 0 }));
    // the trial as the CLI builds it (lab-trial.ts): the plates' own right toe-off replaces the 62 % default
    const kinematics = kinematicsFromMot(WALK_TEXT);
    const groundReactions = groundReactionsFromMot(GRF_TEXT, kinematics, { subjectMassKg: SUBJECT_MASS_KG });
    const rightToeOffFraction = measuredRightToeOffFraction(groundReactions)!;
    const model = compileModel(DEFAULT_PARAMS);
    const direct = simulateGait(model, { framesPerCycle: 26, kinematics: { ...kinematics, rightToeOffFraction }, groundReactions });
    // the file keeps the default gait outputs: every one is a summary number of the cycle
    const summary = (cycle: GaitResult) => s.outputs.map((o) => (o.scope === 'gait' ? o.read(cycle) : undefined));
    expect(row!.cells.slice(2, 4)).toEqual(['gait', 'trials/s01_walk.mot']);
    expect(row!.cells.slice(4)).toEqual(summary(direct));
    // and not the built-in cycle's numbers: the trial did reach the model
    expect(row!.cells.slice(4)).not.toEqual(summary(simulateGait(model, { framesPerCycle: 26 })));
  });

  it('reads the foot columns from the trial\'s externalLoads .xml: plates under a lab\'s own names give the same rows', async () => {
    const own = await loadScenarioFile(scenario('xml.yaml', `{ kinematics: trials/s01_walk.mot, groundReactions: trials/lab_grf.mot, subjectMassKg: ${SUBJECT_MASS_KG}, externalLoads: trials/lab_grf.xml }`));
    const plain = await loadScenarioFile(scenario('plain.yaml', TRIAL));
    const [a] = await collect(runSweep(own, { workers: 0 }));
    const [b] = await collect(runSweep(plain, { workers: 0 }));
    expect(a!.cells.slice(4)).toEqual(b!.cells.slice(4));
    const task = own.tasks[0];
    expect(task?.kind === 'gait' && task.trial?.sha256.externalLoads).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes a whole trial: its plates or its cycleStartS/cycleEndS cut the cycle the cut file holds', async () => {
    const [cut] = await collect(runSweep(await loadScenarioFile(scenario('cut.yaml', TRIAL)), { workers: 0 }));
    const [byPlates] = await collect(runSweep(await loadScenarioFile(scenario('whole.yaml', `{ kinematics: trials/s01_walk_whole.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: ${SUBJECT_MASS_KG} }`)), { workers: 0 }));
    const byEvents = await loadScenarioFile(scenario('events.yaml', `{ kinematics: trials/s01_walk_whole.mot, cycleStartS: ${CYCLE_S[0]}, cycleEndS: ${CYCLE_S[1]} }`));
    const task = byEvents.tasks[0];
    expect(task?.kind === 'gait' && task.trial?.parsed.kinematics.timeS[0]).toBe(CYCLE_S[0]);
    // the plates' strikes lie a sample after the cut file's edges: summary numbers agree to within a few per cent
    const cells = (row: SweepRow) => row.cells.slice(4).map(Number);
    cells(byPlates!).forEach((v, i) => expect(Math.abs(v - cells(cut!)[i]!)).toBeLessThanOrEqual(0.05 * Math.abs(cells(cut!)[i]!) + 0.05));
  });

  it('refuses a whole trial without plates or events on its kinematics field, saying what to give', async () => {
    const error = await loadScenarioFile(scenario('whole-bare.yaml', '{ kinematics: trials/s01_walk_whole.mot }')).catch((e: unknown) => e);
    expect((error as ScenarioFileError).field).toBe('tasks[0].trial.kinematics');
    expect((error as ScenarioFileError).detail).toMatch(/hold 3 swings of the right hip .*cycleStartS, cycleEndS/);
  });

  it('refuses a bad externalLoads .xml on its own field with the model\'s message, and with prefixes beside it', async () => {
    const bad = await loadScenarioFile(scenario('bad-xml.yaml', `{ kinematics: trials/s01_walk.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: 72.6, externalLoads: trials/swapped.xml }`)).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ScenarioFileError);
    expect((bad as ScenarioFileError).field).toBe('tasks[0].trial.externalLoads');
    expect((bad as ScenarioFileError).detail).toMatch(/^"trials\/swapped\.xml": external loads: exactly one enabled ExternalForce must act on the right foot .*got 2/);
    const both = await loadScenarioFile(scenario('both.yaml', `{ kinematics: trials/s01_walk.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: 72.6, externalLoads: trials/lab_grf.xml, leftPrefix: FP_L_ }`)).catch((e: unknown) => e);
    expect((both as ScenarioFileError).field).toBe('tasks[0].trial.externalLoads');
    expect((both as ScenarioFileError).detail).toBe('names each foot\'s columns itself: give it or rightPrefix/leftPrefix, not both, got "trials/lab_grf.xml" with leftPrefix "FP_L_"');
  });

  it('gives the rows of the calling thread with two workers', async () => {
    const s = await loadScenarioFile(
      scenario('grid.yaml', TRIAL, 'design:\n  type: grid\n  factors:\n    muscles.gluteusMedius.right.strength: [0.3, 1]\n    subject.massKg: [60, 90]\n'),
    );
    const inThread = await collect(runSweep(s, { workers: 0 }));
    expect(inThread).toHaveLength(4);
    expect(await collect(runSweep(s, { workers: 2 }))).toEqual(inThread);
  });

  it.each([
    ['a mass that makes the plates carry two body weights', `{ kinematics: trials/s01_walk.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: 35 }`, /^"trials\/s01_grf\.mot": ground reactions: the feet carry 2\.\d\d body weights on average over the cycle at subjectMassKg 35/],
    ['a foot prefix the plates do not have', `{ kinematics: trials/s01_walk.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: 72.6, leftPrefix: plate2_ }`, /^"trials\/s01_grf\.mot": ground reactions: missing column plate2_force_vx \(the left foot's/],
  ])('refuses %s on the groundReactions field, with the model\'s message', async (_why, trial, detail) => {
    const error = await loadScenarioFile(scenario('bad.yaml', trial)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioFileError);
    expect((error as ScenarioFileError).field).toBe('tasks[0].trial.groundReactions');
    expect((error as ScenarioFileError).line).toBe(5);
    expect((error as ScenarioFileError).detail).toMatch(detail);
  });
});

describe('the lumbo command with a scenario file that names a trial', () => {
  it('validates it, describing the trial, from another folder than the file\'s', async () => {
    // runLumbo runs in the repository root; the trial's paths are relative to the scenario file
    const r = await runLumbo(['validate', scenario('valid.yaml', TRIAL)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/tasks +one gait cycle \(26 frames, trial trials\/s01_walk\.mot, its ground reactions trials\/s01_grf\.mot, measured subject 72\.6 kg\)/);
    expect(r.stdout).toMatch(/columns +\d+: row, point, task, task\.trial, /);
  });

  it('runs its gait task with lumbo run --scenario as lumbo run --mot --forces runs the same trial', async () => {
    const file = scenario('run.yaml', TRIAL);
    const fromFile = await runLumbo(['run', '--scenario', file, '--format', 'json']);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const fromOptions = await runLumbo([
      'run', '--task', 'gait', '--frames', '26', '--mot', join(dir, 'trials', 's01_walk.mot'),
      '--forces', join(dir, 'trials', 's01_grf.mot'), '--forces-mass-kg', String(SUBJECT_MASS_KG), '--format', 'json',
    ]);
    expect(fromOptions.code, fromOptions.stderr).toBe(0);
    expect(fromFile.stdout).toBe(fromOptions.stdout);
    expect(JSON.parse(fromFile.stdout).warnings.join(' ')).not.toMatch(/built-in subject/);
  });

  it('writes nothing for a sweep whose trial file is missing, and names the field and the path', async () => {
    const file = scenario('missing.yaml', '{ kinematics: trials/s02_walk.mot }');
    const out = join(dir, 'missing.csv');
    const r = await runLumbo(['sweep', file, '--out', out, '--progress', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.yaml:5: tasks\[0\]\.trial\.kinematics: "trials\/s02_walk\.mot" \(.*trials\/s02_walk\.mot\): cannot read the file: no such file/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });
});
