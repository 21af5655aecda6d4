import { describe, expect, it } from 'vitest';
import { ScenarioFileError } from './errors.ts';
import { parseScenario } from './load.ts';
import { fieldIndex } from './param-vector.ts';

const at = (base: Float64Array, path: string) => base[fieldIndex(path)];

async function failure(text: string): Promise<ScenarioFileError> {
  try {
    await parseScenario(text, 'test.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioFileError);
    return error as ScenarioFileError;
  }
  throw new Error('expected a ScenarioFileError');
}

describe('parseScenario', () => {
  it('reads a minimal file as healthy standing with the default outputs', async () => {
    const s = await parseScenario('lumbo: 1\n', 'min.yaml');
    expect(s.preset.id).toBe('healthy');
    expect(s.tasks).toEqual([{ kind: 'standing' }]);
    expect(s.outputs.map((o) => o.path)).toContain('lumbar.levels.L4/L5.compressionN');
    expect(s.design).toBeUndefined();
  });

  it('applies the preset, then overrides written flat, nested or as a pattern', async () => {
    const s = await parseScenario(
      [
        'lumbo: 1',
        'extends: lower-crossed-syndrome',
        'params:',
        '  subject.massKg: 90',
        '  muscles:',
        '    gluteusMedius: { right: { strength: 0.5 } }',
        '  muscles.hamstrings.*.tone: 0.05',
      ].join('\n'),
      'p.yaml',
    );
    expect(at(s.base, 'muscles.iliopsoas.left.tightness')).toBe(0.8); // from the preset (lower-crossed-syndrome: tightness 0.8 on the v2 scale)
    expect(at(s.base, 'subject.massKg')).toBe(90);
    expect(at(s.base, 'muscles.gluteusMedius.right.strength')).toBe(0.5);
    expect(at(s.base, 'muscles.hamstrings.left.tone')).toBe(0.05);
    expect(at(s.base, 'muscles.hamstrings.right.tone')).toBe(0.05);
    expect(s.overrides.map((o) => o.path)).toEqual([
      'subject.massKg',
      'muscles.gluteusMedius.right.strength',
      'muscles.hamstrings.left.tone',
      'muscles.hamstrings.right.tone',
    ]);
  });

  it('reads JSON as well as YAML', async () => {
    const s = await parseScenario('{"lumbo": 1, "tasks": ["sitting", {"kind": "trunk-flexion", "angleDeg": 20}]}', 's.json');
    expect(s.tasks).toEqual([{ kind: 'sitting' }, { kind: 'trunk-flexion', angleDeg: 20 }]);
  });

  it('evaluates design values given as expressions and expands patterns into one factor per parameter', async () => {
    const s = await parseScenario(
      'lumbo: 1\ndesign:\n  type: grid\n  factors:\n    muscles.iliopsoas.*.tone: "linspace(0, 0.2, 3)"\n',
      'g.yaml',
    );
    expect(s.design?.factors.map((f) => f.path)).toEqual(['muscles.iliopsoas.left.tone', 'muscles.iliopsoas.right.tone']);
    expect(s.design?.type === 'grid' && s.design.factors[0]!.values).toEqual([0, 0.1, 0.2]);
  });

  it('gives sampled factors the catalogue range when no range is written', async () => {
    const s = await parseScenario('lumbo: 1\ndesign: { type: random, samples: 5, seed: 1, factors: { strategy.duchenne: {} } }\n', 'r.yaml');
    expect(s.design?.type === 'random' && s.design.factors[0]).toMatchObject({ min: 0, max: 1 });
  });

  it('names the line and field of an error', async () => {
    const error = await failure('lumbo: 1\nparams:\n  subject.massKg: 20\n');
    expect(error.line).toBe(3);
    expect(error.field).toBe('params.subject.massKg');
    expect(error.message).toBe('test.yaml:3: params.subject.massKg: subject.massKg expects a number within [35, 150] kg, got 20');
  });

  it('refuses a derived parameter that reads one derived further down', async () => {
    const error = await failure(
      'lumbo: 1\nderived:\n  strategy.duchenne: "subject.massKg / 100"\n  subject.massKg: "strategy.duchenne * 100"\n',
    );
    expect(error.message).toContain('reads subject.massKg, which is derived further down');
    expect(error.line).toBe(3);
  });

  it('refuses a parameter that is both a factor and derived', async () => {
    const error = await failure(
      'lumbo: 1\ndesign: { type: grid, factors: { strategy.duchenne: [0, 1] } }\nderived:\n  strategy.duchenne: "0.5"\n',
    );
    expect(error.message).toContain('is a design factor; a parameter is either varied or derived, not both');
  });
});
