#!/usr/bin/env node
// `pnpm build:packages`: JavaScript and declarations in dist/ for @lumbo/model
// and @lumbo/scenarios (what their packed tarballs ship, see publishConfig in
// each package.json).
//   - declarations: the pinned TypeScript (`tsc -p tsconfig.build.json
//     --emitDeclarationOnly`), one .d.ts per source file;
//   - JavaScript: esbuild bundles each entry point (the package's exports, the
//     CLI, the worker entries) with code splitting: each entry is one file and
//     code shared between entries (or loaded by a dynamic import) one chunk in
//     dist/chunks/. `lumbo run` then loads a handful of files instead of ~120
//     modules (docs/performance.md, "CLI start-up"); the commands' dynamic
//     imports stay dynamic (chunks), and third-party packages stay external
//     (loaded from node_modules, only when a command imports them).
//
// Inside the workspace the packages stay source-first (exports name the .ts
// files, so vitest and Vite need no build). The built CLI is what makes
// `lumbo` start fast, so this script also lets the workspace's dist/ run on
// its own:
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
import { build as esbuild } from 'esbuild';

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

/** Source of each JavaScript file the packed manifest's exports name (`./dist/x.js` → `src/x.ts`). */
function exportedEntries(manifest) {
  const targets = Object.values(manifest.publishConfig.exports).map((t) => (typeof t === 'string' ? t : t.default));
  return targets.filter((t) => t.endsWith('.js')).map((t) => t.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
}

/** The file of dist/ whose text contains `marker` (exactly one, else the build fails). */
function fileDefining(dist, marker) {
  const found = [];
  walk(dist, (path) => {
    if (path.endsWith('.js') && readFileSync(path, 'utf8').includes(marker)) found.push(relative(dist, path));
  });
  if (found.length !== 1) fail(`expected one file in ${dist} to contain ${marker}, found ${found.length}: ${found.join(', ')}`);
  return found[0];
}

function fail(message) {
  console.error(`build-packages: ${message}`);
  process.exit(1);
}

/** esbuild's `external` for a package: every dependency (and its subpaths) except those bundled in. */
function externalDependencies(manifest, bundled) {
  return Object.keys(manifest.dependencies ?? {})
    .filter((name) => !bundled.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
}

/**
 * Two of Node's built-in modules are slow to import as ES modules at start-up (~5–10 ms each on
 * the 2-core VM, docs/performance.md "CLI start-up"): `node:process`, whose ES facade reads every
 * property of `process` (lazy getters included), and `node:child_process`, compiled with its
 * internals on first load. The bundled dependencies (commander) import both; they get the global
 * `process` (the same object) and a `child_process` that loads on first use (commander spawns
 * only for executable subcommands, which lumbo does not have). Lumbo's own code is left as it is.
 */
const SHIMS = {
  'node:process': 'export default globalThis.process;\n',
  'node:child_process': [
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    "export default new Proxy({}, { get: (_target, key) => require('node:child_process')[key] });",
    '',
  ].join('\n'),
};
const bundledBuiltinShims = (bundled) => ({
  name: 'bundled-builtin-shims',
  setup(build) {
    const inBundled = new RegExp(`/node_modules/(${bundled.join('|')})/`);
    build.onResolve({ filter: /^node:(process|child_process)$/ }, (args) => (inBundled.test(args.importer) ? { path: args.path, namespace: 'shim' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'shim' }, (args) => ({ contents: SHIMS[args.path], loader: 'js' }));
  },
});

async function build(pkg, { entries, bundled = [], extra = () => undefined }) {
  const dir = join(root, 'packages', pkg);
  const dist = join(dir, 'dist');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  rmSync(dist, { recursive: true, force: true });
  const r = spawnSync(tsc, ['-p', join(dir, 'tsconfig.build.json'), '--emitDeclarationOnly'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) fail(`tsc failed for packages/${pkg}`);
  rewriteDeclarationSpecifiers(dist);
  const result = await esbuild({
    absWorkingDir: dir,
    entryPoints: [...exportedEntries(manifest), ...entries],
    outdir: 'dist',
    outbase: 'src',
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // dependencies (and @lumbo/model for the scenarios) load from node_modules, as declared,
    // except the few bundled in (see the scenarios' build below)
    external: externalDependencies(manifest, bundled),
    plugins: bundled.length ? [bundledBuiltinShims(bundled)] : [],
    // error classes keep their names (error.name, messages) when two modules declare the same one
    keepNames: true,
    logLevel: 'warning',
  });
  if (result.errors.length) fail(`esbuild failed for packages/${pkg}`);
  // what is bundled in ships with its licence
  for (const name of bundled) {
    mkdirSync(join(dist, 'licenses'), { recursive: true });
    copyFileSync(join(dir, 'node_modules', name, 'LICENSE'), join(dist, 'licenses', `${name}.LICENSE`));
  }
  extra(dir, dist);
  writeFileSync(join(dist, '.build-stamp'), `${new Date().toISOString()}\n`);
  console.log(`built packages/${pkg}/dist`);
}

await build('model', {
  entries: ['src/worker/node-expose.ts'],
  extra(dir, dist) {
    // the worker boot file is plain JavaScript, loaded by URL: copied as it is
    copyFileSync(join(dir, 'src/worker/node-boot.mjs'), join(dist, 'worker/node-boot.mjs'));
    // createNodeModelWorker finds node-boot.mjs and node-expose.js beside its own file
    const owner = fileDefining(dist, 'function createNodeModelWorker(');
    if (owner !== 'worker/index.js') fail(`createNodeModelWorker landed in dist/${owner}, not dist/worker/index.js`);
  },
});

await build('scenarios', {
  // the CLI (bin/lumbo.mjs) and the sweep worker's entry (loaded by URL)
  entries: ['src/cli/main.ts', 'src/sweep/worker/expose.ts'],
  // every command parses its arguments with commander: its 7 ES modules, resolved, read and linked
  // one by one, and the two built-ins above took 24–54 ms to import on the loaded VM
  // (docs/performance.md, "CLI start-up"). Bundled in (MIT, its licence in dist/licenses/), and
  // still a declared dependency: the declarations name its types
  bundled: ['commander'],
  extra(dir, dist) {
    // createSweepWorker finds the worker entry at ../sweep/worker/expose.js from a chunk
    const owner = fileDefining(dist, 'function createSweepWorker(');
    if (!owner.startsWith('chunks/')) fail(`createSweepWorker landed in dist/${owner}, not in dist/chunks/`);
    const model = JSON.parse(readFileSync(join(root, 'packages/model/package.json'), 'utf8'));
    const link = join(dist, 'node_modules', '@lumbo', 'model');
    mkdirSync(link, { recursive: true });
    symlinkSync(relative(link, join(root, 'packages/model/dist')), join(link, 'dist'), 'dir');
    // the model as its tarball presents it: the packed manifest's exports
    const { exports, name, version, type } = { ...model, ...model.publishConfig };
    writeFileSync(join(link, 'package.json'), `${JSON.stringify({ name, version, type, private: true, exports }, null, 2)}\n`);
  },
});
