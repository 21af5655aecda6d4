import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleWarmUp } from './idle-warm-up.ts';
import { modelWarmUpSteps } from './warm-up-steps.ts';
import { createWorkerApi } from './api.ts';

function recorder(count: number) {
  const ran: number[] = [];
  return { ran, steps: Array.from({ length: count }, (_, k) => () => void ran.push(k)) };
}

describe('the idle warm-up', () => {
  // vitest's fake clock drives setTimeout and performance.now
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing before the first request, however long the worker waits', () => {
    const { ran, steps } = recorder(3);
    createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100 });
    vi.advanceTimersByTime(60_000);
    expect(ran).toEqual([]);
  });

  it('starts once the worker has been quiet for idleMs after a request, then runs one step per gap', () => {
    const { ran, steps } = recorder(3);
    const warm = createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100 });
    warm.activity();
    warm.activity();
    vi.advanceTimersByTime(1999);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([0]);
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([0, 1]);
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([0, 1, 2]);
    expect(warm.done).toBe(3);
  });

  it('lets a request that comes between steps go first and waits for quiet again before the next step', () => {
    const { ran, steps } = recorder(3);
    const warm = createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100 });
    warm.activity();
    vi.advanceTimersByTime(2000);
    expect(ran).toEqual([0]);
    vi.advanceTimersByTime(50);
    warm.activity(); // a request starts and ends within the gap
    warm.activity();
    vi.advanceTimersByTime(1999);
    expect(ran).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([0, 1]);
  });

  it('keeps postponing while requests keep coming (a student moving a slider)', () => {
    const { ran, steps } = recorder(2);
    const warm = createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100 });
    for (let k = 0; k < 100; k++) {
      warm.activity();
      vi.advanceTimersByTime(300);
    }
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1700);
    expect(ran).toEqual([0]);
  });

  it('stops for good after its last step: no timer is left and later quiet runs nothing', () => {
    const { ran, steps } = recorder(2);
    const warm = createIdleWarmUp(steps, { idleMs: 10, gapMs: 5 });
    warm.activity();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([0, 1]);
    expect(vi.getTimerCount()).toBe(0);
    warm.activity();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([0, 1]);
  });

  it('goes on after a step that throws', () => {
    const ran: number[] = [];
    const warm = createIdleWarmUp([() => { throw new Error('boom'); }, () => void ran.push(1)], { idleMs: 10, gapMs: 5 });
    warm.activity();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([1]);
    expect(warm.done).toBe(2);
  });
});

describe('the model warm-up steps', () => {
  it('are real solves of every static task but standing and of gait cycles, each completing without error', () => {
    const steps = modelWarmUpSteps();
    expect(steps.length).toBe(11);
    for (const step of steps) expect(() => step()).not.toThrow();
  }, 120_000);
});

describe('a worker API that warms up when idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers requests exactly as one that does not', async () => {
    const warming = createWorkerApi({ warmUpWhenIdle: { idleMs: 10, gapMs: 1 } });
    const plain = createWorkerApi();
    const a = await warming.solve({}, { kind: 'standing' });
    vi.advanceTimersByTime(100); // every warm-up step runs between the two requests
    expect(vi.getTimerCount()).toBe(0);
    const b = await warming.solve({ muscles: { iliopsoas: { right: { tone: 1 } } } }, { kind: 'standing' });
    expect(a).toEqual(await plain.solve({}, { kind: 'standing' }));
    expect(b).toEqual(await plain.solve({ muscles: { iliopsoas: { right: { tone: 1 } } } }, { kind: 'standing' }));
  }, 120_000);
});
