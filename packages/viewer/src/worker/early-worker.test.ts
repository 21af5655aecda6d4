import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeModelWorker } from './early-worker.ts';

class FakeWorker {
  static made = 0;
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.made++;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  globalThis.__lumboModelWorker = undefined;
  FakeWorker.made = 0;
});

describe('the model worker the page started', () => {
  it('is handed over once; the next connection (a restart) starts a fresh worker', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const early = new FakeWorker('/assets/model.worker-x.js') as unknown as Worker;
    globalThis.__lumboModelWorker = early;
    expect(takeModelWorker()).toBe(early);
    expect(globalThis.__lumboModelWorker).toBeUndefined();
    const fresh = takeModelWorker() as unknown as FakeWorker;
    expect(fresh).not.toBe(early);
    expect(FakeWorker.made).toBe(2);
    expect(fresh.options).toEqual({ type: 'module', name: 'lumbo-model' });
  });

  it('is started by the first connection when the page did not start one (the development server)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const w = takeModelWorker() as unknown as FakeWorker;
    expect(w).toBeInstanceOf(FakeWorker);
    expect(String(w.url)).toMatch(/model\.worker\.ts$/);
  });
});
