import { ModelParamsError, describeReceived } from './errors.ts';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep copy of plain parameter data (objects, arrays, numbers, strings): what structuredClone gives for it, without its cost. */
function clonePlain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clonePlain);
  if (typeof v !== 'object' || v === null) return v;
  if (Object.getPrototypeOf(v) !== Object.prototype) return structuredClone(v);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = clonePlain((v as Record<string, unknown>)[k]);
  return out;
}

/**
 * Deep-merges a partial parameter object over a complete one. Keys the base
 * does not have are kept, so the schema can report them as unknown fields.
 * The result shares nothing with either input's objects.
 */
export function deepMerge(base: unknown, patch: unknown, path = ''): unknown {
  if (patch === undefined) return clonePlain(base);
  if (isPlainObject(base)) {
    if (!isPlainObject(patch)) {
      throw new ModelParamsError(
        `${path || 'params'} must be an object, got ${describeReceived(patch)}`,
        path || 'params',
        patch,
      );
    }
    const out: Record<string, unknown> = {};
    // base keys in base order (patched ones merged), then the patch's extra keys in patch order
    for (const k of Object.keys(base)) {
      out[k] = Object.hasOwn(patch, k) ? deepMerge(base[k], patch[k], path ? `${path}.${k}` : k) : clonePlain(base[k]);
    }
    for (const [k, v] of Object.entries(patch)) {
      if (Object.hasOwn(base, k)) continue;
      out[k] = k in base ? deepMerge(base[k], v, path ? `${path}.${k}` : k) : v;
    }
    return out;
  }
  return patch;
}
