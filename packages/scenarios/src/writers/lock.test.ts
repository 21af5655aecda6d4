import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockPathOf, SweepLockedError } from './lock.ts';

const outIn = () => join(mkdtempSync(join(tmpdir(), 'lumbo-lock-')), 'results.csv');

/** The pid of a process that has exited (so it is certainly not running). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the output lock', () => {
  it('refuses a second writer while the first holds it, naming its pid, and frees the output on release', () => {
    const out = outIn();
    const release = acquireLock(out);
    expect(existsSync(lockPathOf(out))).toBe(true);
    expect(() => acquireLock(out)).toThrow(SweepLockedError);
    expect(() => acquireLock(out)).toThrow(new RegExp(`being written by another lumbo run \\(process ${process.pid}`));
    release();
    expect(existsSync(lockPathOf(out))).toBe(false);
    acquireLock(out)();
  });

  it('takes over a stale lock whose process on this host is dead', () => {
    const out = outIn();
    writeFileSync(lockPathOf(out), JSON.stringify({ host: hostname(), pid: deadPid(), startedAt: '2026-01-01T00:00:00Z' }));
    const release = acquireLock(out);
    expect(JSON.parse(readFileSync(lockPathOf(out), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('refuses a lock from another host (its process cannot be checked from here), saying how to remove it', () => {
    const out = outIn();
    writeFileSync(lockPathOf(out), JSON.stringify({ host: 'node-17', pid: 4242, startedAt: '2026-01-01T00:00:00Z' }));
    expect(() => acquireLock(out)).toThrow(/locked by process 4242 on node-17.*remove .*results\.csv\.lock/);
  });
});
