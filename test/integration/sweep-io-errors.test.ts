/**
 * File-system failures through the real `lumbo` executable: a full disk, an
 * unwritable folder, a directory where the output should go. Each must give
 * one line naming the path and the cause, exit 3 (docs/sweeps.md, "Exit
 * codes"), and never a stack trace or "internal error".
 *
 * The full disk is a real one: a 64 KiB tmpfs, mounted in a private mount
 * namespace (`unshare -rm`, which works as root and, where user namespaces
 * are allowed, without root). The unwritable folder is real too: as root
 * (which ignores permission bits) the CLI runs as user `nobody`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LUMBO_BIN, REPO_ROOT, runLumbo, STACK_FRAME, type LumboRun } from './support/run-lumbo.ts';

const dir = mkdtempSync(join(tmpdir(), 'lumbo-io-'));
chmodSync(dir, 0o755);
const SWEEP = join(dir, 'sweep.yaml');
writeFileSync(
  SWEEP,
  `lumbo: 1
tasks: [standing]
outputs: [pelvis.anteriorTiltDeg, lumbar.levels.L4/L5.compressionN, lumbar.levels.L5/S1.compressionN]
design: { type: random, samples: 2000, seed: 2, factors: { muscles.iliopsoas.*.tone: [0, 0.2] } }
`,
);
const WORK_MS = 600_000; // a few seconds of work on a quiet machine

const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;
const isRoot = process.getuid?.() === 0;
const nobodyCanRun = isRoot && spawnSync(process.execPath, ['-e', '0'], { uid: 65534, gid: 65534 }).status === 0;

function run(command: string, args: string[], options: { uid?: number; gid?: number } = {}): Promise<LumboRun> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: REPO_ROOT, env: { ...process.env, LUMBO_DEBUG: '' }, ...options }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function expectIoLine(result: LumboRun, pattern: RegExp): void {
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.code, result.stderr).toBe(3);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe.concurrent('I/O failures are one line with the path and the cause, exit 3', () => {
  it.skipIf(!canUnshare)('a full disk (ENOSPC) names the file that could not be written', async () => {
    const full = join(dir, 'full');
    mkdirSync(full);
    const out = join(full, 'results.csv');
    const script = `mount -t tmpfs -o size=64k tmpfs "$1" && exec "$2" "$3" sweep "$4" --out "$5" --workers 0 --progress none`;
    const result = await run('unshare', ['-rm', 'sh', '-c', script, 'sh', full, process.execPath, LUMBO_BIN, SWEEP, out]);
    expectIoLine(result, new RegExp(`^lumbo: cannot [a-z ]+ ${full.replace(/[/.]/g, '\\$&')}/results\\.csv[.\\w-]*: no space left on device \\(ENOSPC\\)$`));
  }, WORK_MS);

  it.skipIf(isRoot && !nobodyCanRun)('an unwritable folder (EACCES) names the path and says permission denied', async () => {
    const locked = join(dir, 'read-only');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const out = join(locked, 'results.csv');
    const result = await run(process.execPath, [LUMBO_BIN, 'sweep', SWEEP, '--out', out, '--workers', '0', '--progress', 'none'], isRoot ? { uid: 65534, gid: 65534 } : {});
    expectIoLine(result, new RegExp(`^lumbo: cannot [a-z ]+ ${out.replace(/[/.]/g, '\\$&')}[.\\w-]*: permission denied \\(EACCES\\)$`));
  }, WORK_MS);

  it('an existing directory as --out, even with --force, is refused as EISDIR naming it', async () => {
    const out = join(dir, 'a-folder.csv');
    mkdirSync(out);
    const result = await runLumbo(['sweep', SWEEP, '--out', out, '--force', '--workers', '0', '--progress', 'none']);
    expectIoLine(result, new RegExp(`^lumbo: cannot write ${out.replace(/[/.]/g, '\\$&')}: it is a directory \\(EISDIR\\)`));
  }, WORK_MS);
});
