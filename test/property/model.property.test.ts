/**
 * Property tests over whole input ranges (fast-check, seeded). Any valid
 * parameter set gives finite outputs, non-negative compression and PI = PT + SS;
 * any out-of-range value gives ModelParamsError.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_FIELDS, ModelParamsError, compileModel, solveTask, type Task } from '@lumbo/model';

const SEED = Number(process.env.LUMBO_SEED ?? 20261123);
const TASKS: Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'left' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 45 },
  { kind: 'sitting' },
];

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = target;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  cur[keys[keys.length - 1]!] = value;
}

/** A random valid parameter set: every field drawn from its own range. */
const validParams = fc
  .tuple(...ALL_FIELDS.map((f) => fc.double({ min: f.min, max: f.max, noNaN: true })))
  .map((values) => {
    const p: Record<string, unknown> = {};
    ALL_FIELDS.forEach((f, i) => setPath(p, f.path, values[i]));
    return p;
  });

function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (value && typeof value === 'object') return Object.values(value).every(finiteEverywhere);
  return true;
}

describe(`model properties (seed ${SEED})`, () => {
  it('any valid parameter set gives finite outputs, non-negative compression and PI = PT + SS in every task', () => {
    fc.assert(
      fc.property(validParams, fc.constantFrom(...TASKS), (params, task) => {
        const r = solveTask(compileModel(params), task);
        expect(finiteEverywhere(r)).toBe(true);
        for (const l of r.lumbar.levels) {
          expect(l.leftCompressionN).toBeGreaterThanOrEqual(0);
          expect(l.rightCompressionN).toBeGreaterThanOrEqual(0);
          expect(l.intradiscalPressureMPa).toBeGreaterThanOrEqual(0);
        }
        expect(Math.abs(r.pelvis.pelvicIncidenceDeg - r.pelvis.pelvicTiltDeg - r.pelvis.sacralSlopeDeg)).toBeLessThan(0.1);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('any value outside a field’s range, or not a finite number, gives ModelParamsError naming that field', () => {
    const bad = fc.oneof(fc.constant(Number.NaN), fc.constant(Infinity), fc.constant('1'), fc.constant(null), fc.double({ min: 1e3, max: 1e6 }));
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FIELDS), bad, fc.boolean(), (field, value, negate) => {
        const v = typeof value === 'number' && Number.isFinite(value) && negate ? -value : value;
        const p: Record<string, unknown> = {};
        setPath(p, field.path, v);
        let error: unknown;
        try {
          compileModel(p);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ModelParamsError);
        expect((error as ModelParamsError).path).toBe(field.path);
        expect((error as Error).message).toContain(field.path);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
