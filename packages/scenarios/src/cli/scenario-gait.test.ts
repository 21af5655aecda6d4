/**
 * `lumbo run --scenario <file> --task gait` and `lumbo export-mot --scenario <file>` take the file's own gait task
 * (its frames and its lab's trial), with the command line's --frames/--mot/--forces on top (docs/sweeps.md, "A
 * lab's own trial"). The trial is the repository's OpenSim subject01 walk kept as a lab's files
 * (test/fixtures/opensim-subject01), cut to one cycle and written beside temporary scenario files.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStorage } from '@lumbo/model';
import { cycleMotText, grfMotText, SUBJECT_MASS_KG } from '../../../../test/fixtures/opensim-subject01/trial.ts';
import { captureIo } from './capture-io.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-scenario-gait-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'trials'));
const WALK = join(dir, 'trials', 's01_walk.mot');
const GRF = join(dir, 'trials', 's01_grf.mot');
writeFileSync(WALK, cycleMotText());
writeFileSync(GRF, grfMotText());
const MASS = String(SUBJECT_MASS_KG);
const TRIAL = `{ kinematics: trials/s01_walk.mot, groundReactions: trials/s01_grf.mot, subjectMassKg: ${MASS} }`;
/** The command line's way to the same trial as the scenario files' TRIAL. */
const TRIAL_FLAGS = ['--mot', WALK, '--forces', GRF, '--forces-mass-kg', MASS];

/** A scenario file beside the trial, with these tasks (one YAML list item each). */
function scenario(name: string, ...tasks: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `lumbo: 1\ntasks:\n${tasks.map((t) => `  - ${t}\n`).join('')}`);
  return file;
}

/** The lab's trial at 26 frames (a fast cycle), as a scenario file names it. */
const S01 = scenario('s01.yaml', `{ kind: gait, frames: 26, trial: ${TRIAL} }`);

async function lumbo(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** `lumbo run … --format json`, expected to succeed: its stdout and the cycle it describes. */
async function cycle(...args: string[]) {
  const r = await lumbo('run', ...args, '--format', 'json');
  expect(r.code, r.stderr).toBe(0);
  return { ...r, json: JSON.parse(r.stdout) as { frames: number; summary: Record<string, unknown>; warnings: string[] } };
}

describe('lumbo run --scenario <file> --task gait', () => {
  it("runs the file's gait task, its trial and frames included: the cycle lumbo run --scenario alone prints, not the built-in one", async () => {
    const fromTasks = await cycle('--scenario', S01);
    const withTask = await cycle('--scenario', S01, '--task', 'gait');
    expect(withTask.stdout).toBe(fromTasks.stdout);
    expect(withTask.json.frames).toBe(26);
    // driven by the trial's own plates, not the built-in subject's forces
    expect(withTask.json.warnings.join(' ')).not.toMatch(/built-in subject/);
    const builtIn = await cycle('--task', 'gait', '--frames', '26');
    expect(withTask.json.summary).not.toEqual(builtIn.json.summary);
  });

  it("takes --frames as the file's trial resampled: the cycle --mot and --forces give for the same trial and frames", async () => {
    const fromFile = await cycle('--scenario', S01, '--task', 'gait', '--frames', '31');
    expect(fromFile.json.frames).toBe(31);
    expect(fromFile.stdout).toBe((await cycle('--task', 'gait', '--frames', '31', ...TRIAL_FLAGS)).stdout);
  });

  it("lets --mot replace the file's trial whole, plates included, and keeps the file's frames", async () => {
    const kinematicsOnly = await cycle('--scenario', S01, '--task', 'gait', '--mot', WALK);
    expect(kinematicsOnly.stdout).toBe((await cycle('--task', 'gait', '--frames', '26', '--mot', WALK)).stdout);
    // the file's plates belong to the file's kinematics: without --forces the cycle borrows the built-in subject's
    expect(kinematicsOnly.json.warnings.join(' ')).toMatch(/built-in subject/);
    const withPlates = await cycle('--scenario', S01, '--task', 'gait', ...TRIAL_FLAGS);
    expect(withPlates.stdout).toBe((await cycle('--scenario', S01)).stdout);
  });

  it('gives the built-in cycle for a file without a gait task', async () => {
    const standing = scenario('standing.yaml', 'standing');
    expect((await cycle('--scenario', standing, '--task', 'gait', '--frames', '21')).stdout).toBe((await cycle('--task', 'gait', '--frames', '21')).stdout);
  });

  it('runs the first of several gait tasks and names it on stderr', async () => {
    const several = scenario('several.yaml', 'standing', '{ kind: gait, frames: 21 }', `{ kind: gait, frames: 26, trial: ${TRIAL} }`);
    const first = await cycle('--scenario', several, '--task', 'gait');
    expect(first.stdout).toBe((await cycle('--task', 'gait', '--frames', '21')).stdout);
    expect(first.stderr).toMatch(/several\.yaml has 2 gait tasks \(tasks\[1\] gait, tasks\[2\] gait trials\/s01_walk\.mot\); this cycle is the first, tasks\[1\]/);
  });

  const PACED = scenario('paced.yaml', '{ kind: gait, frames: 26, cycleDurationS: 1.1, trial: { kinematics: trials/s01_walk.mot } }');
  it.each([
    ['--forces without --mot on a file with a trial', S01, ['--forces', GRF, '--forces-mass-kg', MASS], /^lumbo: --forces applies with --mot only, got ".*s01_grf\.mot": .*s01\.yaml's gait task \(tasks\[0\]\) runs its own trial \("trials\/s01_walk\.mot"\), which takes this as trial\.groundReactions in the file; or give --mot to replace the trial$/],
    ['--subject-height-m without --mot on a file with a trial', S01, ['--subject-height-m', '1.7'], /^lumbo: --subject-height-m applies with --mot only, got "1\.7": .*which takes this as trial\.subjectHeightM in the file/],
    ['--frames 7', S01, ['--frames', '7'], /^lumbo: --frames must be an integer within \[21, 1001\], got "7"$/],
    ['--mot and --forces without --forces-mass-kg', S01, ['--mot', WALK, '--forces', GRF], /^lumbo: --forces-mass-kg \(the measured subject's mass, which the forces are scaled from\) must be a number within \[20, 250\] kg, got nothing$/],
    ['--forces on a file whose gait task sets cycleDurationS', PACED, TRIAL_FLAGS, /^lumbo: --forces cannot drive .*paced\.yaml's gait task \(tasks\[0\]\): its cycleDurationS \(1\.1 s\) changes the cycle's pace, and measured forces keep their own trial's pace; leave cycleDurationS out of the file's gait task, or leave out --forces$/],
  ])('refuses %s in one line naming the flag, what it takes and what it got, exit 2', async (_what, file, extra, message) => {
    const r = await lumbo('run', '--scenario', file, '--task', 'gait', ...extra);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

describe('lumbo export-mot --scenario <file>', () => {
  /** Runs export-mot writing `<name>.mot` and `<name>_grf.mot`; returns their texts. */
  async function exported(name: string, ...args: string[]) {
    const mot = join(dir, `${name}.mot`);
    const grf = join(dir, `${name}_grf.mot`);
    const r = await lumbo('export-mot', ...args, '--out', mot, '--grf', grf);
    expect(r.code, r.stderr).toBe(0);
    return { stderr: r.stderr, mot: readFileSync(mot, 'utf8'), grf: readFileSync(grf, 'utf8') };
  }

  it("writes the file's trial cycle at its frames: the files --mot and --forces write for the same trial, not the built-in cycle's", async () => {
    const fromFile = await exported('from-file', '--scenario', S01);
    expect(fromFile.stderr).toMatch(/\(26 frames, /);
    expect(parseStorage(fromFile.mot).data[0]).toHaveLength(26);
    const fromFlags = await exported('from-flags', '--frames', '26', ...TRIAL_FLAGS);
    expect(fromFile.mot).toBe(fromFlags.mot);
    // the ground reactions it was driven with are the trial's plates
    expect(fromFile.grf).toBe(fromFlags.grf);
    const builtIn = await exported('built-in', '--frames', '26');
    expect(fromFile.mot).not.toBe(builtIn.mot);
    expect(fromFile.grf).not.toBe(builtIn.grf);
  });

  it("lets --frames and --mot override the file's gait task, as for lumbo run", async () => {
    const overridden = await exported('overridden', '--scenario', S01, '--frames', '31', '--mot', WALK);
    expect(parseStorage(overridden.mot).data[0]).toHaveLength(31);
    expect(overridden.mot).toBe((await exported('mot-only', '--frames', '31', '--mot', WALK)).mot);
  });

  it('refuses a trial flag without --mot on a file with a trial, naming the flag and the file\'s field, exit 2', async () => {
    const r = await lumbo('export-mot', '--scenario', S01, '--forces-mass-kg', MASS, '--out', join(dir, 'never.mot'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lumbo: --forces-mass-kg applies with --mot only, got "72\.6": .*which takes this as trial\.subjectMassKg in the file/);
  });
});
