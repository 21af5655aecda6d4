/**
 * The library (scenario files, sweeps, writers, summary, presets) never
 * imports from the command line: the CLI is one user of the library, and a
 * program that imports `@lumbo/scenarios` must not pull in commander or the
 * CLI's process handling through the back door. Only the public entry
 * (index.ts) re-exports a few CLI pieces on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const CLI = join(SRC, 'cli');
const ALLOWED = new Set(['index.ts']);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Relative specifiers of static imports, dynamic imports and re-exports. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)) found.push(match[2]!);
  return found;
}

describe('import direction', () => {
  it('finds the imports it is meant to police (the checker itself works)', () => {
    expect(importsOf(`import { a } from '../cli/x.ts';\nexport * from "./y.ts";\nconst m = await import('../cli/z.ts');`)).toEqual([
      '../cli/x.ts',
      './y.ts',
      '../cli/z.ts',
    ]);
  });

  it('no library module imports from src/cli/', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file);
      if (rel.startsWith(`cli/`) || ALLOWED.has(rel)) continue;
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), specifier);
        if (target === CLI || target.startsWith(`${CLI}/`)) offenders.push(`${rel} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
