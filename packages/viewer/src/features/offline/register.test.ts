import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { afterFirstFrame } from './register.ts';

interface Startup {
  firstResultAtMs: number | null;
  firstFrameAtMs: number | null;
}

function harness() {
  const store = createStore<Startup>()(() => ({ firstResultAtMs: null, firstFrameAtMs: null }));
  const timers: { cb: () => void; ms: number }[] = [];
  let runs = 0;
  afterFirstFrame(store, () => runs++, 5000, (cb, ms) => timers.push({ cb, ms }));
  return { store, timers, runs: () => runs };
}

describe('the offline cache waits for the first drawn figure', () => {
  it('does nothing before the first frame, then runs once', () => {
    const h = harness();
    h.store.setState({ firstResultAtMs: 900 });
    expect(h.runs()).toBe(0);
    h.store.setState({ firstFrameAtMs: 1800 });
    expect(h.runs()).toBe(1);
    h.store.setState({ firstFrameAtMs: 1900 });
    h.timers.forEach((t) => t.cb());
    expect(h.runs()).toBe(1);
  });

  it('runs some seconds after the first result when no figure is ever drawn (no WebGL)', () => {
    const h = harness();
    h.store.setState({ firstResultAtMs: 900 });
    expect(h.timers.map((t) => t.ms)).toEqual([5000]);
    h.store.setState({ lastSeen: 1 } as Partial<Startup>);
    expect(h.timers.length).toBe(1);
    h.timers[0]!.cb();
    expect(h.runs()).toBe(1);
  });

  it('runs at once when the figure is already drawn', () => {
    const store = createStore<Startup>()(() => ({ firstResultAtMs: 900, firstFrameAtMs: 1800 }));
    let runs = 0;
    afterFirstFrame(store, () => runs++, 5000, () => undefined);
    expect(runs).toBe(1);
  });
});
