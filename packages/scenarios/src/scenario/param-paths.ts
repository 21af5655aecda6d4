/** A parameter key as written in a file (exact path or `*` pattern) → catalogue paths, or a clear error. */
import { matchPattern, isPattern } from './glob.ts';
import { FIELD_PATHS, fieldSpec } from './param-vector.ts';
import type { FilePath } from './source.ts';
import { fileError, unknownParameter, type ValueContext } from './values.ts';

export function expandParameterKey(ctx: ValueContext, at: FilePath, key: string): string[] {
  if (isPattern(key)) {
    const paths = matchPattern(key, FIELD_PATHS);
    if (paths.length === 0) throw fileError(ctx, at, `the pattern "${key}" matches no model parameter (all paths: lumbo params)`);
    return paths;
  }
  if (!fieldSpec(key)) throw fileError(ctx, at, unknownParameter(key));
  return [key];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
