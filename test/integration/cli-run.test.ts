/**
 * `lumbo` end to end: the real executable in a child process, for every task
 * in both formats, and a corpus of bad inputs that must each fail with one
 * clear line and no stack trace.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FIELDS, compileModel, solveTask, type PartialModelParams, type Task, type TaskResult } from '@lumbo/model';
import { HIP_KEYS, LEVEL_KEYS, MUSCLE_KEYS, PELVIS_KEYS, TASK_RESULT_KEYS, sortedKeys } from './support/contract-keys.ts';
import { firstDifference } from './support/deep-close.ts';
import { spawn } from 'node:child_process';
import { LUMBO_BIN, REPO_ROOT, runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const TASKS: readonly { args: string[]; task: Task }[] = [
  { args: ['--task', 'standing'], task: { kind: 'standing' } },
  { args: ['--task', 'single-leg-stance', '--side', 'right'], task: { kind: 'single-leg-stance', side: 'right' } },
  { args: ['--task', 'trunk-flexion', '--angle', '30'], task: { kind: 'trunk-flexion', angleDeg: 30 } },
  { args: ['--task', 'sitting'], task: { kind: 'sitting' } },
];

/** What the CLI should print as JSON: the model's own result, through JSON. */
function expectedJson(task: Task, params: PartialModelParams = {}): unknown {
  return JSON.parse(JSON.stringify(solveTask(compileModel(params), task)));
}

describe.concurrent('lumbo run --format json', () => {
  for (const { args, task } of TASKS) {
    it(`prints exactly the model's TaskResult for ${args.join(' ')}`, async () => {
      const run = await runLumbo(['run', ...args, '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as TaskResult;

      expect(sortedKeys(json)).toEqual(TASK_RESULT_KEYS);
      expect(sortedKeys(json.pelvis)).toEqual(PELVIS_KEYS);
      for (const level of json.lumbar.levels) expect(sortedKeys(level)).toEqual(LEVEL_KEYS);
      for (const hip of [json.hips.left, json.hips.right]) expect(sortedKeys(hip)).toEqual(HIP_KEYS);
      for (const muscle of json.muscles) expect(sortedKeys(muscle)).toEqual(MUSCLE_KEYS);
      expect(firstDifference(json, expectedJson(task))).toBeUndefined();
    });
  }

  it('applies --set overrides, in both the repeated and the list form', async () => {
    const params = { muscles: { gluteusMedius: { right: { strength: 0.4 } } }, subject: { massKg: 90 } };
    const task: Task = { kind: 'single-leg-stance', side: 'right' };
    const repeated = await runLumbo([
      'run', '--task', 'single-leg-stance', '--side', 'right', '--format', 'json',
      '--set', 'muscles.gluteusMedius.right.strength=0.4', '--set', 'subject.massKg=90',
    ]);
    const listed = await runLumbo([
      'run', '--task', 'single-leg-stance', '--side', 'right', '--format', 'json',
      '--set', 'muscles.gluteusMedius.right.strength=0.4', 'subject.massKg=90',
    ]);
    expect(repeated.code).toBe(0);
    expect(firstDifference(JSON.parse(repeated.stdout), expectedJson(task, params))).toBeUndefined();
    expect(listed.stdout).toBe(repeated.stdout);
  });
});

describe.concurrent('lumbo run --format table', () => {
  for (const { args } of TASKS) {
    it(`prints the readable report for ${args.join(' ')}`, async () => {
      const run = await runLumbo(['run', ...args]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      for (const heading of ['Posture', 'Lumbar levels', 'Hips', 'Muscles', 'Reserves', 'Warnings']) {
        expect(run.stdout).toMatch(new RegExp(`^${heading}`, 'm'));
      }
      for (const level of ['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1']) expect(run.stdout).toMatch(new RegExp(`^  ${level} `, 'm'));
      expect(run.stdout).not.toMatch(/NaN|undefined/);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toContain('education and research tool, not a diagnostic device');
    });
  }
});

describe.concurrent('lumbo help', () => {
  it('run --help lists the tasks and points to the parameter catalogue', async () => {
    const run = await runLumbo(['run', '--help']);
    expect(run.code).toBe(0);
    for (const kind of ['standing', 'single-leg-stance', 'trunk-flexion', 'sitting']) expect(run.stdout).toContain(kind);
    expect(run.stdout).toContain('lumbo params');
  });

  it('params lists every catalogue field with unit, range, default and description', async () => {
    const run = await runLumbo(['params']);
    expect(run.code).toBe(0);
    for (const field of ALL_FIELDS) {
      const line = run.stdout.split('\n').find((l) => l.trimStart().startsWith(`${field.path} `));
      expect(line, field.path).toBeDefined();
      expect(line).toContain(`${field.min}–${field.max}`);
      expect(line).toContain(field.unit);
      expect(line).toContain(field.description);
    }
  });

  it('params --format json is the catalogue itself', async () => {
    const run = await runLumbo(['params', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(ALL_FIELDS)));
  });
});

/** Each bad input, and the pieces its one-line message must contain (field, allowed values, value received). */
const BAD_INPUTS: readonly { args: string[]; says: string[] }[] = [
  { args: ['run', '--task', 'standing', '--fromat', 'json'], says: ["'--fromat'", '--format'] },
  { args: ['run'], says: ['--task', 'standing, single-leg-stance, trunk-flexion, sitting', 'got nothing'] },
  { args: ['run', '--task', 'walking'], says: ['--task', 'standing, single-leg-stance, trunk-flexion, sitting', '"walking"'] },
  { args: ['run', '--task', 'single-leg-stance'], says: ['--side', '"left" or "right"', 'got nothing'] },
  { args: ['run', '--task', 'single-leg-stance', '--side', 'up'], says: ['--side', '"left" or "right"', '"up"'] },
  { args: ['run', '--task', 'trunk-flexion'], says: ['--angle', '[0, 90]', 'got nothing'] },
  { args: ['run', '--task', 'trunk-flexion', '--angle', 'forty'], says: ['--angle', '[0, 90]', '"forty"'] },
  { args: ['run', '--task', 'trunk-flexion', '--angle', '120'], says: ['--angle', '[0, 90]', 'got 120'] },
  { args: ['run', '--task', 'trunk-flexion', '--angle', '-10'], says: ['--angle', '[0, 90]', 'got -10'] },
  { args: ['run', '--task', 'standing', '--angle', '30'], says: ['--angle', 'trunk-flexion', '30'] },
  { args: ['run', '--task', 'standing', '--format', 'xml'], says: ['--format', 'table, json', "'xml'"] },
  {
    args: ['run', '--task', 'standing', '--set', 'muscles.gluteusMedius.right.strength=2'],
    says: ['muscles.gluteusMedius.right.strength', '[0, 1.5]', 'got 2'],
  },
  { args: ['run', '--task', 'standing', '--set', 'subject.massKg=20'], says: ['subject.massKg', '35', '150', '20'] },
  { args: ['run', '--task', 'standing', '--set', 'subject.massKg=heavy'], says: ['subject.massKg', '[35, 150] kg', '"heavy"'] },
  { args: ['run', '--task', 'standing', '--set', 'subject.massKg='], says: ['subject.massKg', '[35, 150] kg', 'got ""'] },
  { args: ['run', '--task', 'standing', '--set', 'subject.massKg'], says: ['<path>=<number>', '"subject.massKg"'] },
  {
    args: ['run', '--task', 'standing', '--set', 'muscles.gluteusMedius.rigth.strength=0.5'],
    says: ['"muscles.gluteusMedius.rigth.strength"', 'muscles.gluteusMedius.right.strength', 'lumbo params'],
  },
  { args: ['run', '--task', 'standing', '--set', 'massKg=80'], says: ['"massKg"', 'subject.massKg'] },
  { args: ['walk'], says: ["'walk'"] },
  { args: ['run', '--task', 'standing', 'extra'], says: ['too many arguments', 'got 1: extra'] },
];

describe('lumbo run into a reader that stops early (lumbo run … | head)', () => {
  it('ends quietly with exit 0 when the pipe closes after the first bytes, never with a stack trace', async () => {
    const child = spawn(process.execPath, [LUMBO_BIN, 'run', '--task', 'gait', '--format', 'json'], { cwd: REPO_ROOT, env: { ...process.env, LUMBO_DEBUG: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // like `head -c 10`: read the first chunk, then close the read end
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});

describe.concurrent('lumbo run with bad input', () => {
  for (const { args, says } of BAD_INPUTS) {
    it(`\`lumbo ${args.join(' ')}\` exits 2 with one line naming ${says.join(' / ')}`, async () => {
      const run = await runLumbo(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(STACK_FRAME);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^lumbo: /);
      for (const piece of says) expect(lines[0]).toContain(piece);
    });
  }
});
