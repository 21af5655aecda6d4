/**
 * Checks a merged parameter set against the field catalogue (fields.ts):
 * every object has exactly the catalogue's keys, every leaf is a finite
 * number within its field's range. These are the rules of the zod schema in
 * zod-schema.ts, applied without loading zod, which costs ~0.1 s of CLI
 * start-up (docs/performance.md, "CLI start-up"); check.test.ts holds the two
 * to the same verdicts on random input. Messages name the field, the range
 * and the value received.
 */
import { DEFAULT_PARAMS, type ModelParams } from './schema.ts';
import { ModelParamsError, describeReceived } from './errors.ts';
import { ALL_FIELDS } from './fields.ts';

const FIELD_BY_PATH = new Map(ALL_FIELDS.map((f) => [f.path, f]));

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Walks the catalogue's shape (the defaults) beside the input. Known keys
 * first, depth first, then keys the catalogue does not have: the order in
 * which zod reports issues, so the first error is the same either way.
 */
function checkNode(shape: Record<string, unknown>, node: Record<string, unknown>, path: string): void {
  for (const [key, expected] of Object.entries(shape)) {
    const full = join(path, key);
    const value = node[key];
    if (typeof expected === 'object' && expected !== null) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ModelParamsError(`${full} must be an object, got ${describeReceived(value)}`, full, value);
      }
      checkNode(expected as Record<string, unknown>, value as Record<string, unknown>, full);
      continue;
    }
    const field = FIELD_BY_PATH.get(full)!;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < field.min || value > field.max) {
      throw new ModelParamsError(`${full} must be a number within [${field.min}, ${field.max}] ${field.unit}, got ${describeReceived(value)}`, full, value);
    }
  }
  for (const key of Object.keys(node)) {
    if (Object.hasOwn(shape, key)) continue;
    const full = join(path, key);
    throw new ModelParamsError(`${full} is not a model parameter (known here: ${Object.keys(shape).join(', ')})`, full, node[key]);
  }
}

/** The merged input as a complete ModelParams, or a ModelParamsError for its first fault. */
export function checkParams(merged: unknown): ModelParams {
  if (typeof merged !== 'object' || merged === null || Array.isArray(merged)) {
    throw new ModelParamsError(`params must be an object, got ${describeReceived(merged)}`, 'params', merged);
  }
  checkNode(DEFAULT_PARAMS as unknown as Record<string, unknown>, merged as Record<string, unknown>, '');
  return merged as ModelParams;
}
