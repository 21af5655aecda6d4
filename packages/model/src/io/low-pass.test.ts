import { describe, expect, it } from 'vitest';
import { butterworth2, filtfilt } from './low-pass.ts';

const RATE_HZ = 600;
const sine = (hz: number, n: number) => Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * hz * i) / RATE_HZ));
const rms = (x: ArrayLike<number>, from: number, to: number) => {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! ** 2;
  return Math.sqrt(s / (to - from));
};

describe('the zero-lag 6 Hz Butterworth low-pass of force-plate data', () => {
  const lp = butterworth2(6, RATE_HZ);

  it('passes a constant unchanged (unit gain at 0 Hz, no start-up transient)', () => {
    const y = filtfilt(lp, new Float64Array(300).fill(700));
    for (const v of y) expect(v).toBeCloseTo(700, 9);
  });

  it('keeps a 1 Hz component and its timing: no lag, less than 1 % loss', () => {
    const x = sine(1, 1800);
    const y = filtfilt(lp, x);
    // away from the ends: amplitude kept, and the peak where the input's is
    expect(rms(y, 300, 1500) / rms(x, 300, 1500)).toBeGreaterThan(0.99);
    let worst = 0;
    for (let i = 300; i < 1500; i++) worst = Math.max(worst, Math.abs(y[i]! - x[i]!));
    expect(worst).toBeLessThan(0.01);
  });

  it('halves the cut-off frequency (−6 dB for the forward–backward cascade) and removes 60 Hz noise', () => {
    const at6 = filtfilt(lp, sine(6, 3000));
    expect(rms(at6, 600, 2400) / rms(sine(6, 3000), 600, 2400)).toBeCloseTo(0.5, 2);
    const at60 = filtfilt(lp, sine(60, 3000));
    expect(rms(at60, 600, 2400)).toBeLessThan(1e-3);
  });

  it('refuses a cut-off at or above the Nyquist frequency, naming the range', () => {
    expect(() => butterworth2(300, RATE_HZ)).toThrow(/within \(0, 300\) Hz/);
    expect(() => butterworth2(0, RATE_HZ)).toThrow(/got 0/);
  });
});
