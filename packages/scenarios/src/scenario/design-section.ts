/**
 * The `design:` section → a DesignSpec with concrete numbers. Grid and
 * one-at-a-time factors take a list of values (a number, a list, or an
 * expression such as `linspace(0.2, 1, 9)`); random and Latin-hypercube
 * factors take a range `{ min, max }` or `[min, max]`, defaulting to the
 * parameter's whole catalogue range. `*` patterns make one factor per match.
 */
import type { DesignSection } from './schema.ts';
import type { DesignSpec, ListFactor, RangeFactor } from './types.ts';
import type { FilePath } from './source.ts';
import { describeValue } from './errors.ts';
import { expandParameterKey, isPlainObject } from './param-paths.ts';
import { fieldSpec, nestVector } from './param-vector.ts';
import { checkInRange, fileError, readValue, type ValueContext } from './values.ts';

function readList(ctx: ValueContext, at: FilePath, path: string, raw: unknown, base: Float64Array): number[] {
  const value = readValue(ctx, at, raw, () => nestVector(base));
  const values = Array.isArray(value) ? value : [value];
  values.forEach((v, i) => checkInRange(ctx, at, path, v, values.length > 1 ? `every value (item ${i} is ${v})` : 'a value'));
  return values;
}

function readBound(ctx: ValueContext, at: FilePath, path: string, raw: unknown, fallback: number, base: Float64Array): number {
  if (raw === undefined) return fallback;
  const value = readValue(ctx, at, raw, () => nestVector(base));
  if (Array.isArray(value)) throw fileError(ctx, at, `expected one number, got a list of ${value.length}`);
  return checkInRange(ctx, at, path, value);
}

function readRange(ctx: ValueContext, at: FilePath, path: string, raw: unknown, base: Float64Array): { min: number; max: number } {
  const spec = fieldSpec(path);
  if (!spec) throw new Error(`not a parameter: ${path}`);
  let bounds: { min?: unknown; max?: unknown };
  if (Array.isArray(raw) && raw.length === 2) bounds = { min: raw[0], max: raw[1] };
  else if (isPlainObject(raw) && Object.keys(raw).every((k) => k === 'min' || k === 'max')) bounds = raw;
  else throw fileError(ctx, at, `expected a range { min, max } or [min, max] (either bound may be left out of the map form), got ${describeValue(raw)}`);
  const min = readBound(ctx, Array.isArray(raw) ? [...at, 0] : [...at, 'min'], path, bounds.min, spec.min, base);
  const max = readBound(ctx, Array.isArray(raw) ? [...at, 1] : [...at, 'max'], path, bounds.max, spec.max, base);
  if (min > max) throw fileError(ctx, at, `expected min ≤ max, got min ${min} and max ${max}`);
  return { min, max };
}

export function readDesignSection(section: DesignSection | undefined, ctx: ValueContext, base: Float64Array): DesignSpec | undefined {
  if (!section) return undefined;
  const at: FilePath = ['design', 'factors'];
  const entries = Object.entries(section.factors);
  if (entries.length === 0) throw fileError(ctx, at, 'expected at least one factor (parameter path → values), got none');
  const seen = new Set<string>();
  const expand = (key: string) =>
    expandParameterKey(ctx, [...at, key], key).map((path) => {
      if (seen.has(path)) throw fileError(ctx, [...at, key], `${path} is already a factor (listed twice, or matched by two patterns)`);
      seen.add(path);
      return path;
    });
  if (section.type === 'grid' || section.type === 'one-at-a-time') {
    const factors: ListFactor[] = entries.flatMap(([key, raw]) =>
      expand(key).map((path) => ({ path, filePath: [...at, key], values: readList(ctx, [...at, key], path, raw, base) })),
    );
    return { type: section.type, factors };
  }
  const factors: RangeFactor[] = entries.flatMap(([key, raw]) =>
    expand(key).map((path) => ({ path, filePath: [...at, key], ...readRange(ctx, [...at, key], path, raw, base) })),
  );
  return { type: section.type, samples: section.samples, seed: section.seed, factors };
}
