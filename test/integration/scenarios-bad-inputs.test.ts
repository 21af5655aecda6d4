/**
 * A corpus of bad scenario and sweep files through the real `lumbo`
 * executable: each must give one stderr line that names the file (and the
 * line when the parser knows it), the field, what was expected and what was
 * received, and exit 2 — never a stack trace. Add a row for every new way to
 * get a file wrong.
 *
 * To keep the suite fast, the whole corpus goes through one
 * `lumbo validate <files...>` (one line per file, exit 2), and one file of
 * each layer that can reject input (YAML parser, structure, catalogue range,
 * value type, expression allow-list, size check) also runs alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLumbo, STACK_FRAME } from './support/run-lumbo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-bad-'));

interface BadFile {
  readonly why: string;
  readonly name: string;
  readonly text: string;
  /** Pieces the one-line message must contain. */
  readonly says: readonly string[];
  /** Command to run; `validate <file>` unless given (FILE stands for the file's path). */
  readonly args?: readonly string[];
  /** Also run alone, to check the exit code of this kind of mistake by itself. */
  readonly alone?: boolean;
}

const GRID = (factor: string) => `lumbo: 1\ndesign:\n  type: grid\n  factors:\n    ${factor}\n`;

const BAD_FILES: readonly BadFile[] = [
  { why: 'an empty file', name: 'empty.yaml', alone: true, text: '', says: ['empty.yaml', 'the file is empty', 'lumbo: 1'] },
  { why: 'malformed YAML', name: 'malformed.yaml', alone: true, text: 'lumbo: 1\ntasks: [standing\nparams:\n', says: ['malformed.yaml:', 'not valid YAML or JSON'] },
  { why: 'malformed JSON', name: 'malformed.json', text: '{"lumbo": 1, "tasks": [}', says: ['malformed.json:1', 'not valid YAML or JSON'] },
  { why: 'a duplicated key', name: 'duplicate.yaml', text: 'lumbo: 1\nextends: healthy\nextends: healthy\n', says: ['duplicate.yaml:3', 'unique'] },
  { why: 'a missing version', name: 'no-version.yaml', text: 'extends: healthy\n', says: ['no-version.yaml', 'lumbo:', 'expected 1', 'got nothing'] },
  { why: 'a wrong version', name: 'version-2.yaml', text: 'lumbo: 2\n', says: ['version-2.yaml:1', 'lumbo:', 'expected 1', 'got 2'] },
  { why: 'not a map', name: 'list.yaml', text: '- lumbo\n- 1\n', says: ['list.yaml', 'expected a scenario: a map of fields', 'got ["lumbo",1]'] },
  { why: 'an unknown top-level field', name: 'unknown-field.yaml', text: 'lumbo: 1\nparameters: {}\n', says: ['unknown-field.yaml:2', 'unknown field "parameters"', 'params'] },
  {
    why: 'an unknown parameter',
    name: 'unknown-param.yaml',
    text: 'lumbo: 1\nparams:\n  muscles.gluteusMedius.rigth.strength: 0.5\n',
    says: ['unknown-param.yaml:3', 'params.muscles.gluteusMedius.rigth.strength', 'unknown parameter', 'muscles.gluteusMedius.right.strength'],
  },
  {
    why: 'an out-of-range value',
    name: 'out-of-range.yaml',
    alone: true,
    text: 'lumbo: 1\nparams:\n  muscles.gluteusMedius.right.strength: 2\n',
    says: ['out-of-range.yaml:3', 'params.muscles.gluteusMedius.right.strength', '[0, 1.5] fraction', 'got 2'],
  },
  {
    why: 'a value of the wrong type',
    name: 'wrong-type.yaml',
    text: 'lumbo: 1\nparams:\n  subject.massKg: true\n',
    says: ['wrong-type.yaml:3', 'params.subject.massKg', 'expected a number', 'got true'],
  },
  { why: 'NaN', name: 'nan.yaml', alone: true, text: 'lumbo: 1\nparams:\n  subject.massKg: .nan\n', says: ['nan.yaml:3', 'params.subject.massKg', 'finite number', 'got NaN'] },
  { why: 'infinity', name: 'inf.yaml', text: 'lumbo: 1\nparams:\n  subject.heightM: .inf\n', says: ['inf.yaml:3', 'finite number', 'got Infinity'] },
  { why: 'an unknown preset', name: 'preset.yaml', text: 'lumbo: 1\nextends: lower-crossed\n', says: ['preset.yaml:2', 'extends', 'unknown preset "lower-crossed"', 'lower-crossed-syndrome'] },
  { why: 'an unknown task kind', name: 'task.yaml', text: 'lumbo: 1\ntasks: [walking]\n', says: ['task.yaml:2', 'tasks[0].kind', 'standing, sitting, single-leg-stance, trunk-flexion, gait', '"walking"'] },
  {
    why: 'a gait task with too few frames',
    name: 'gait-frames.yaml',
    text: 'lumbo: 1\ntasks:\n  - { kind: gait, frames: 5 }\n',
    says: ['gait-frames.yaml:3', 'tasks[0].frames', 'integer within [21, 1001] frames', 'got 5'],
  },
  {
    why: 'a gait output without a gait task',
    name: 'gait-output.yaml',
    text: 'lumbo: 1\ntasks: [standing]\noutputs:\n  - gait.levels.L4/L5.peakCompressionN\n',
    says: ['gait-output.yaml:4', 'outputs[0]', 'needs a gait task', 'runs only standing'],
  },
  {
    why: 'a task missing its side',
    name: 'side.yaml',
    text: 'lumbo: 1\ntasks:\n  - kind: single-leg-stance\n',
    says: ['side.yaml:3', 'tasks[0]', '"left" or "right"', 'got nothing'],
  },
  {
    why: 'a task angle out of range',
    name: 'angle.yaml',
    text: 'lumbo: 1\ntasks:\n  - { kind: trunk-flexion, angleDeg: 120 }\n',
    says: ['angle.yaml:3', 'tasks[0].angleDeg', '[0, 90] deg', 'got 120'],
  },
  { why: 'an option a task does not take', name: 'option.yaml', text: 'lumbo: 1\ntasks:\n  - { kind: standing, side: left }\n', says: ['option.yaml:3', 'tasks[0].side', 'standing takes no options'] },
  {
    why: 'an unknown output',
    name: 'output.yaml',
    text: 'lumbo: 1\noutputs: [lumbar.levels.L4/L5.compression]\n',
    says: ['output.yaml:2', 'outputs[0]', 'unknown output', 'lumbar.levels.L4/L5.compressionN'],
  },
  { why: 'an unknown design type', name: 'design.yaml', text: 'lumbo: 1\ndesign:\n  type: sobol\n', says: ['design.yaml:3', 'design.type', 'grid, one-at-a-time, random, latin-hypercube', '"sobol"'] },
  {
    why: 'a sample count that is not an integer',
    name: 'samples.yaml',
    text: 'lumbo: 1\ndesign:\n  type: random\n  samples: 2.5\n  seed: 1\n  factors: { strategy.duchenne: {} }\n',
    says: ['samples.yaml:4', 'design.samples', 'integer within [1, 10000000]', 'got 2.5'],
  },
  {
    why: 'a random design without a seed',
    name: 'seed.yaml',
    text: 'lumbo: 1\ndesign:\n  type: random\n  samples: 10\n  factors: { strategy.duchenne: {} }\n',
    says: ['seed.yaml', 'design.seed', 'same seed gives the same samples', 'got nothing'],
  },
  { why: 'a design value out of range', name: 'grid-range.yaml', text: GRID('strategy.duchenne: [0, 0.5, 1.5]'), says: ['grid-range.yaml:5', 'design.factors.strategy.duchenne', '[0, 1] fraction', '1.5'] },
  { why: 'a reversed range', name: 'min-max.yaml', text: 'lumbo: 1\ndesign: { type: random, samples: 3, seed: 1, factors: { strategy.duchenne: { min: 0.8, max: 0.2 } } }\n', says: ['min-max.yaml:2', 'min ≤ max', 'min 0.8 and max 0.2'] },
  {
    why: 'a hostile expression (import)',
    name: 'import.yaml',
    alone: true,
    text: GRID('strategy.duchenne: "import({evaluate: 1}, {override: true})"'),
    says: ['import.yaml:5', 'design.factors.strategy.duchenne', 'function import is not allowed'],
  },
  {
    why: 'a hostile expression (function definition)',
    name: 'define.yaml',
    text: GRID('strategy.duchenne: "f(x) = x; f(1)"'),
    says: ['define.yaml:5', 'only one expression is allowed'],
  },
  {
    why: 'a hostile expression (reaching the host through a constructor)',
    name: 'constructor.yaml',
    text: GRID('strategy.duchenne: "linspace.constructor(\\"return process\\")"'),
    says: ['constructor.yaml:5', 'is not allowed'],
  },
  { why: 'an expression that is not a finite number', name: 'divide.yaml', text: GRID('strategy.duchenne: "1 / 0"'), says: ['divide.yaml:5', 'expected a finite number, got Infinity'] },
  { why: 'an expression with units', name: 'units.yaml', text: GRID('subject.massKg: "80 kg"'), says: ['units.yaml:5', 'unknown name "kg"'] },
  {
    why: 'a derived value that leaves its range at some design point',
    name: 'derived.yaml',
    text: `${GRID('strategy.duchenne: [0, 1]')}derived:\n  muscles.gluteusMedius.left.strength: "strategy.duchenne * 3"\n`,
    says: ['derived.yaml:7', 'derived.muscles.gluteusMedius.left.strength', 'at design point 1', 'gives 3', '[0, 1.5] fraction'],
  },
  {
    why: 'a grid too big to run without --yes',
    name: 'huge.yaml',
    text: GRID('muscles.*.*.strength: "linspace(0.5, 1, 3)"'),
    args: ['sweep', 'FILE', '--out', 'huge.csv'],
    says: ['rows', 'points', '--yes', '--shard K/N'],
  },
  { why: 'a sweep file given to lumbo run', name: 'is-sweep.yaml', text: GRID('strategy.duchenne: [0, 1]'), args: ['run', '--scenario', 'FILE'], says: ['is a sweep', 'lumbo sweep'] },
  { why: 'a file that does not exist', name: 'missing.yaml', text: '', args: ['validate', 'no-such-dir/missing.yaml'], says: ['no-such-dir/missing.yaml', 'cannot read the file: no such file'] },
  {
    why: 'a concat of long lists (the list cap holds for every expression)',
    name: 'concat.yaml',
    alone: true,
    text: GRID('strategy.duchenne: "concat(linspace(0, 1, 100000), linspace(0, 1, 100000))"'),
    says: ['concat.yaml:5', 'design.factors.strategy.duchenne', 'concat would make 200000 numbers', 'at most 100000'],
  },
  {
    why: 'a list written out with more than 100 000 values',
    name: 'long-list.yaml',
    text: GRID(`strategy.duchenne: [${Array.from({ length: 100_001 }, () => '0').join(',')}]`),
    says: ['long-list.yaml:5', 'design.factors.strategy.duchenne', 'at most 100000 numbers', 'got 100001'],
  },
  {
    why: 'a __proto__ key (refused by name, not silently dropped)',
    name: 'proto.yaml',
    alone: true,
    text: 'lumbo: 1\nparams:\n  __proto__: { subject.massKg: 80 }\n',
    says: ['proto.yaml:3', 'params.__proto__', 'the key "__proto__" is not allowed'],
  },
  {
    why: 'a file over 1 MB in bytes but not in characters (multi-byte text)',
    name: 'bytes.yaml',
    text: `lumbo: 1\n# ${'é'.repeat(600_000)}\n`,
    says: ['bytes.yaml', 'at most 1000000 bytes', 'got more (1200012 bytes)'],
  },
  { why: 'a device instead of a file', name: 'zero.yaml', text: '', args: ['validate', '/dev/zero'], says: ['/dev/zero', 'it is a device', 'regular'] },
];

const BAD_COMMANDS: readonly { args: string[]; says: string[] }[] = [
  { args: ['sweep', 'x.yaml'], says: ['--out'] },
  { args: ['sweep', 'FILE', '--out', 'r.txt'], says: ['--out must end in .csv, .jsonl, .parquet', 'r.txt"'] },
  { args: ['sweep', 'FILE', '--out', 'r.csv', '--shard', '0/4'], says: ['--shard', '1 ≤ K ≤ N', '"0/4"'] },
  { args: ['sweep', 'FILE', '--out', 'no-such-dir/r.csv', '--workers', '0'], says: ['--out', 'no-such-dir', 'does not exist'] },
  { args: ['sweep', 'FILE', '--out', 'r.csv', '--workers', 'many'], says: ['--workers', 'integer', '"many"'] },
  { args: ['sweep', 'FILE', '--out', 'r.csv', '--summary', '--summary-output', 'pelvis.tiltDeg'], says: ['--summary-output', 'pelvis.anteriorTiltDeg', '"pelvis.tiltDeg"'] },
  { args: ['run', '--preset', 'no-such', '--task', 'standing'], says: ['--preset', 'healthy', '"no-such"'] },
  { args: ['run', '--preset', 'healthy', '--scenario', 'FILE'], says: ['--preset and --scenario cannot be combined'] },
  { args: ['presets', 'trendelenburg'], says: ['preset id must be one of', 'trendelenburg-right', '"trendelenburg"'] },
  { args: ['sweep', 'FILE', '--out', 'r.csv', '--progress-every', 'abc'], says: ['--progress-every', 'within (0, 86400]', '"abc"'] },
  { args: ['sweep', 'FILE', '--out', 'r.csv', '--progress-every', '0'], says: ['--progress-every', 'within (0, 86400]', '"0"'] },
  { args: ['sweep', 'FILE', '--out', 'r.csv', '--progress-every', '-5'], says: ['--progress-every', 'within (0, 86400]', '"-5"'] },
  { args: ['run', '--task', 'walking'], says: ['--task must be one of', 'standing', 'sitting', 'gait', '"walking"'] },
];

function expectOneCleanLine(run: { code: number; stdout: string; stderr: string }, says: readonly string[]): void {
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^lumbo: /);
  for (const piece of says) expect(lines[0]).toContain(piece);
}

const pathOf = (bad: BadFile) => join(dir, bad.name);
for (const bad of BAD_FILES) if (bad.name !== 'missing.yaml' && bad.name !== 'zero.yaml') writeFileSync(pathOf(bad), bad.text);
const argsOf = (bad: BadFile) =>
  (bad.args ?? ['validate', 'FILE']).map((a) => (a === 'FILE' ? pathOf(bad) : a === 'huge.csv' ? join(dir, a) : a));

// vitest runs one test file at a time on two cores: the tests of this file run concurrently so the
// CLI processes they spawn use both cores (each test works in its own files)
describe.concurrent('bad input, end to end', () => {
  describe('scenario and sweep files with bad input', () => {
    const validated = BAD_FILES.filter((bad) => !bad.args);

    it('lumbo validate gives one clean line per bad file, naming it, and exits 2', async () => {
      const run = await runLumbo(['validate', ...validated.map(pathOf)]);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(validated.length);
      validated.forEach((bad, i) => {
        expect(lines[i]!.startsWith(`lumbo: ${pathOf(bad)}`), `${bad.why}: ${lines[i]}`).toBe(true);
        for (const piece of bad.says) expect(lines[i], bad.why).toContain(piece);
      });
    });

    describe.concurrent('each kind of mistake on its own', () => {
      for (const bad of BAD_FILES.filter((b) => b.alone || b.args)) {
        it(`${bad.why} exits 2 with one line naming ${bad.says.join(' / ')}`, async () => {
          expectOneCleanLine(await runLumbo(argsOf(bad)), bad.says);
        });
      }
    });
  });

  // a FIFO would block a plain read for ever: it is refused before it is opened
  it('a named pipe (FIFO) as a scenario file exits 2 at once, without blocking', async () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expectOneCleanLine(await runLumbo(['validate', fifo]), ['pipe.yaml', 'it is a FIFO (named pipe)', 'regular']);
  });

  describe.concurrent('lumbo sweep, run and presets with bad options', () => {
    const file = join(dir, 'good.yaml');
    writeFileSync(file, GRID('strategy.duchenne: [0, 1]'));
    for (const { args, says } of BAD_COMMANDS) {
      it(`\`lumbo ${args.join(' ')}\` exits 2 with one line naming ${says.join(' / ')}`, async () => {
        const run = await runLumbo(args.map((a) => (a === 'FILE' ? file : a.endsWith('.csv') || a.endsWith('.txt') ? join(dir, a) : a)));
        expectOneCleanLine(run, says);
      });
    }
  });
});
