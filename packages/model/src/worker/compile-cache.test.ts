import { describe, expect, it } from 'vitest';
import type { CompiledModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { canonicalJson, createCompileCache } from './compile-cache.ts';

/** A stand-in compiler that counts its calls (the cache's behaviour does not depend on the model). */
function countingCompiler() {
  const calls: PartialModelParams[] = [];
  const compile = (p: PartialModelParams) => {
    calls.push(p);
    return { params: p } as unknown as CompiledModel;
  };
  return { calls, compile };
}

describe('canonicalJson', () => {
  it('gives the same key whatever the key order', () => {
    expect(canonicalJson({ subject: { massKg: 80, heightM: 1.8 }, strategy: { duchenne: 0 } })).toBe(
      canonicalJson({ strategy: { duchenne: 0 }, subject: { heightM: 1.8, massKg: 80 } }),
    );
  });

  it('keeps array order', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});

describe('createCompileCache', () => {
  it('compiles the same parameters once and reuses the model', () => {
    const { calls, compile } = countingCompiler();
    const cache = createCompileCache(4, compile);
    const first = cache.get({ subject: { massKg: 80 } });
    const second = cache.get({ subject: { massKg: 80 } });
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('compiles different parameters separately', () => {
    const { calls, compile } = countingCompiler();
    const cache = createCompileCache(4, compile);
    cache.get({ subject: { massKg: 80 } });
    cache.get({ subject: { massKg: 81 } });
    expect(calls).toHaveLength(2);
  });

  it('evicts the least recently used entry when full', () => {
    const { calls, compile } = countingCompiler();
    const cache = createCompileCache(2, compile);
    const a = { subject: { massKg: 60 } };
    const b = { subject: { massKg: 70 } };
    const c = { subject: { massKg: 90 } };
    cache.get(a);
    cache.get(b);
    cache.get(a); // a is now the most recent
    cache.get(c); // evicts b
    expect(cache.size).toBe(2);
    cache.get(a);
    expect(calls).toHaveLength(3);
    cache.get(b);
    expect(calls).toHaveLength(4);
  });

  it('caches nothing when compiling throws', () => {
    const cache = createCompileCache(2, () => {
      throw new Error('bad');
    });
    expect(() => cache.get({})).toThrow('bad');
    expect(cache.size).toBe(0);
  });
});
