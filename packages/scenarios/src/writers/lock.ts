/**
 * One writer per output: `lumbo sweep` holds `<out>.lock` (created with
 * O_EXCL, holding host, pid and start time) while it writes the journal and
 * the output. A second run on the same `--out` is refused with a message
 * naming the holder. A lock left by a process that died without cleaning up
 * (SIGKILL, a crashed node) is stale: on the same host, a dead pid means the
 * lock is taken over; a lock from another host is refused with how to
 * remove it, since its process cannot be checked from here.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { errnoCode, io } from './io-error.ts';
import { SweepLockedError } from './lock-error.ts';

export { SweepLockedError };

interface LockInfo {
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
}

export function lockPathOf(out: string): string {
  return `${out}.lock`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM'; // exists, owned by someone else
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? (info as LockInfo) : undefined;
  } catch {
    return undefined; // vanished, or torn while being written
  }
}

const FRESH_LOCK_MS = 10_000;

function statMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Takes the lock for `out`; returns the function that releases it. */
export function acquireLock(out: string): () => void {
  const path = lockPathOf(out);
  const me: LockInfo = { host: hostname(), pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      let held = true;
      return () => {
        if (held) rmSync(path, { force: true });
        held = false;
      };
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') return io('create the lock file', path, () => { throw error; });
    }
    const holder = readLock(path);
    if (holder && holder.host !== me.host) {
      throw new SweepLockedError(
        path,
        `${out} is locked by process ${holder.pid} on ${holder.host} (since ${holder.startedAt}); if that run is gone, remove ${path} and try again`,
      );
    }
    if (holder && alive(holder.pid)) {
      throw new SweepLockedError(path, `${out} is being written by another lumbo run (process ${holder.pid}, since ${holder.startedAt}); wait for it, or choose another --out`);
    }
    // an unreadable lock may be one another run has just created and not yet filled: give it time
    if (!holder && Date.now() - (statMs(path) ?? 0) < FRESH_LOCK_MS) {
      throw new SweepLockedError(path, `${out} is being locked by another lumbo run right now (${path}); wait for it, or choose another --out`);
    }
    // stale (its process is dead) or unreadable and old: take it over
    io('remove the stale lock', path, () => rmSync(path, { force: true }));
  }
  throw new SweepLockedError(path, `could not take the lock ${path}: another run keeps taking it`);
}
