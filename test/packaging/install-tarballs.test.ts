/**
 * @lumbo/model and @lumbo/scenarios as a researcher gets them: `pnpm pack`
 * tarballs (prepack builds dist/), installed with plain `npm install <tarballs>`
 * into an empty folder. Third-party dependencies come from the npm registry
 * (or npm's cache: --prefer-offline); the Lumbo packages only from the tarballs.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** pnpm and vitest set npm_config_* variables; the consumer's npm must see a plain environment. */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|PNPM_|LUMBO_)/i.test(k) && k !== 'NODE_OPTIONS'));
}

function run(cmd: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: plainEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const work = mkdtempSync(join(tmpdir(), 'lumbo-packaging-'));
const packs = join(work, 'packs');
const consumer = join(work, 'consumer');
const tarballs: Record<string, string> = {};
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  mkdirSync(packs);
  mkdirSync(consumer);
  for (const pkg of ['model', 'scenarios']) {
    const packed = await run('pnpm', ['pack', '--pack-destination', packs], join(ROOT, 'packages', pkg));
    expect(packed.code, packed.stderr).toBe(0);
  }
  for (const file of readdirSync(packs)) tarballs[file.replace(/-\d+\.\d+\.\d+\.tgz$/, '')] = join(packs, file);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarballs['lumbo-model']!, tarballs['lumbo-scenarios']!], consumer);
  expect(installed.code, installed.stderr).toBe(0);
});

describe('the packed packages', () => {
  it('ship built JavaScript, declarations and the CLI, but no TypeScript sources, tests or workspace links', async () => {
    for (const tarball of Object.values(tarballs)) {
      const listed = await run('tar', ['tzf', tarball], work);
      const files = listed.stdout.split('\n').filter(Boolean);
      expect(files).toContain('package/dist/index.js');
      expect(files).toContain('package/dist/index.d.ts');
      expect(files).toContain('package/LICENSE');
      expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
      expect(files.filter((f) => /\.test\.|node_modules|\.build-stamp/.test(f))).toEqual([]);
    }
    expect(Object.keys(tarballs).sort()).toEqual(['lumbo-model', 'lumbo-scenarios']);
  });

  it('npx lumbo run --task standing prints the standing report from the installed package', async () => {
    const r = await run('npx', ['--no-install', 'lumbo', 'run', '--task', 'standing'], consumer);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Lumbo — standing/);
    expect(r.stdout).toMatch(/L4\/L5/);
  });

  it('plain Node ESM imports compileModel and solveTask, and a bad parameter is refused by name', async () => {
    writeFileSync(
      join(consumer, 'use.mjs'),
      `import { compileModel, solveTask, ModelParamsError } from '@lumbo/model';
const result = solveTask(compileModel({ muscles: { iliopsoas: { left: { tone: 0.2 }, right: { tone: 0.2 } } } }), { kind: 'standing' });
const healthy = solveTask(compileModel(), { kind: 'standing' });
let refused = '';
try { compileModel({ subject: { massKg: 10 } }); } catch (e) { refused = e instanceof ModelParamsError ? e.path : 'other error'; }
console.log(JSON.stringify({ tilt: result.pelvis.anteriorTiltDeg, healthyTilt: healthy.pelvis.anteriorTiltDeg, refused }));
`,
    );
    const r = await run(process.execPath, ['use.mjs'], consumer);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { tilt: number; healthyTilt: number; refused: string };
    // psoas tone tilts the pelvis forward (docs/model.md), whichever way the package is loaded
    expect(out.tilt).toBeGreaterThan(out.healthyTilt);
    expect(out.refused).toBe('subject.massKg');
  });

  it('a sweep over worker threads, with an expression, runs from the installed package', async () => {
    writeFileSync(
      join(consumer, 'sweep.yaml'),
      'lumbo: 1\ntasks: [standing]\ndesign:\n  type: grid\n  factors:\n    muscles.iliopsoas.right.tone: "linspace(0, 0.2, 3)"\n',
    );
    const r = await run(join(consumer, 'node_modules', '.bin', 'lumbo'), ['sweep', 'sweep.yaml', '--out', 'sweep.csv', '--workers', '2', '--progress', 'none'], consumer);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/done, 3 rows/);
  });

  for (const [module, moduleResolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ] as const) {
    it(`type-check in a TypeScript project (moduleResolution ${moduleResolution}), and a type error is caught`, async () => {
      const project = join(consumer, `ts-${moduleResolution}`);
      mkdirSync(project, { recursive: true });
      writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module, moduleResolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, include: ['*.ts'] }),
      );
      writeFileSync(
        join(project, 'good.ts'),
        `import { compileModel, solveTask, type TaskResult } from '@lumbo/model';
import { modelParamsSchema } from '@lumbo/model/params-schema';
import { parseScenario, runSweep } from '@lumbo/scenarios';
import { PRESETS } from '@lumbo/scenarios/presets';
const result: TaskResult = solveTask(compileModel({ subject: { massKg: 80 } }), { kind: 'standing' });
export const tiltDeg: number = result.pelvis.anteriorTiltDeg;
export const valid: boolean = modelParamsSchema.safeParse({}).success;
export { parseScenario, runSweep, PRESETS };
`,
      );
      // node_modules sits one folder up: resolution walks up to it, as in a monorepo
      const good = await run(TSC, ['-p', project], project);
      expect(good.stdout + good.stderr).toBe('');
      expect(good.code).toBe(0);
      writeFileSync(join(project, 'bad.ts'), `import { solveTask } from '@lumbo/model';\nexport const wrong: string = solveTask(undefined as never, { kind: 'standing' }).pelvis.anteriorTiltDeg;\n`);
      const bad = await run(TSC, ['-p', project], project);
      rmSync(join(project, 'bad.ts'));
      expect(bad.code).not.toBe(0);
      expect(bad.stdout).toMatch(/bad\.ts.*TS2322/);
    });
  }
});
