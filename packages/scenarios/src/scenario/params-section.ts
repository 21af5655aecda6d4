/**
 * The `params:` section: overrides on top of the preset. Keys are catalogue
 * paths, written flat (`muscles.gluteusMedius.right.strength: 0.4`), nested
 * (`muscles: { gluteusMedius: { right: { strength: 0.4 } } }`) or as a
 * pattern (`muscles.*.left.strength: 0.8`). Values are numbers or
 * expressions, which may read the parameters set above them.
 */
import type { FilePath } from './source.ts';
import { expandParameterKey, isPlainObject } from './param-paths.ts';
import { fieldIndex, nestVector } from './param-vector.ts';
import { checkInRange, fileError, readValue, type ValueContext } from './values.ts';

/** Applies the overrides to `base` (in place) and returns them, one per parameter, in the order written. */
export function readParamsSection(section: Record<string, unknown> | undefined, ctx: ValueContext, base: Float64Array) {
  const overrides = new Map<string, number>();
  const visit = (node: Record<string, unknown>, prefix: string, at: FilePath): void => {
    for (const [key, raw] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const here = [...at, key];
      if (isPlainObject(raw)) {
        visit(raw, path, here);
        continue;
      }
      const paths = expandParameterKey(ctx, here, path);
      const value = readValue(ctx, here, raw, () => nestVector(base));
      if (Array.isArray(value)) {
        throw fileError(ctx, here, `expected one number (lists of values belong in design.factors), got a list of ${value.length}`);
      }
      for (const p of paths) {
        checkInRange(ctx, here, p, value);
        base[fieldIndex(p)] = value;
        overrides.delete(p);
        overrides.set(p, value);
      }
    }
  };
  if (section) visit(section, '', ['params']);
  return [...overrides].map(([path, value]) => ({ path, value }));
}

