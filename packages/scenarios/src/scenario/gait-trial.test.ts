/**
 * A gait task on a lab's own trial in a scenario file (docs/sweeps.md, "Tasks"): its fields, its files named
 * relative to the scenario file and read and parsed when the file is loaded, and the sweep's fingerprint following
 * the files' content. The trial here is the built-in cycle written out as a lab's .mot; a trial with its own force
 * plates runs in test/integration/sweep-trial.test.ts, beside the fixtures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kinematicsFromMot, kinematicsToMot, normativeKinematics } from '@lumbo/model';
import { fingerprintOf } from '../sweep/fingerprint.ts';
import { createPlan } from '../sweep/plan.ts';
import { ScenarioFileError } from './errors.ts';
import { loadScenarioFile, parseScenario } from './load.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-trial-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'trials'));
const WALK = kinematicsToMot(normativeKinematics(), 'walk');
writeFileSync(join(dir, 'trials', 'walk.mot'), WALK);
writeFileSync(join(dir, 'junk.mot'), 'not a motion file\n');

/** A scenario file in the temporary folder, with one task written on line 3. */
function scenario(name: string, task: string, rest = ''): string {
  const file = join(dir, name);
  writeFileSync(file, `lumbo: 1\ntasks:\n  - ${task}\n${rest}`);
  return file;
}

async function failure(task: string): Promise<ScenarioFileError> {
  const file = scenario('bad.yaml', task);
  try {
    await loadScenarioFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioFileError);
    return error as ScenarioFileError;
  }
  throw new Error(`expected a ScenarioFileError for ${task}`);
}

describe('a gait task on a lab\'s own trial', () => {
  it('reads the kinematics file relative to the scenario file and parses it as kinematicsFromMot does', async () => {
    // the tests run in packages/scenarios; the scenario and its trial sit in a temporary folder elsewhere
    const s = await loadScenarioFile(scenario('own.yaml', '{ kind: gait, frames: 26, trial: { kinematics: trials/walk.mot, subjectHeightM: 1.68 } }'));
    const [task] = s.tasks;
    expect(task).toMatchObject({ kind: 'gait', frames: 26, trial: { kinematics: 'trials/walk.mot', subjectHeightM: 1.68 } });
    if (task?.kind !== 'gait' || !task.trial) throw new Error('expected a gait task with a trial');
    expect(task.trial.parsed.kinematics).toEqual(kinematicsFromMot(WALK, { subjectHeightM: 1.68 }));
    expect(task.trial.parsed.groundReactions).toBeUndefined();
    expect(task.trial.sha256.kinematics).toMatch(/^[0-9a-f]{64}$/);
  });

  it('adds a task.trial column naming the kinematics file, only to sweeps that run a trial', async () => {
    const own = await loadScenarioFile(scenario('own.yaml', '{ kind: gait, trial: { kinematics: trials/walk.mot } }'));
    expect(createPlan(own).columns.filter((c) => c.role === 'task').map((c) => c.name)).toEqual(['task', 'task.trial']);
    const builtIn = await parseScenario('lumbo: 1\ntasks: [gait]\n', 'built-in.yaml');
    expect(createPlan(builtIn).columns.map((c) => c.name)).not.toContain('task.trial');
  });

  it.each([
    ['walk.mot', 'tasks[0].trial', /expected a map with kinematics \(and optionally subjectHeightM, groundReactions, subjectMassKg, rightPrefix, leftPrefix, externalLoads, cycleStartS, cycleEndS\), got "walk\.mot"/],
    ['{ subjectHeightM: 1.7 }', 'tasks[0].trial.kinematics', /a trial needs its kinematics, got nothing/],
    ['{ kinematics: 5 }', 'tasks[0].trial.kinematics', /expected a path to an OpenSim \.mot file \(relative to the scenario file's folder\), got 5/],
    ['{ kinematics: trials/walk.mot, subjectHeightM: 3 }', 'tasks[0].trial.subjectHeightM', /expected the measured subject's height: a number within \[1\.4, 2\.1\] m, got 3/],
    ['{ kinematics: trials/walk.mot, groundReactions: grf.mot }', 'tasks[0].trial.subjectMassKg', /a number within \[20, 250\] kg, required with groundReactions, got nothing/],
    ['{ kinematics: trials/walk.mot, groundReactions: grf.mot, subjectMassKg: 400 }', 'tasks[0].trial.subjectMassKg', /a number within \[20, 250\] kg, got 400/],
    ['{ kinematics: trials/walk.mot, subjectMassKg: 70 }', 'tasks[0].trial.subjectMassKg', /applies with groundReactions only \(the trial's force plates\), got 70/],
    ['{ kinematics: trials/walk.mot, rightPrefix: plate1_ }', 'tasks[0].trial.rightPrefix', /applies with groundReactions only .*, got "plate1_"/],
    ['{ kinematics: trials/walk.mot, groundReactions: grf.mot, subjectMassKg: 70, leftPrefix: "plate 2" }', 'tasks[0].trial.leftPrefix', /expected a column prefix \(text without spaces, such as 1_ground_\), got "plate 2"/],
    ['{ kinematics: trials/walk.mot, externalLoads: grf.xml }', 'tasks[0].trial.externalLoads', /applies with groundReactions only .*, got "grf\.xml"/],
    ['{ kinematics: trials/walk.mot, groundReactions: grf.mot, subjectMassKg: 70, externalLoads: 3 }', 'tasks[0].trial.externalLoads', /expected a path to an OpenSim external loads \.xml file \(relative to the scenario file's folder\), got 3/],
    ['{ kinematics: trials/walk.mot, groundReactions: grf.mot, subjectMassKg: 70, externalLoads: grf.xml, rightPrefix: a_ }', 'tasks[0].trial.externalLoads', /names each foot's columns itself: give it or rightPrefix\/leftPrefix, not both, got "grf\.xml" with rightPrefix "a_"/],
    ['{ kinematics: trials/walk.mot, externalLoadsText: grf.xml }', 'tasks[0].trial', /a trial takes only .*externalLoads, cycleStartS, cycleEndS, got "externalLoadsText"/],
    ['{ kinematics: trials/walk.mot, forces: grf.mot }', 'tasks[0].trial', /a trial takes only kinematics, subjectHeightM, groundReactions, subjectMassKg, rightPrefix, leftPrefix, externalLoads, cycleStartS, cycleEndS, got "forces" \(the CLI's --forces is groundReactions here\)/],
    ['{ kinematics: trials/walk.mot, cycleStartS: 0.62 }', 'tasks[0].trial.cycleEndS', /expected with cycleStartS: the cycle's two right heel strikes \(s\) are given together, got nothing/],
    ['{ kinematics: trials/walk.mot, cycleStartS: "0.62", cycleEndS: 1.85 }', 'tasks[0].trial.cycleStartS', /expected a time in seconds on the trial's clock \(a right heel strike: a number ≥ 0\), got "0\.62"/],
    ['{ kinematics: trials/walk.mot, cycleStartS: 0.62, cycleEndS: -1 }', 'tasks[0].trial.cycleEndS', /expected a time in seconds .*, got -1/],
  ])('refuses trial: %s, naming %s, what it takes and the value received', async (trial, field, message) => {
    const error = await failure(`{ kind: gait, trial: ${trial} }`);
    expect(error.field).toBe(field);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${join(dir, 'bad.yaml')}:3: ${field}: `)).toBe(true);
  });

  it('refuses cycleDurationS with the trial\'s measured ground reactions, as simulateGait does, and keeps it for kinematics alone', async () => {
    const error = await failure('{ kind: gait, cycleDurationS: 1.1, trial: { kinematics: trials/walk.mot, groundReactions: grf.mot, subjectMassKg: 70 } }');
    expect(error.field).toBe('tasks[0].cycleDurationS');
    expect(error.message).toMatch(/cannot be changed with the trial's measured groundReactions \(they were measured at the trial's own pace\); leave it out, got 1\.1/);
    const s = await loadScenarioFile(scenario('paced.yaml', '{ kind: gait, cycleDurationS: 1.1, trial: { kinematics: trials/walk.mot } }'));
    expect(s.tasks[0]).toMatchObject({ cycleDurationS: 1.1, trial: { kinematics: 'trials/walk.mot' } });
  });

  it('reports a missing, unreadable or malformed trial file on the field that names it, with its path', async () => {
    const missing = await failure('{ kind: gait, trial: { kinematics: trials/none.mot } }');
    expect(missing.field).toBe('tasks[0].trial.kinematics');
    expect(missing.detail).toBe(`"trials/none.mot" (${join(dir, 'trials', 'none.mot')}): cannot read the file: no such file`);
    const folder = await failure('{ kind: gait, trial: { kinematics: trials } }');
    expect(folder.detail).toMatch(/^"trials" \(.*\): cannot read the file: it is a directory; expected a regular OpenSim \.mot file$/);
    // the model's own reader refuses it (StorageFormatError): its message, under the scenario's field
    const junk = await failure('{ kind: gait, trial: { kinematics: junk.mot } }');
    expect(junk.field).toBe('tasks[0].trial.kinematics');
    expect(junk.detail).toMatch(/^"junk\.mot": missing "endheader": not an OpenSim storage file$/);
    const plates = await failure('{ kind: gait, trial: { kinematics: trials/walk.mot, groundReactions: junk.mot, subjectMassKg: 70 } }');
    expect(plates.field).toBe('tasks[0].trial.groundReactions');
    expect(plates.detail).toMatch(/^"junk\.mot": missing "endheader"/);
    const noPlates = await failure('{ kind: gait, trial: { kinematics: trials/walk.mot, groundReactions: none.mot, subjectMassKg: 70 } }');
    expect(noPlates.field).toBe('tasks[0].trial.groundReactions');
    expect(noPlates.detail).toMatch(/cannot read the file: no such file$/);
  });
});

describe('the fingerprint of a sweep over a trial', () => {
  const file = scenario('fingerprint.yaml', '{ kind: gait, frames: 26, trial: { kinematics: trials/fp.mot } }', 'design: { type: grid, factors: { strategy.duchenne: [0, 1] } }\n');
  const fingerprint = async () => fingerprintOf(createPlan(await loadScenarioFile(file)));

  it('changes when a trial file\'s content changes under the same name, and only then', async () => {
    writeFileSync(join(dir, 'trials', 'fp.mot'), WALK);
    const before = await fingerprint();
    writeFileSync(join(dir, 'trials', 'fp.mot'), WALK);
    expect(await fingerprint()).toBe(before);
    const k = normativeKinematics();
    k.coordinates.pelvis_tilt = k.coordinates.pelvis_tilt!.map((deg) => deg + 1);
    writeFileSync(join(dir, 'trials', 'fp.mot'), kinematicsToMot(k, 'walk'));
    expect(await fingerprint()).not.toBe(before);
  });
});
