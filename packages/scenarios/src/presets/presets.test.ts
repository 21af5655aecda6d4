import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModel, solveTask, type PartialModelParams, type Task, type TaskResult } from '@lumbo/model';
import { findPreset, PRESET_IDS, PRESETS } from './index.ts';

const REQUIRED_IDS = [
  'healthy',
  'lower-crossed-syndrome',
  'gluteal-amnesia',
  'trendelenburg-right',
  'trendelenburg-left',
  'duchenne-right',
  'psoas-hypertonic',
  'piriformis-syndrome',
  'gluteus-medius-coactivation',
];

function solve(params: PartialModelParams, task: Task): TaskResult {
  return solveTask(compileModel(params), task);
}
const l45 = (r: TaskResult) => r.lumbar.levels.find((l) => l.level === 'L4/L5')!;
const preset = (id: string) => findPreset(id)!.params;
const RIGHT_STANCE: Task = { kind: 'single-leg-stance', side: 'right' };
const LEFT_STANCE: Task = { kind: 'single-leg-stance', side: 'left' };

describe('the preset list', () => {
  it('has every preset the issue asks for, each id once', () => {
    expect(PRESET_IDS).toEqual(expect.arrayContaining(REQUIRED_IDS));
    expect(new Set(PRESET_IDS).size).toBe(PRESET_IDS.length);
  });

  it('uses kebab-case ids and fills every text field', () => {
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const text of [p.label, p.description, p.honesty.shows, p.honesty.simplifies]) expect(text.length).toBeGreaterThan(10);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.citation && s.finding).toBeTruthy();
      expect(p.showcaseTasks.length).toBeGreaterThan(0);
    }
  });

  it('gives parameters the model accepts', () => {
    for (const p of PRESETS) expect(() => compileModel(p.params), p.id).not.toThrow();
  });

  it('finds a preset by id and answers undefined for an unknown one', () => {
    expect(findPreset('healthy')?.label).toBe('Healthy reference');
    expect(findPreset('no-such-preset')).toBeUndefined();
  });
});

describe('the presets module is browser-safe', () => {
  const dir = new URL('.', import.meta.url);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const);

  it('imports only types from the model and files beside it (no node: modules, no runtime dependencies)', () => {
    for (const [file, text] of sources) {
      expect(text, file).not.toMatch(/\brequire\(|\bimport\(/);
      for (const [line, spec] of Array.from(text.matchAll(/^import\b[\s\S]*?from '([^']+)';/gm))) {
        if (spec?.startsWith('./')) continue;
        expect(line, `${file}: ${line}`).toMatch(/^import type /);
        expect(spec, file).toBe('@lumbo/model');
      }
    }
  });
});

describe('each preset shows its mechanism', () => {
  const healthyStanding = solve({}, { kind: 'standing' });

  it('lower crossed syndrome tilts the pelvis forward and deepens the lordosis in standing', () => {
    const r = solve(preset('lower-crossed-syndrome'), { kind: 'standing' });
    expect(r.pelvis.anteriorTiltDeg - healthyStanding.pelvis.anteriorTiltDeg).toBeGreaterThan(3);
    expect(r.lumbar.lordosisDeg).toBeGreaterThan(healthyStanding.lumbar.lordosisDeg);
    expect(l45(r).compressionN).toBeGreaterThan(l45(healthyStanding).compressionN);
  });

  it('lower crossed syndrome about doubles the forward shear at L5/S1, while the backward shear at L4/L5 grows (its honesty note)', () => {
    const r = solve(preset('lower-crossed-syndrome'), { kind: 'standing' });
    const l51 = (x: TaskResult) => x.lumbar.levels.find((l) => l.level === 'L5/S1')!;
    expect(l51(healthyStanding).apShearN).toBeGreaterThan(0); // + = the upper vertebra pushed forward
    expect(l51(r).apShearN).toBeGreaterThan(1.7 * l51(healthyStanding).apShearN);
    expect(l45(healthyStanding).apShearN).toBeLessThan(0);
    expect(l45(r).apShearN).toBeLessThan(l45(healthyStanding).apShearN);
  });

  it('trendelenburg-right drops the left side of the pelvis when standing on the right leg, and not on the left leg', () => {
    const r = solve(preset('trendelenburg-right'), RIGHT_STANCE);
    expect(r.pelvis.obliquityDeg).toBeLessThan(-3); // + = right side lower, so − = left side lower
    expect(Math.abs(solve(preset('trendelenburg-right'), LEFT_STANCE).pelvis.obliquityDeg)).toBeLessThan(0.5);
  });

  it('trendelenburg-left mirrors trendelenburg-right', () => {
    const right = solve(preset('trendelenburg-right'), RIGHT_STANCE);
    const left = solve(preset('trendelenburg-left'), LEFT_STANCE);
    expect(left.pelvis.obliquityDeg).toBeCloseTo(-right.pelvis.obliquityDeg, 1);
    expect(l45(left).compressionN).toBeCloseTo(l45(right).compressionN, -1);
  });

  it('duchenne-right keeps the pelvis level and leans the trunk over the right leg', () => {
    const r = solve(preset('duchenne-right'), RIGHT_STANCE);
    expect(Math.abs(r.pelvis.obliquityDeg)).toBeLessThan(0.5);
    expect(r.trunk.lateralLeanDeg).toBeGreaterThan(3); // + = leans right
  });

  it('psoas-hypertonic raises L4/L5 compression in standing', () => {
    expect(l45(solve(preset('psoas-hypertonic'), { kind: 'standing' })).compressionN).toBeGreaterThan(1.3 * l45(healthyStanding).compressionN);
  });

  it('psoas-hypertonic raises the L4/L5 compression and the forward shear at L5/S1 in standing and in sitting (what its description asks to watch)', () => {
    const l51 = (x: TaskResult) => x.lumbar.levels.find((l) => l.level === 'L5/S1')!;
    for (const task of [{ kind: 'standing' }, { kind: 'sitting' }] as const) {
      const healthy = solve({}, task), r = solve(preset('psoas-hypertonic'), task);
      expect(l45(r).compressionN, task.kind).toBeGreaterThan(l45(healthy).compressionN);
      expect(l51(r).apShearN, task.kind).toBeGreaterThan(l51(healthy).apShearN);
      expect(l51(r).apShearN, task.kind).toBeGreaterThan(0);
    }
  });

  it('gluteal amnesia hands hip extension from the gluteus maximus to the hamstrings in trunk flexion', () => {
    const task: Task = { kind: 'trunk-flexion', angleDeg: 45 };
    const force = (r: TaskResult, group: string) => r.muscles.filter((m) => m.group === group).reduce((sum, m) => sum + m.forceN, 0);
    const healthy = solve({}, task);
    const amnesia = solve(preset('gluteal-amnesia'), task);
    expect(force(amnesia, 'gluteusMaximus')).toBeLessThan(force(healthy, 'gluteusMaximus'));
    expect(force(amnesia, 'hamstrings')).toBeGreaterThan(force(healthy, 'hamstrings'));
  });

  it('gluteus medius co-activation holds both gluteus medii above their healthy standing activation', () => {
    const activation = (r: TaskResult) => r.muscles.filter((m) => m.group === 'gluteusMedius').map((m) => m.activation);
    const r = solve(preset('gluteus-medius-coactivation'), { kind: 'standing' });
    for (const a of activation(r)) expect(a).toBeGreaterThanOrEqual(0.1 - 1e-9);
  });

  // the numbers the honesty notes state ("about …"), held to the model within a quarter either way, so a model
  // change that moves them fails here instead of leaving the text wrong
  const about = (value: number, stated: number) => {
    expect(value).toBeGreaterThan(stated * 0.75);
    expect(value).toBeLessThan(stated * 1.25);
  };

  it('the Trendelenburg presets drop the swing side by about 12° and load the right L4/L5 half about 0.07 more (their honesty notes)', () => {
    const right = solve(preset('trendelenburg-right'), RIGHT_STANCE);
    about(-right.pelvis.obliquityDeg, 12);
    about(l45(right).asymmetryIndex, 0.07);
    about(solve(preset('trendelenburg-left'), LEFT_STANCE).pelvis.obliquityDeg, 12);
  });

  it('duchenne-right leans the trunk about 12° (its honesty note)', () => {
    about(solve(preset('duchenne-right'), RIGHT_STANCE).trunk.lateralLeanDeg, 12);
  });

  it('psoas-hypertonic raises L4/L5 compression by about a third and tilts the pelvis about 2° forward (its honesty note)', () => {
    const r = solve(preset('psoas-hypertonic'), { kind: 'standing' });
    about(l45(r).compressionN / l45(healthyStanding).compressionN - 1, 1 / 3);
    about(r.pelvis.anteriorTiltDeg - healthyStanding.pelvis.anteriorTiltDeg, 2);
  });

  it('piriformis-syndrome turns the pelvis about 1.4° left in standing and carries about six times the force in sitting (its honesty note)', () => {
    about(solve(preset('piriformis-syndrome'), { kind: 'standing' }).pelvis.axialRotationDeg, 1.4);
    const force = (r: TaskResult) => r.muscles.filter((m) => m.group === 'piriformis' && m.side === 'right').reduce((sum, m) => sum + m.forceN, 0);
    about(force(solve(preset('piriformis-syndrome'), { kind: 'sitting' })) / force(solve({}, { kind: 'sitting' })), 6);
  });

  it('gluteus-medius co-activation tilts the pelvis about 1.5° backward and leaves L4/L5 compression within 1 % (its honesty note)', () => {
    const r = solve(preset('gluteus-medius-coactivation'), { kind: 'standing' });
    about(healthyStanding.pelvis.anteriorTiltDeg - r.pelvis.anteriorTiltDeg, 1.5);
    expect(Math.abs(l45(r).compressionN / l45(healthyStanding).compressionN - 1)).toBeLessThan(0.01);
  });

  it('piriformis-syndrome changes only the right side', () => {
    const changed = JSON.stringify(preset('piriformis-syndrome'));
    expect(changed).toContain('right');
    expect(changed).not.toContain('left');
  });
});
