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

  it('feasible is false exactly when a reserve above 1 N·m (× body size) was needed, and converged results balance', () => {
    fc.assert(
      fc.property(validParams, fc.constantFrom(...TASKS), (params, task) => {
        const model = compileModel(params);
        const r = solveTask(model, task);
        const scale = (model.geometry.massScale * model.geometry.lengthScale);
        const worst = r.reserves.reduce((a, x) => Math.max(a, Math.abs(x.momentNm)), 0);
        if (r.feasible) expect(worst).toBeLessThanOrEqual(1 * scale + 1e-9);
        else expect(worst).toBeGreaterThan(0.5 * scale);
        if (!r.feasible) expect(r.warnings.join(' ')).toMatch(/reserve/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('a one-sided parameter set and its mirror give mirrored answers', () => {
    const sideKnobs = ALL_FIELDS.filter((f) => f.path.startsWith('muscles.') && f.path.includes('.right.'));
    const oneSided = fc
      .tuple(...sideKnobs.map((f) => fc.double({ min: f.min, max: f.max, noNaN: true })))
      .map((values) => values.map((v, i) => [sideKnobs[i]!.path, v] as const));
    fc.assert(
      fc.property(oneSided, (pairs) => {
        const right: Record<string, unknown> = {};
        const left: Record<string, unknown> = {};
        for (const [path, v] of pairs) {
          setPath(right, path, v);
          setPath(left, path.replace('.right.', '.left.'), v);
        }
        const a = solveTask(compileModel(right), { kind: 'standing' });
        const b = solveTask(compileModel(left), { kind: 'standing' });
        const tol = (x: number) => 1e-6 * Math.max(1, Math.abs(x));
        expect(Math.abs(a.pelvis.obliquityDeg + b.pelvis.obliquityDeg)).toBeLessThan(tol(a.pelvis.obliquityDeg));
        expect(Math.abs(a.pelvis.axialRotationDeg + b.pelvis.axialRotationDeg)).toBeLessThan(tol(a.pelvis.axialRotationDeg));
        a.lumbar.levels.forEach((l, k) => {
          const m = b.lumbar.levels[k]!;
          expect(Math.abs(l.lateralBendDeg + m.lateralBendDeg)).toBeLessThan(tol(l.lateralBendDeg));
          expect(Math.abs(l.leftCompressionN - m.rightCompressionN)).toBeLessThan(tol(l.leftCompressionN) * 10);
        });
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('a small step of any one knob moves the standing posture by at most 1° and L4/L5 compression by at most 10 % of body weight (continuity)', () => {
    // the bound is documented in docs/model.md §5.1: 1 % of a knob's range never jumps the answer
    const muscleFields = ALL_FIELDS.filter((f) => f.path.startsWith('muscles.') && !f.path.endsWith('onsetDelayMs'));
    fc.assert(
      fc.property(fc.constantFrom(...muscleFields), fc.double({ min: 0, max: 0.99, noNaN: true }), (field, u) => {
        const v0 = field.min + u * (field.max - field.min);
        const v1 = v0 + 0.01 * (field.max - field.min);
        const p0: Record<string, unknown> = {};
        const p1: Record<string, unknown> = {};
        setPath(p0, field.path, v0);
        setPath(p1, field.path, v1);
        const a = solveTask(compileModel(p0), { kind: 'standing' });
        const b = solveTask(compileModel(p1), { kind: 'standing' });
        if (!a.converged || !b.converged) return;
        expect(Math.abs(a.pelvis.anteriorTiltDeg - b.pelvis.anteriorTiltDeg)).toBeLessThan(1);
        expect(Math.abs(a.pelvis.obliquityDeg - b.pelvis.obliquityDeg)).toBeLessThan(1);
        expect(Math.abs(a.pelvis.axialRotationDeg - b.pelvis.axialRotationDeg)).toBeLessThan(1);
        a.lumbar.levels.forEach((l, k) => {
          const m = b.lumbar.levels[k]!;
          expect(Math.abs(l.lateralBendDeg - m.lateralBendDeg)).toBeLessThan(1);
          expect(Math.abs(l.axialRotationDeg - m.axialRotationDeg)).toBeLessThan(1);
        });
        expect(Math.abs(a.lumbar.levels[3]!.compressionN - b.lumbar.levels[3]!.compressionN)).toBeLessThan(0.1 * a.bodyWeightN);
      }),
      { seed: SEED, numRuns: 60 },
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
