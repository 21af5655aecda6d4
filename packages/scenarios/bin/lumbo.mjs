#!/usr/bin/env node
// The `lumbo` command. Runs the built JavaScript in ../dist when it is there
// and up to date (an installed package, or a workspace after
// `pnpm build:packages`): start-up is then Node plus the modules a command
// needs. Otherwise (a workspace without a build, or a source file edited
// since the build) it registers tsx and runs the TypeScript sources, which is
// slower to start (~0.6 s more) but needs no build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 keeps V8's compiled code for the modules on disk between runs (a no-op when the
// cache directory cannot be written); Node 20 has no such cache and starts without it
module.enableCompileCache?.();

const here = new URL('.', import.meta.url);
const distMain = new URL('../dist/cli/main.js', here);
const stamp = new URL('../dist/.build-stamp', here);
const sources = [new URL('../src/', here), new URL('../../model/src/', here)];

/**
 * Newest modification time (ms) of the files under `dir` that the build reads (0 when it does
 * not exist): tests (`*.test.ts`) are left out, as the build leaves them out, so editing one does
 * not send the CLI back to the slow sources.
 */
function newestMtimeMs(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return newest;
}

/**
 * dist/ runs in an installed package (no src/ beside it), and in the workspace
 * when no source (this package's or the model's) is newer than the build.
 */
function useDist() {
  if (process.env.LUMBO_FROM_SOURCE === '1' || !existsSync(distMain)) return false;
  if (!existsSync(sources[0])) return true;
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return sources.every((dir) => newestMtimeMs(dir) <= built);
}

try {
  let main;
  const dist = useDist();
  // the start-up bench (bench/cli-startup.mjs) reports which of the two ran
  if (process.env.LUMBO_DEBUG_STARTUP) process.stderr.write(`lumbo: running ${dist ? 'dist' : 'source'}\n`);
  if (dist) {
    ({ main } = await import(distMain.href));
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import(new URL('../src/cli/main.ts', here).href));
  }
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // only a failure to load the CLI itself lands here; main() reports everything else
  process.stderr.write(`lumbo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.LUMBO_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 1;
}
