import { describe, expect, it } from 'vitest';
import type { TaskResult } from '@lumbo/model';
import { captureIo } from './capture-io.ts';
import { main } from './main.ts';

describe('main (in process)', () => {
  it('prints the TaskResult as JSON and returns 0', async () => {
    const io = captureIo();
    expect(await main(['run', '--task', 'trunk-flexion', '--angle', '20', '--format', 'json'], io)).toBe(0);
    const result = JSON.parse(io.stdout()) as TaskResult;
    expect(result.task).toEqual({ kind: 'trunk-flexion', angleDeg: 20 });
    expect(io.stderr()).toBe('');
  });

  it('prints a table by default', async () => {
    const io = captureIo();
    expect(await main(['run', '--task', 'sitting'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^Lumbo — sitting/);
  });

  it('returns 2 and writes one line for bad input', async () => {
    const io = captureIo();
    expect(await main(['run', '--task', 'single-leg-stance'], io)).toBe(2);
    expect(io.stdout()).toBe('');
    expect(io.stderr().trimEnd().split('\n')).toHaveLength(1);
  });

  it('returns 0 for --help', async () => {
    const io = captureIo();
    expect(await main(['run', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Tasks:');
  });
});
