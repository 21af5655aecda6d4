/**
 * What the `lumbo` command loads (issue 13, start-up): mathjs only for a file
 * with an expression, zod not for `run`, and neither the Parquet writer nor
 * the progress bar for commands that do not write Parquet or draw a bar.
 * Checked by listing the modules a real process loads
 * (support/trace-modules.mjs), never by timing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LUMBO_BIN, REPO_ROOT } from './support/run-lumbo.ts';

const TRACE_HOOK = fileURLToPath(new URL('./support/trace-modules.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lumbo-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let traces = 0;
/** Runs lumbo with the module trace and returns the package names it loaded (`mathjs`, `zod`, `@lumbo/…` as paths). */
function loadedBy(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string; modules: string[] }> {
  const out = join(dir, `trace-${traces++}.txt`);
  writeFileSync(out, '');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', TRACE_HOOK, LUMBO_BIN, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, LUMBO_TRACE_MODULES: out, LUMBO_DEBUG: '', ...env } },
      (error, _stdout, stderr) => {
        const modules = readFileSync(out, 'utf8').split('\n').filter(Boolean);
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr, modules });
      },
    );
  });
}

const uses = (modules: string[], pkg: string) => modules.some((m) => m.includes(`/node_modules/${pkg}/`));

const PLAIN = join(dir, 'plain.yaml');
writeFileSync(PLAIN, 'lumbo: 1\ntasks: [standing]\ndesign:\n  type: grid\n  factors:\n    muscles.gluteusMedius.right.strength: [0.4, 0.7, 1.0]\n');
const WITH_EXPRESSION = join(dir, 'expression.yaml');
writeFileSync(WITH_EXPRESSION, 'lumbo: 1\ntasks: [standing]\ndesign:\n  type: grid\n  factors:\n    muscles.gluteusMedius.right.strength: "linspace(0.4, 1, 3)"\n');

describe.concurrent('lumbo loads heavy modules only when a command needs them', () => {
  it('validating a file without expressions does not load mathjs', async () => {
    const run = await loadedBy(['validate', PLAIN]);
    expect(run.code, run.stderr).toBe(0);
    expect(uses(run.modules, 'yaml')).toBe(true); // the trace sees what the command does load
    expect(uses(run.modules, 'mathjs')).toBe(false);
  });

  it('validating a file with an expression does load mathjs', async () => {
    const run = await loadedBy(['validate', WITH_EXPRESSION]);
    expect(run.code, run.stderr).toBe(0);
    expect(uses(run.modules, 'mathjs')).toBe(true);
  });

  it('run --task standing loads neither zod, mathjs, the YAML parser, the Parquet writer nor the progress bar', async () => {
    const run = await loadedBy(['run', '--task', 'standing']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.modules.some((m) => m.includes('/packages/model/'))).toBe(true);
    for (const pkg of ['zod', 'mathjs', 'yaml', 'hyparquet-writer', 'cli-progress']) expect(uses(run.modules, pkg), pkg).toBe(false);
  });

  it('run --task standing from the build loads the CLI and the model as a few bundled files (scripts/build-packages.mjs)', async () => {
    const run = await loadedBy(['run', '--task', 'standing'], { LUMBO_DEBUG_STARTUP: '1' });
    expect(run.code, run.stderr).toBe(0);
    const lumbo = [...new Set(run.modules.filter((m) => /\/packages\/(model|scenarios)\//.test(m)))];
    if (/lumbo: running dist/.test(run.stderr)) {
      // built: no source file, and ~20 chunks where the per-module build loaded ~120 files
      expect(lumbo.filter((m) => !/\/dist\/|\/bin\/lumbo\.mjs$/.test(m))).toEqual([]);
      expect(lumbo.length).toBeLessThanOrEqual(30);
    } else {
      // no build, or a source newer than it: the TypeScript sources run (through tsx)
      expect(run.stderr).toMatch(/lumbo: running source/);
      expect(lumbo.some((m) => m.endsWith('/packages/model/src/index.ts'))).toBe(true);
    }
  });

  it('a CSV sweep without a terminal loads neither the Parquet writer nor the progress bar', async () => {
    const run = await loadedBy(['sweep', PLAIN, '--out', join(dir, 'plain.csv'), '--workers', '0', '--progress', 'lines']);
    expect(run.code, run.stderr).toBe(0);
    expect(uses(run.modules, 'hyparquet-writer')).toBe(false);
    expect(uses(run.modules, 'cli-progress')).toBe(false);
  });

  it('a Parquet sweep loads the Parquet writer', async () => {
    const run = await loadedBy(['sweep', PLAIN, '--out', join(dir, 'plain.parquet'), '--workers', '0', '--progress', 'none']);
    expect(run.code, run.stderr).toBe(0);
    expect(uses(run.modules, 'hyparquet-writer')).toBe(true);
  });
});
