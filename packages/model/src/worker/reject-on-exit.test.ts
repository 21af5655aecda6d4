import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { rejectOnExit } from './reject-on-exit.ts';

interface Api {
  answer(): Promise<number>;
  never(): Promise<number>;
}

function fakeRemote(): Remote<Api> {
  return { answer: async () => 42, never: () => new Promise<number>(() => undefined) } as unknown as Remote<Api>;
}

describe('rejectOnExit', () => {
  it('passes results through while the worker lives', async () => {
    const api = rejectOnExit(fakeRemote(), new Promise<never>(() => undefined));
    await expect(api.answer()).resolves.toBe(42);
  });

  it('rejects a pending call when the worker dies', async () => {
    let die: (e: Error) => void = () => undefined;
    const died = new Promise<never>((_resolve, reject) => (die = reject));
    const api = rejectOnExit(fakeRemote(), died);
    const pending = api.never();
    die(new Error('model worker exited unexpectedly with code 1'));
    await expect(pending).rejects.toThrow('exited unexpectedly');
  });
});
