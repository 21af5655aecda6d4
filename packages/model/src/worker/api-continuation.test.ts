import { describe, expect, it, vi } from 'vitest';
import type { GaitContinuation, GaitOptions } from '../gait/simulate.ts';

// record the continuation each cycle is given (the real simulateGait still runs)
const given: (GaitContinuation | undefined)[] = [];
vi.mock('../gait/simulate.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../gait/simulate.ts')>();
  return {
    ...actual,
    simulateGait: (model: Parameters<typeof actual.simulateGait>[0], options: GaitOptions = {}) => {
      given.push(options.continuation);
      return actual.simulateGait(model, options);
    },
  };
});

const { createWorkerApi, CONTINUED_SERIES } = await import('./api.ts');
const { largestRelativeDifference } = await import('../gait/cycle-difference.test-support.ts');

const weakRight = (strength: number) => ({ muscles: { gluteusMedius: { right: { strength } } } });

describe('the worker API continues a named series of gait requests (GaitCallOptions.continueFrom)', () => {
  it('gives every request of one series the same continuation, another series its own, and a request without a name none', async () => {
    given.length = 0;
    const api = createWorkerApi();
    await api.simulateGait(weakRight(0.8), { continueFrom: 'main', framesPerCycle: 41 });
    await api.simulateGait(weakRight(0.79), { continueFrom: 'main', framesPerCycle: 41 });
    await api.simulateGait(weakRight(0.5), { continueFrom: 'compare', framesPerCycle: 41 });
    await api.simulateGait(weakRight(0.5), { framesPerCycle: 41 });
    await api.simulateGait(weakRight(0.79), { continueFrom: 'main', framesPerCycle: 21 });
    expect(given[0]).toBeDefined();
    expect(given[1]).toBe(given[0]);
    expect(given[2]).toBeDefined();
    expect(given[2]).not.toBe(given[0]);
    expect(given[3]).toBeUndefined();
    // another cycle length keeps its own, so switching lengths does not throw the other away
    expect(given[4]).not.toBe(given[0]);
  });

  it('keeps the continuations of the most recently used series only, so invented names cannot grow the worker', async () => {
    given.length = 0;
    const api = createWorkerApi();
    await api.simulateGait(weakRight(0.8), { continueFrom: 'main', framesPerCycle: 21 });
    for (let k = 0; k < CONTINUED_SERIES; k++) await api.simulateGait(weakRight(0.8), { continueFrom: `other ${k}`, framesPerCycle: 21 });
    // 'main' was the least recently used of CONTINUED_SERIES + 1 series: it starts again from nothing
    await api.simulateGait(weakRight(0.8), { continueFrom: 'main', framesPerCycle: 21 });
    expect(given.at(-1)).not.toBe(given[0]);
    // the most recent one is still kept
    await api.simulateGait(weakRight(0.8), { continueFrom: `other ${CONTINUED_SERIES - 1}`, framesPerCycle: 21 });
    expect(given.at(-1)).toBe(given[CONTINUED_SERIES]);
  });

  it('answers a continued request as a cold one, within a millionth of each series range', async () => {
    const api = createWorkerApi();
    await api.simulateGait(weakRight(0.8), { continueFrom: 'main', framesPerCycle: 41 });
    const continued = await api.simulateGait(weakRight(0.79), { continueFrom: 'main', framesPerCycle: 41 });
    const cold = await createWorkerApi().simulateGait(weakRight(0.79), { framesPerCycle: 41 });
    expect(largestRelativeDifference(continued, cold)).toBeLessThan(1e-6);
  });
});
