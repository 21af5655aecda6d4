#!/usr/bin/env node
// `pnpm build:packages`: JavaScript and declarations in dist/ for @lumbo/model
// and @lumbo/scenarios (what their packed tarballs ship, see publishConfig in
// each package.json), built with the pinned TypeScript (`tsc -p tsconfig.build.json`,
// which rewrites `./x.ts` specifiers to `./x.js`).
//
// Inside the workspace the packages stay source-first (exports name the .ts
// files, so vitest and Vite need no build). The built CLI is what makes
// `lumbo` start fast (docs/performance.md, "CLI start-up"), so this script
// also lets the workspace's dist/ run on its own:
//   - packages/scenarios/dist/node_modules/@lumbo/model is a small package
//     whose exports point at packages/model/dist (a link, never packed: pack
//     leaves node_modules folders out), so the built CLI never loads the
//     model's TypeScript;
//   - dist/.build-stamp records when the build ran; bin/lumbo.mjs runs the
//     source through tsx instead when a source file is newer (a stale build
//     never runs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = join(root, 'node_modules', '.bin', 'tsc');

function walk(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path);
  }
}

/**
 * Declarations keep the source's `./x.ts` specifiers (TypeScript rewrites them
 * in JavaScript only); a consumer's `tsc` resolves `./x.js` to `./x.d.ts`
 * under every module resolution, so rewrite the relative ones.
 */
function rewriteDeclarationSpecifiers(dist) {
  walk(dist, (path) => {
    if (!path.endsWith('.d.ts')) return;
    const text = readFileSync(path, 'utf8');
    const fixed = text.replace(/(from\s+|import\s*\(\s*|import\s+)(['"])(\.\.?\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
    if (fixed !== text) writeFileSync(path, fixed);
  });
}

function build(pkg, extra = () => undefined) {
  const dir = join(root, 'packages', pkg);
  const dist = join(dir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const r = spawnSync(tsc, ['-p', join(dir, 'tsconfig.build.json')], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-packages: tsc failed for packages/${pkg}`);
    process.exit(1);
  }
  rewriteDeclarationSpecifiers(dist);
  extra(dir, dist);
  writeFileSync(join(dist, '.build-stamp'), `${new Date().toISOString()}\n`);
  console.log(`built packages/${pkg}/dist`);
}

build('model', (dir, dist) => {
  // the worker boot file is plain JavaScript: tsc does not copy it
  copyFileSync(join(dir, 'src/worker/node-boot.mjs'), join(dist, 'worker/node-boot.mjs'));
});

build('scenarios', (dir, dist) => {
  const model = JSON.parse(readFileSync(join(root, 'packages/model/package.json'), 'utf8'));
  const link = join(dist, 'node_modules', '@lumbo', 'model');
  mkdirSync(link, { recursive: true });
  symlinkSync(relative(link, join(root, 'packages/model/dist')), join(link, 'dist'), 'dir');
  // the model as its tarball presents it: the packed manifest's exports
  const { exports, name, version, type } = { ...model, ...model.publishConfig };
  writeFileSync(join(link, 'package.json'), `${JSON.stringify({ name, version, type, private: true, exports }, null, 2)}\n`);
});
