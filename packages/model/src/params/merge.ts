import { ModelParamsError, describeReceived } from './errors.ts';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deep-merges a partial parameter object over a complete one. Keys the base
 * does not have are kept, so the schema can report them as unknown fields.
 */
export function deepMerge(base: unknown, patch: unknown, path = ''): unknown {
  if (patch === undefined) return structuredClone(base);
  if (isPlainObject(base)) {
    if (!isPlainObject(patch)) {
      throw new ModelParamsError(
        `${path || 'params'} must be an object, got ${describeReceived(patch)}`,
        path || 'params',
        patch,
      );
    }
    const out: Record<string, unknown> = structuredClone(base);
    for (const [k, v] of Object.entries(patch)) {
      out[k] = k in base ? deepMerge(base[k], v, path ? `${path}.${k}` : k) : v;
    }
    return out;
  }
  return patch;
}
