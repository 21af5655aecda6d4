import { describe, expect, it } from 'vitest';
import { compileModel, validateParams } from './compile.ts';
import { ModelParamsError } from './errors.ts';
import { DEFAULT_PARAMS, modelParamsSchema } from './schema.ts';
import { ALL_FIELDS, MUSCLE_FIELDS } from './fields.ts';

describe('parameters', () => {
  it('the defaults are the issue’s reference subject: 75 kg, 1.75 m, PI 53°, strategy 0.5, all muscles normal', () => {
    expect(DEFAULT_PARAMS.subject).toMatchObject({ massKg: 75, heightM: 1.75, pelvicIncidenceDeg: 53 });
    expect(DEFAULT_PARAMS.strategy.duchenne).toBe(0.5);
    for (const f of MUSCLE_FIELDS) expect(f.default).toBe(f.knob === 'strength' || f.knob === 'stiffness' ? 1 : 0);
    expect(modelParamsSchema.parse(DEFAULT_PARAMS)).toEqual(DEFAULT_PARAMS);
  });

  it('every field has a label, a unit, a range containing its default and a description', () => {
    for (const f of ALL_FIELDS) {
      expect(f.label.length).toBeGreaterThan(3);
      expect(f.unit.length).toBeGreaterThan(0);
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.min).toBeLessThanOrEqual(f.default);
      expect(f.max).toBeGreaterThanOrEqual(f.default);
    }
  });

  it('the knobs exist where the spec defines them and nowhere else', () => {
    const knobsOf = (g: string) => Object.keys(DEFAULT_PARAMS.muscles[g as keyof typeof DEFAULT_PARAMS.muscles].left).sort();
    expect(knobsOf('iliopsoas')).toEqual(['activationFloor', 'strength', 'tightness', 'tone']);
    expect(knobsOf('hamstrings')).toEqual(['activationFloor', 'strength', 'tightness', 'tone']);
    expect(knobsOf('piriformis')).toEqual(['activationFloor', 'stiffness', 'strength', 'tone']);
    expect(knobsOf('gluteusMedius')).toEqual(['activationFloor', 'coactivation', 'strength', 'tone']);
    expect(knobsOf('gluteusMaximus')).toEqual(['activationFloor', 'inhibition', 'onsetDelayMs', 'strength', 'tone']);
    expect(knobsOf('abdominals')).toEqual(['activationFloor', 'strength', 'tone']);
  });

  it('every knob says what each end of its range means', () => {
    for (const f of MUSCLE_FIELDS) {
      expect(f.ends?.min.length, f.path).toBeGreaterThan(5);
      expect(f.ends?.max.length, f.path).toBeGreaterThan(5);
    }
  });

  it('a partial object is deep-merged over the defaults', () => {
    const p = validateParams({ muscles: { gluteusMedius: { right: { strength: 0.4 } } } });
    expect(p.muscles.gluteusMedius.right.strength).toBe(0.4);
    expect(p.muscles.gluteusMedius.right.tone).toBe(0);
    expect(p.muscles.gluteusMedius.left.strength).toBe(1);
    expect(p.subject.massKg).toBe(75);
  });
});

describe('compileModel rejects bad input with the path, the range and the value', () => {
  const cases: [string, unknown, RegExp][] = [
    ['out of range', { muscles: { gluteusMedius: { right: { strength: 2 } } } }, /^muscles\.gluteusMedius\.right\.strength must be a number within \[0, 1\.5\] fraction, got 2$/],
    ['below range', { subject: { massKg: 10 } }, /^subject\.massKg must be a number within \[35, 150\] kg, got 10$/],
    ['NaN', { subject: { heightM: Number.NaN } }, /subject\.heightM must be a number within \[1\.4, 2\.1\] m, got NaN/],
    ['wrong type', { strategy: { duchenne: 'high' } }, /strategy\.duchenne must be a number within \[0, 1\] fraction, got "high"/],
    ['unknown knob', { muscles: { iliopsoas: { left: { stiffness: 2 } } } }, /muscles\.iliopsoas\.left\.stiffness is not a model parameter \(known here: strength, tone, activationFloor, tightness\)/],
    ['unknown group', { muscles: { deltoid: {} } }, /muscles\.deltoid is not a model parameter/],
    ['not an object', { subject: 5 }, /subject must be an object, got 5/],
    ['infinite', { muscles: { piriformis: { right: { stiffness: Infinity } } } }, /muscles\.piriformis\.right\.stiffness must be a number within \[1, 3\]/],
  ];
  it.each(cases)('%s', (_, params, message) => {
    let error: unknown;
    try {
      compileModel(params as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelParamsError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('compiled model', () => {
  it('is in SI units and read-only', () => {
    const m = compileModel({ subject: { pelvicIncidenceDeg: 60 } });
    expect(m.pelvicIncidenceRad).toBeCloseTo((60 * Math.PI) / 180, 12);
    expect(m.bodyWeightN).toBeCloseTo(75 * 9.80665, 9);
    expect(Object.isFrozen(m)).toBe(true);
  });

  it('scales segment masses with body mass and lengths with height', () => {
    const a = compileModel();
    const b = compileModel({ subject: { massKg: 90, heightM: 1.9 } });
    expect(b.geometry.totalMass).toBeCloseTo(90, 6);
    expect(b.geometry.hipR[2] / a.geometry.hipR[2]).toBeCloseTo(1.9 / 1.75, 9);
  });
});
