#!/usr/bin/env node
// Runs every check the project has, in the order CI needs them, and ends with
// one line `tests: N passed, N failed` summed over all suites (toolchain.md
// pitfall 10). A failed step that is not a test (typecheck, build) counts as one
// failure; a suite that ran zero tests also counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'artifacts', 'test-reports');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) {
    console.log(`--- ${label}: ok`);
  } else {
    console.log(`--- ${label}: FAILED`);
    failed += 1;
  }
}

function suite(label, configArgs) {
  const report = join(outDir, `${label}.json`);
  const ok = run(label, 'pnpm', ['exec', 'vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    console.log(`--- ${label}: no report written (runner crashed)`);
    failed += 1;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const p = json.numPassedTests ?? 0;
  let f = json.numFailedTests ?? 0;
  if (!ok && f === 0) f = 1; // the runner failed outside any test (e.g. a suite failed to load)
  if (p + f === 0) {
    console.log(`--- ${label}: ran no test`);
    f = 1;
  }
  passed += p;
  failed += f;
  console.log(`--- ${label}: ${p} passed, ${f} failed`);
}

step('typecheck', 'pnpm', ['typecheck']);
// the CLI runs its built JavaScript when dist/ is fresh (bin/lumbo.mjs): build it first so the
// integration suites exercise what users run; a source newer than the build falls back to tsx
step('build packages', 'pnpm', ['build:packages']);
suite('unit-integration-validation', []);
// pack the packages and install the tarballs with plain npm into an empty folder
suite('packaging', ['--config', 'test/packaging/vitest.packaging.config.ts']);
// a one-node Slurm cluster on this machine runs the repository's array script (needs root; installs
// slurm-wlm and munge with apt-get when missing): a failure to install or start it is a counted failure
suite('slurm', ['--config', 'test/slurm/vitest.slurm.config.ts']);
step('build viewer', 'pnpm', ['build']);
if (existsSync('/usr/bin/chromium') || process.env.LUMBO_CHROMIUM) {
  suite('e2e', ['--config', 'test/e2e/vitest.e2e.config.ts']);
} else {
  console.log('--- e2e: Chromium not found at /usr/bin/chromium (run scripts/ensure-chromium.sh): counted as a failure');
  failed += 1;
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
