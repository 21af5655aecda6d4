#!/usr/bin/env node
/**
 * CLI start-up, measured as a ratio to Node itself: spawns `node -e 0` and
 * `lumbo <args>` alternately (so both see the same machine load), `--runs`
 * times each, and reports median and p90 wall times and the ratio of medians.
 *
 *   node packages/scenarios/bench/cli-startup.mjs [--runs 30] [--json] [-- run --task standing]
 *
 * Target (issue 13): `lumbo run --task standing` ≤ 2.5 × `node -e 0` (≈ 300 ms on a
 * 2-core VM). It measures whatever bin/lumbo.mjs runs: the built dist/ when
 * it is present and fresh (`pnpm build:packages`), else the sources through
 * tsx; the report says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 3) throw new Error(`--runs expects an integer ≥ 3, got ${values.runs}`);
const lumboArgs = positionals.length ? positionals : ['run', '--task', 'standing'];
const bin = new URL('../bin/lumbo.mjs', import.meta.url).pathname;

function wallMs(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LUMBO_DEBUG_STARTUP: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { ms, stderr: String(r.stderr) };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

// one warm-up of each (file system cache), not counted
wallMs(['-e', '0']);
const { stderr } = wallMs([bin, ...lumboArgs]);
const mode = /lumbo: running (\S+)/.exec(stderr)?.[1] ?? 'unknown';

const node = [];
const lumbo = [];
for (let i = 0; i < runs; i++) {
  node.push(wallMs(['-e', '0']).ms);
  lumbo.push(wallMs([bin, ...lumboArgs]).ms);
}
const r = {
  command: `lumbo ${lumboArgs.join(' ')}`,
  runs,
  mode,
  nodeMedianMs: quantile(node, 0.5),
  nodeP90Ms: quantile(node, 0.9),
  lumboMedianMs: quantile(lumbo, 0.5),
  lumboP90Ms: quantile(lumbo, 0.9),
};
r.ratio = r.lumboMedianMs / r.nodeMedianMs;
const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, loadavg1: loadavg()[0] };

if (values.json) {
  console.log(JSON.stringify({ ...r, ...machine }, null, 2));
} else {
  const f = (ms) => `${ms.toFixed(0).padStart(4)} ms`;
  console.log(`CLI start-up: ${runs} alternating spawns each; ${machine.cores} cores (${machine.cpu ?? '?'}), Node ${machine.node}, load ${machine.loadavg1.toFixed(2)}`);
  console.log(`  node -e 0                      median ${f(r.nodeMedianMs)}   p90 ${f(r.nodeP90Ms)}`);
  console.log(`  ${r.command.padEnd(30)} median ${f(r.lumboMedianMs)}   p90 ${f(r.lumboP90Ms)}   (${mode})`);
  console.log(`  ratio of medians ${r.ratio.toFixed(2)}× (target ≤ 2.5×)${existsSync(new URL('../dist/cli/main.js', import.meta.url)) ? '' : '   — no dist/: run pnpm build:packages'}`);
}
