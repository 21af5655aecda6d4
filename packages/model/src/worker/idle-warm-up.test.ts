import { describe, expect, it } from 'vitest';
import { createIdleWarmUp } from './idle-warm-up.ts';
import { modelWarmUpSteps } from './warm-up-steps.ts';
import { createWorkerApi } from './api.ts';

/** A hand-driven clock and timer queue: `advance(ms)` fires what falls due, in order. */
function fakeTime() {
  let t = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => t,
    setTimer: (run: () => void, ms: number) => {
      timers.set(++nextId, { at: t + ms, run });
      return nextId;
    },
    clearTimer: (handle: unknown) => void timers.delete(handle as number),
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        t = due[1].at;
        due[1].run();
      }
      t = end;
    },
    pending: () => timers.size,
  };
}

function recorder(count: number) {
  const ran: number[] = [];
  return { ran, steps: Array.from({ length: count }, (_, k) => () => void ran.push(k)) };
}

describe('the idle warm-up', () => {
  it('does nothing before the first request, however long the worker waits', () => {
    const time = fakeTime();
    const { ran, steps } = recorder(3);
    createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100, ...time });
    time.advance(60_000);
    expect(ran).toEqual([]);
  });

  it('starts once the worker has been quiet for idleMs after a request, then runs one step per gap', () => {
    const time = fakeTime();
    const { ran, steps } = recorder(3);
    const warm = createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100, ...time });
    warm.activity();
    warm.activity();
    time.advance(1999);
    expect(ran).toEqual([]);
    time.advance(1);
    expect(ran).toEqual([0]);
    time.advance(100);
    expect(ran).toEqual([0, 1]);
    time.advance(100);
    expect(ran).toEqual([0, 1, 2]);
    expect(warm.done).toBe(3);
  });

  it('lets a request that comes between steps go first and waits for quiet again before the next step', () => {
    const time = fakeTime();
    const { ran, steps } = recorder(3);
    const warm = createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100, ...time });
    warm.activity();
    time.advance(2000);
    expect(ran).toEqual([0]);
    time.advance(50);
    warm.activity(); // a request starts and ends within the gap
    warm.activity();
    time.advance(1999);
    expect(ran).toEqual([0]);
    time.advance(1);
    expect(ran).toEqual([0, 1]);
  });

  it('keeps postponing while requests keep coming (a student moving a slider)', () => {
    const time = fakeTime();
    const { ran, steps } = recorder(2);
    const warm = createIdleWarmUp(steps, { idleMs: 2000, gapMs: 100, ...time });
    for (let k = 0; k < 100; k++) {
      warm.activity();
      time.advance(300);
    }
    expect(ran).toEqual([]);
    time.advance(1700);
    expect(ran).toEqual([0]);
  });

  it('stops for good after its last step: no timer is left and later quiet runs nothing', () => {
    const time = fakeTime();
    const { ran, steps } = recorder(2);
    const warm = createIdleWarmUp(steps, { idleMs: 10, gapMs: 5, ...time });
    warm.activity();
    time.advance(1000);
    expect(ran).toEqual([0, 1]);
    expect(time.pending()).toBe(0);
    warm.activity();
    time.advance(1000);
    expect(ran).toEqual([0, 1]);
  });

  it('goes on after a step that throws', () => {
    const time = fakeTime();
    const ran: number[] = [];
    const warm = createIdleWarmUp([() => { throw new Error('boom'); }, () => void ran.push(1)], { idleMs: 10, gapMs: 5, ...time });
    warm.activity();
    time.advance(100);
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
  it('answers requests exactly as one that does not', async () => {
    const time = fakeTime();
    const warming = createWorkerApi({ warmUpWhenIdle: { idleMs: 10, gapMs: 1, ...time } });
    const plain = createWorkerApi();
    const a = await warming.solve({}, { kind: 'standing' });
    time.advance(100); // every warm-up step runs between the two requests
    expect(time.pending()).toBe(0);
    const b = await warming.solve({ muscles: { iliopsoas: { right: { tone: 1 } } } }, { kind: 'standing' });
    expect(a).toEqual(await plain.solve({}, { kind: 'standing' }));
    expect(b).toEqual(await plain.solve({ muscles: { iliopsoas: { right: { tone: 1 } } } }, { kind: 'standing' }));
  }, 120_000);
});
