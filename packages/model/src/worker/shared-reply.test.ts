import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel, solveTask } from '../index.ts';
import { createWorkerApi } from './api.ts';
import { createSharedReplyBuffer, readSharedReply, sharedRepliesAvailable, waitForSharedReply, writeSharedReply } from './shared-reply.ts';

/** `value` with every −0 made +0: JSON writes −0 as 0 (the two compare equal; a shared reply does not keep the sign of zero). */
function zerosUnsigned(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (Array.isArray(value)) return value.map(zerosUnsigned);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, zerosUnsigned(v)]));
  return value;
}

describe('shared replies', () => {
  it('are available in Node (shared memory and Atomics.waitAsync), as in a cross-origin-isolated page', () => {
    expect(sharedRepliesAvailable()).toBe(true);
  });

  it('carry a standing answer as a structured clone would, up to the sign of zero', () => {
    const result = solveTask(compileModel({ muscles: { iliopsoas: { right: { tone: 1 } } } }), { kind: 'standing' });
    const buffer = createSharedReplyBuffer();
    expect(writeSharedReply(buffer, 7, result)).toBe(true);
    expect(readSharedReply(buffer, 7)).toEqual(zerosUnsigned(structuredClone(result)));
  });

  it('carry any plain JSON data unchanged (property)', () => {
    const buffer = createSharedReplyBuffer(1 << 16);
    let ticket = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        ticket += 1;
        const plain = zerosUnsigned(value);
        expect(writeSharedReply(buffer, ticket, plain)).toBe(true);
        expect(readSharedReply(buffer, ticket)).toEqual(plain);
      }),
    );
  });

  it('refuse what JSON would not carry exactly, writing nothing: the answer then goes by message', () => {
    const buffer = createSharedReplyBuffer();
    expect(writeSharedReply(buffer, 1, { a: 1 })).toBe(true);
    for (const value of [{ a: Number.NaN }, { a: Number.POSITIVE_INFINITY }, { a: undefined }, { a: new Float64Array(2) }, { a: [1, new Map()] }]) {
      expect(writeSharedReply(buffer, 2, value)).toBe(false);
    }
    expect(readSharedReply(buffer, 1)).toEqual({ a: 1 });
    expect(readSharedReply(buffer, 2)).toBeUndefined();
  });

  it('refuse an answer larger than the buffer', () => {
    const buffer = createSharedReplyBuffer(16);
    expect(writeSharedReply(buffer, 1, { text: 'more than sixteen bytes' })).toBe(false);
    expect(readSharedReply(buffer, 1)).toBeUndefined();
  });

  it('wake a waiter when its ticket rings, and tell an older waiter that a later ticket rang instead', async () => {
    const buffer = createSharedReplyBuffer();
    const mine = waitForSharedReply(buffer, 3, 5_000);
    const older = waitForSharedReply(buffer, 2, 5_000);
    setTimeout(() => writeSharedReply(buffer, 3, { ok: true }), 5);
    await expect(mine).resolves.toBe(true);
    await expect(older).resolves.toBe(false);
    expect(readSharedReply(buffer, 3)).toEqual({ ok: true });
  });

  it('give up a wait after its timeout', async () => {
    await expect(waitForSharedReply(createSharedReplyBuffer(), 1, 20)).resolves.toBe(false);
  });
});

describe('createWorkerApi().solveShared', () => {
  it('writes the answer into the shared buffer and says so, once given a buffer', async () => {
    const api = createWorkerApi();
    const buffer = createSharedReplyBuffer();
    await api.useSharedReplies(buffer);
    const reply = await api.solveShared({ subject: { massKg: 82 } }, { kind: 'standing' }, 11);
    expect(reply).toEqual({ shared: true });
    const direct = solveTask(compileModel({ subject: { massKg: 82 } }), { kind: 'standing' });
    expect(readSharedReply(buffer, 11)).toEqual(zerosUnsigned(structuredClone(direct)));
  });

  it('answers in the reply, like solve, before it has a buffer or when the answer does not fit', async () => {
    const api = createWorkerApi();
    const first = await api.solveShared({}, { kind: 'standing' }, 1);
    expect(first.shared).toBe(false);
    await api.useSharedReplies(createSharedReplyBuffer(64));
    const small = await api.solveShared({}, { kind: 'standing' }, 2);
    expect(small.shared).toBe(false);
    if (!small.shared) expect(small.result.lumbar.levels).toHaveLength(5);
  });

  it('rejects bad input like solve', async () => {
    const api = createWorkerApi();
    await api.useSharedReplies(createSharedReplyBuffer());
    await expect(api.solveShared({ subject: { massKg: 500 } }, { kind: 'standing' }, 1)).rejects.toThrow(/massKg/);
  });
});
