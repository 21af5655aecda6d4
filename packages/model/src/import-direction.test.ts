/**
 * The model's folders import in one direction (docs/architecture.md):
 * data, params, result (contracts and constants) ← geometry ← mechanics ← engine ← tasks | gait,
 * with io (pure file formats) at the bottom and worker/ and index.ts on top. Tests may reach
 * anywhere; source files may not import a higher layer or a sibling on the top layer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = dirname(new URL(import.meta.url).pathname);
const LAYER: Record<string, number> = {
  data: 0, params: 0, result: 0, io: 0, 'conventions.ts': 0,
  geometry: 1,
  mechanics: 2,
  engine: 3,
  tasks: 4, gait: 4,
  worker: 5, 'index.ts': 4.5,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts)$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const topOf = (path: string) => relative(SRC, path).split('/')[0]!;

describe('model import direction', () => {
  it('every source file imports only its own layer or lower (tasks and gait never import each other)', () => {
    const violations: string[] = [];
    for (const file of sources(SRC)) {
      const from = topOf(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const to = topOf(resolve(dirname(file), m[1]!));
        const lf = LAYER[from], lt = LAYER[to];
        if (lf === undefined || lt === undefined) {
          violations.push(`${relative(SRC, file)}: unknown folder ${lf === undefined ? from : to}`);
          continue;
        }
        if (lt > lf || (lt === lf && lf > 0 && from !== to)) violations.push(`${relative(SRC, file)} (${from}) imports ${m[1]} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
