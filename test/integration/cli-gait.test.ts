/** `lumbo run --task gait` and `lumbo export-mot`, through the real executable. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileModel, GAIT_COORDINATES, parseStorage, simulateGait, type StorageTable } from '@lumbo/model';
import { runLumbo, STACK_FRAME } from './support/run-lumbo.ts';
import { CYCLE_S, cycleMotText, EXTERNAL_LOADS_XML_PATH, externalLoadsXmlText, GRF_MOT_PATH, grfMotText, SUBJECT_MASS_KG, WHOLE_IK_MOT_PATH } from '../fixtures/opensim-subject01/trial.ts';
import { writeFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-gait-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lumbo run --task gait', () => {
  it('prints a readable cycle report with the summary per stance leg', async () => {
    const r = await runLumbo(['run', '--task', 'gait', '--preset', 'trendelenburg-right', '--frames', '51']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/gait cycle \(51 frames/);
    expect(r.stdout).toMatch(/peak opposite drop/);
    expect(r.stdout).toMatch(/not a diagnostic device/);
  });

  it('prints the gait result as JSON with plain arrays and the summary', async () => {
    const r = await runLumbo(['run', '--task', 'gait', '--frames', '21', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.frames).toBe(21);
    expect(json.pelvicObliquityDeg).toHaveLength(21);
    expect(json.levels['L4/L5'].rightCompressionN).toHaveLength(21);
    expect(json.summary.pelvicObliquityRangeDeg).toBeGreaterThan(5);
    expect(json.animation).toBeUndefined();
  });

  it.each([
    [['run', '--task', 'gait', '--frames', '7'], /--frames must be an integer within \[21, 1001\], got "7"/],
    [['run', '--task', 'gait', '--side', 'left'], /--side applies to --task single-leg-stance only/],
    [['run', '--task', 'gait', '--mot', 'no-such-file.mot'], /--mot no-such-file\.mot: cannot read the file/],
    [['run', '--task', 'standing', '--frames', '51'], /--frames, --mot and --forces apply to --task gait only/],
    [['export-mot', '--out', 'result.txt'], /--out must name a \.mot file, got "result\.txt"/],
  ])('`lumbo %j` exits 2 with a clear message', async (args, message) => {
    const r = await runLumbo(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('lumbo export-mot', () => {
  it('writes an OpenSim motion file and a storage file of loads and activations', async () => {
    const mot = join(dir, 'duchenne.mot');
    const sto = join(dir, 'duchenne.sto');
    const r = await runLumbo(['export-mot', '--preset', 'duchenne-right', '--out', mot, '--sto', sto, '--frames', '41']);
    expect(r.code).toBe(0);
    const motion = parseStorage(readFileSync(mot, 'utf8'));
    expect(motion.inDegrees).toBe(true);
    expect(motion.columns).toEqual(expect.arrayContaining(['time', 'pelvis_list', 'hip_adduction_r', 'lumbar_bending']));
    expect(motion.data[0]).toHaveLength(41);
    const loads = parseStorage(readFileSync(sto, 'utf8'));
    expect(loads.columns).toContain('L4_L5_compression_N');
    // net joint moments under OpenSim's inverse-dynamics column names
    expect(loads.columns).toEqual(expect.arrayContaining(['hip_flexion_r_moment', 'hip_adduction_l_moment', 'knee_angle_r_moment', 'lumbar_extension_moment', 'feasible']));
  });

  it('writes the 3-D coordinates and the hip and lumbar moments of the cycle asked for: each column is that cycle’s series', async () => {
    const mot = join(dir, 'one-sided.mot');
    const sto = join(dir, 'one-sided.sto');
    // one-sided, so the left and right columns differ and a swapped pair would show
    const sets = ['muscles.gluteusMedius.right.strength=0.5', 'muscles.piriformis.right.stiffness=3'];
    const r = await runLumbo(['export-mot', ...sets.flatMap((s) => ['--set', s]), '--out', mot, '--sto', sto, '--frames', '41']);
    expect(r.code).toBe(0);
    const cycle = simulateGait(compileModel({ muscles: { gluteusMedius: { right: { strength: 0.5 } }, piriformis: { right: { stiffness: 3 } } } }), { framesPerCycle: 41 });
    const rows = [0, 13, 27, 40];
    const expectColumn = (table: StorageTable, name: string, series: Float64Array) => {
      expect(table.columns).toContain(name);
      const column = table.data[table.columns.indexOf(name)]!;
      expect(column).toHaveLength(41);
      // the file keeps 10 decimals; another process runs the same arithmetic
      for (const i of rows) expect(Math.abs(column[i]! - series[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(series[i]!)));
    };
    const motion = parseStorage(readFileSync(mot, 'utf8'));
    expect(motion.columns).toEqual(['time', ...GAIT_COORDINATES]);
    for (const c of GAIT_COORDINATES) expectColumn(motion, c, cycle.coordinates[c]);
    expectColumn(motion, 'pelvis_rotation', cycle.pelvicRotationDeg);
    const loads = parseStorage(readFileSync(sto, 'utf8'));
    for (const [side, t] of [['right', 'r'], ['left', 'l']] as const) {
      expectColumn(loads, `hip_flexion_${t}_moment`, cycle.hipMomentNm[side].flexionNm);
      expectColumn(loads, `hip_adduction_${t}_moment`, cycle.hipMomentNm[side].adductionNm);
      expectColumn(loads, `hip_rotation_${t}_moment`, cycle.hipMomentNm[side].rotationNm);
    }
    expectColumn(loads, 'lumbar_extension_moment', cycle.lumbosacralMomentNm.extensionNm);
    expectColumn(loads, 'lumbar_bending_moment', cycle.lumbosacralMomentNm.bendingNm);
    expectColumn(loads, 'lumbar_rotation_moment', cycle.lumbosacralMomentNm.rotationNm);
  });

  it('writes the ground reactions the cycle was driven with under OpenSim external-loads names', async () => {
    const mot = join(dir, 'healthy.mot');
    const grf = join(dir, 'healthy_grf.mot');
    const r = await runLumbo(['export-mot', '--out', mot, '--grf', grf, '--frames', '41']);
    expect(r.code).toBe(0);
    const loads = parseStorage(readFileSync(grf, 'utf8'));
    expect(loads.columns).toEqual(expect.arrayContaining(['ground_force_vy', 'ground_force_px', '1_ground_force_vy', '1_ground_force_pz']));
    const fy = loads.data[loads.columns.indexOf('ground_force_vy')]!;
    expect(Math.max(...fy)).toBeGreaterThan(700); // about one body weight under the right foot in stance
  });

  it('rejects a --grf that is not a .mot, naming the flag', async () => {
    const r = await runLumbo(['export-mot', '--out', join(dir, 'x.mot'), '--grf', join(dir, 'x.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--grf must name a \.mot file/);
  });
});

describe("lumbo run --task gait with the trial's own force plates (--mot, --forces)", () => {
  const mot = join(dir, 'subject01-cycle.mot');
  writeFileSync(mot, cycleMotText());
  const mass = String(SUBJECT_MASS_KG);

  it('drives the trial\'s kinematics with its own plates: no warning about borrowed forces, toe-off from the plates', async () => {
    const own = await runLumbo(['run', '--task', 'gait', '--mot', mot, '--forces', GRF_MOT_PATH, '--forces-mass-kg', mass, '--set', `subject.massKg=${mass}`, '--format', 'json']);
    expect(own.code, own.stderr).toBe(0);
    const json = JSON.parse(own.stdout);
    expect(json.warnings.join(' ')).not.toMatch(/built-in subject/);
    // the plates lift the right foot at 64 % of this cycle (the built-in kinematics' 0.64): stance flags follow them
    const stance: number[] = json.stance.right;
    expect(stance.indexOf(0) / (stance.length - 1)).toBeGreaterThan(0.6);
    expect(stance.indexOf(0) / (stance.length - 1)).toBeLessThan(0.68);
    const borrowed = await runLumbo(['run', '--task', 'gait', '--mot', mot, '--set', `subject.massKg=${mass}`, '--format', 'json']);
    expect(JSON.parse(borrowed.stdout).warnings.join(' ')).toMatch(/built-in subject/);
  });

  it.each([
    [['--forces', GRF_MOT_PATH], /--forces-mass-kg \(the measured subject's mass, which the forces are scaled from\) must be a number within \[20, 250\] kg, got nothing/],
    [['--forces', GRF_MOT_PATH, '--forces-mass-kg', '35'], /--forces .*: ground reactions: the feet carry 2\.\d\d body weights on average/],
    [['--forces', GRF_MOT_PATH, '--forces-mass-kg', mass, '--forces-left', 'plate2_'], /missing column plate2_force_vx/],
    [['--forces-mass-kg', mass], /--forces-mass-kg, --forces-right, --forces-left and --external-loads apply with --forces only/],
    [['--external-loads', EXTERNAL_LOADS_XML_PATH], /--forces-mass-kg, --forces-right, --forces-left and --external-loads apply with --forces only/],
    [['--forces', GRF_MOT_PATH, '--forces-mass-kg', mass, '--external-loads', EXTERNAL_LOADS_XML_PATH, '--forces-right', 'ground_'], /--external-loads names each foot's columns itself: give it or --forces-right\/--forces-left, not both; got --external-loads .*subject01_walk1_grf\.xml with --forces-right ground_/],
    [['--forces', GRF_MOT_PATH, '--forces-mass-kg', mass, '--external-loads', GRF_MOT_PATH], /--external-loads .*subject01_walk1_grf\.mot: (line \d+: )?external loads: not well-formed XML/],
    [['--subject-height-m', '3'], /--subject-height-m \(the measured subject's height, which --mot's pelvis path and --forces' positions are scaled from\) must be a number within \[1\.4, 2\.1\] m, got "3"/],
  ])('refuses %j with a clear message and exit 2', async (extra, message) => {
    const r = await runLumbo(['run', '--task', 'gait', '--mot', mot, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('reads the plates\' foot columns from --external-loads: a lab\'s own column names give the default-named plates\' cycle', async () => {
    const grf = join(dir, 'lab_grf.mot'), xml = join(dir, 'lab_grf.xml');
    writeFileSync(grf, grfMotText().replace(/\b1_ground_/g, 'FP_L_').replace(/\bground_/g, 'FP_R_'));
    writeFileSync(xml, externalLoadsXmlText().replace(/> 1_ground_/g, '> FP_L_').replace(/> ground_/g, '> FP_R_'));
    const common = ['run', '--task', 'gait', '--frames', '26', '--mot', mot, '--forces-mass-kg', mass, '--format', 'json'];
    const viaXml = await runLumbo([...common, '--forces', grf, '--external-loads', xml]);
    expect(viaXml.code, viaXml.stderr).toBe(0);
    const defaults = await runLumbo([...common, '--forces', GRF_MOT_PATH]);
    expect(JSON.parse(viaXml.stdout).summary).toEqual(JSON.parse(defaults.stdout).summary);
  });

  it('export-mot takes the same plates: the ground-reaction file it writes carries them, scaled to the model', async () => {
    const out = join(dir, 'own.mot'), grf = join(dir, 'own-grf.mot');
    const r = await runLumbo(['export-mot', '--mot', mot, '--forces', GRF_MOT_PATH, '--forces-mass-kg', mass, '--set', 'subject.massKg=90', '--out', out, '--grf', grf]);
    expect(r.code, r.stderr).toBe(0);
    const written = parseStorage(readFileSync(grf, 'utf8'));
    const vy = written.data[written.columns.indexOf('ground_force_vy')]!;
    // the trial's right foot peaks near 1.1 body weights of its 72.6 kg subject: on a 90 kg model, near 1.1 of 90 kg
    expect(Math.max(...vy) / (90 * 9.80665)).toBeGreaterThan(1);
    expect(Math.max(...vy) / (90 * 9.80665)).toBeLessThan(1.25);
  });

  it('refuses --forces without --mot: the plates belong to their own trial\'s motion', async () => {
    const r = await runLumbo(['run', '--task', 'gait', '--forces', GRF_MOT_PATH, '--forces-mass-kg', mass]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--forces needs --mot/);
  });
});

describe('lumbo run --task gait on a whole trial (docs/model.md §9.1, "One cycle of a whole trial")', () => {
  const mot = join(dir, 'subject01-cycle-for-whole.mot');
  writeFileSync(mot, cycleMotText());
  const mass = String(SUBJECT_MASS_KG);
  const json = async (args: string[]) => {
    const r = await runLumbo(['run', '--task', 'gait', '--frames', '26', '--format', 'json', ...args]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('cuts the cycle at the plates\' first two right heel strikes: OpenSim\'s whole IK file gives the cut file\'s cycle', async () => {
    const whole = await json(['--mot', WHOLE_IK_MOT_PATH, '--forces', GRF_MOT_PATH, '--forces-mass-kg', mass]);
    const cut = await json(['--mot', mot, '--forces', GRF_MOT_PATH, '--forces-mass-kg', mass]);
    expect(whole.source).toMatch(/0\.618\d–1\.852\d s$/);
    expect(whole.cycleDurationS).toBeCloseTo(cut.cycleDurationS, 2);
    expect(Math.abs(whole.summary.peakHipContactForceBW.left - cut.summary.peakHipContactForceBW.left)).toBeLessThan(0.05);
  });

  it('cuts the cycle at --cycle-start-s and --cycle-end-s without plates', async () => {
    const whole = await json(['--mot', WHOLE_IK_MOT_PATH, '--cycle-start-s', String(CYCLE_S[0]), '--cycle-end-s', String(CYCLE_S[1])]);
    expect(whole.cycleDurationS).toBeCloseTo(CYCLE_S[1] - CYCLE_S[0], 6);
  });

  it.each([
    [[], /--mot .*subject01_walk1_ik\.mot: the kinematics \(0\.5000–4\.0000 s\) hold 3 swings of the right hip \(hip_flexion_r\), not one gait cycle: give one cycle/],
    [['--cycle-start-s', '0.62'], /--cycle-start-s and --cycle-end-s go together \(the cycle's two right heel strikes, s\), got --cycle-start-s 0\.62 alone/],
    [['--cycle-start-s', 'soon', '--cycle-end-s', '1.85'], /--cycle-start-s must be a time in seconds on --mot's clock \(a number ≥ 0\), got "soon"/],
    [['--cycle-start-s', '0.62', '--cycle-end-s', '3.08'], /--cycle-start-s 0\.62 --cycle-end-s 3\.08: .*(swings of the right hip|a walking cycle lasts)/],
  ])('refuses the whole trial with %j, naming what to give, exit 2', async (extra, message) => {
    const r = await runLumbo(['run', '--task', 'gait', '--mot', WHOLE_IK_MOT_PATH, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses --cycle-start-s without --mot', async () => {
    const r = await runLumbo(['run', '--task', 'gait', '--cycle-start-s', '0.6', '--cycle-end-s', '1.8']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cycle-start-s and --cycle-end-s apply with --mot only/);
  });
});
