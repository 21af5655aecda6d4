import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLastingFlag } from './use-lasting-flag.ts';

describe('a lasting flag (the outputs say "updating" only for a wait a person notices)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function flag(afterMs = 150) {
    const heard: boolean[] = [];
    return { machine: createLastingFlag(afterMs, (v) => heard.push(v)), heard };
  }

  it('stays off when the input is on for less than the wait (a slider step answered at once)', () => {
    const { machine, heard } = flag();
    machine.set(true);
    vi.advanceTimersByTime(149);
    machine.set(false);
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual([]);
  });

  it('turns on once the input has stayed on for the wait, and off as soon as it goes off', () => {
    const { machine, heard } = flag();
    machine.set(true);
    vi.advanceTimersByTime(150);
    expect(heard).toEqual([true]);
    machine.set(false);
    expect(heard).toEqual([true, false]);
  });

  it('counts the wait from when the input first went on, however often it is set on again', () => {
    const { machine, heard } = flag();
    machine.set(true);
    vi.advanceTimersByTime(100);
    machine.set(true);
    vi.advanceTimersByTime(50);
    expect(heard).toEqual([true]);
  });

  it('hears nothing after it is disposed', () => {
    const { machine, heard } = flag();
    machine.set(true);
    machine.dispose();
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual([]);
  });
});
