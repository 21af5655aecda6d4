/**
 * A tiny least-recently-used cache of compiled models, keyed by the parameter
 * set's canonical JSON, so a worker that is asked many tasks for the same
 * subject compiles it once.
 */
import { compileModel, type CompiledModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` give the same key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface CompileCache {
  /** The compiled model for these parameters (compiles on a miss; throws ModelParamsError for bad input, caching nothing). */
  get(params: PartialModelParams): CompiledModel;
  readonly size: number;
}

export function createCompileCache(capacity = 8, compile: (p: PartialModelParams) => CompiledModel = compileModel): CompileCache {
  const entries = new Map<string, CompiledModel>();
  return {
    get(params) {
      const key = canonicalJson(params);
      const hit = entries.get(key);
      if (hit) {
        // re-insert so that Map order is least- to most-recently used
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const model = compile(params);
      entries.set(key, model);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return model;
    },
    get size() {
      return entries.size;
    },
  };
}
