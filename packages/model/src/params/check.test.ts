import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkParams } from './check.ts';
import { ModelParamsError } from './errors.ts';
import { ALL_FIELDS } from './fields.ts';
import { deepMerge } from './merge.ts';
import { DEFAULT_PARAMS } from './schema.ts';
import { modelParamsSchema } from './zod-schema.ts';

/** A partial parameter object: some catalogue fields set to anything, sometimes an unknown key beside them. */
const leafValue = fc.oneof(
  fc.double({ min: -200, max: 300, noNaN: false }),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 0, 1, 1.5, 3),
  fc.constantFrom('0.5', null, true, [], {}, undefined),
);
const partialParams = fc
  .record({
    fields: fc.array(fc.tuple(fc.constantFrom(...ALL_FIELDS.map((f) => f.path)), leafValue), { maxLength: 6 }),
    unknown: fc.option(fc.tuple(fc.constantFrom('', 'subject', 'muscles', 'muscles.iliopsoas.left', 'muscles.gluteusMedius'), fc.constantFrom('stiffness', 'deltoid', 'extra')), { nil: undefined }),
  })
  .map(({ fields, unknown }) => {
    const out: Record<string, unknown> = {};
    const set = (path: string, value: unknown) => {
      const keys = path.split('.');
      let node = out;
      for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
      node[keys.at(-1)!] = value;
    };
    for (const [path, value] of fields) set(path, value);
    if (unknown) set(unknown[0] ? `${unknown[0]}.${unknown[1]}` : unknown[1], 1);
    return out;
  });

describe('the catalogue check', () => {
  it('accepts and rejects exactly what the zod schema does, and returns the same parameters', () => {
    fc.assert(
      fc.property(partialParams, (partial) => {
        const merged = deepMerge(DEFAULT_PARAMS, partial);
        const zod = modelParamsSchema.safeParse(structuredClone(merged));
        let ours: unknown;
        let error: unknown;
        try {
          ours = checkParams(merged);
        } catch (e) {
          error = e;
        }
        expect(error === undefined).toBe(zod.success);
        if (zod.success) expect(ours).toEqual(zod.data);
        else {
          expect(error).toBeInstanceOf(ModelParamsError);
          // the first fault is the one zod lists first
          expect((error as ModelParamsError).path.startsWith(zod.error.issues[0]!.path.map(String).join('.'))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    // ~0.7 s on an idle machine; CI's two cores are shared, so the bound is far above the work
  }, 120_000);

  it('names the field, the range and the value', () => {
    const merged = deepMerge(DEFAULT_PARAMS, { muscles: { tensorFasciaeLatae: { left: { tone: 1.01 } } } });
    expect(() => checkParams(merged)).toThrow(/^muscles\.tensorFasciaeLatae\.left\.tone must be a number within \[0, 1\] fraction, got 1\.01$/);
  });
});
