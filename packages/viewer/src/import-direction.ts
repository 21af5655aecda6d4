/**
 * The viewer's one import direction (docs/viewer.md "Source layout"):
 *   lib ← store ← worker ← figure ← features ← app
 * A folder may import from its own layer and the layers to its left, never
 * to its right: lib (formatting, vectors, colour scales, presets, tasks)
 * knows nothing of the store, the store nothing of the worker or the scene,
 * the figure nothing of the features, and only app/ composes the page.
 * This module reads the relative imports of a source tree and lists every
 * import that points the wrong way; import-direction.test.ts runs it on src/.
 */
import path from 'node:path';

export const LAYERS = ['lib', 'store', 'worker', 'figure', 'features', 'app'] as const;
export type Layer = (typeof LAYERS)[number];

/** The layer of a path relative to src/ (its first folder), or null for a file outside every layer. */
export function layerOf(file: string): Layer | null {
  const top = file.split('/')[0] as Layer;
  return (LAYERS as readonly string[]).includes(top) ? top : null;
}

/** Every relative module specifier in a source text: static and dynamic imports, re-exports, `new URL(…, import.meta.url)`. */
export function relativeImports(source: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
    // a worker or module by URL (a folder or data file read by a test is not an import)
    /\bnew\s+URL\(\s*['"](\.{1,2}\/[^'"]+\.(?:ts|tsx|js|mjs))['"]\s*,\s*import\.meta\.url/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) specs.push(m[1]!);
  return specs;
}

export interface Violation {
  readonly file: string;
  readonly imports: string;
  readonly reason: string;
}

/** Imports that point against the layer order, or leave src/, or come from a file outside every layer. */
export function importViolations(files: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    for (const spec of relativeImports(source)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = layerOf(target);
      if (target.startsWith('..')) out.push({ file, imports: spec, reason: 'leaves src/ (use the package name)' });
      else if (from === null) out.push({ file, imports: spec, reason: 'the importing file is outside every layer folder' });
      else if (to === null) out.push({ file, imports: spec, reason: `${target} is outside every layer folder` });
      else if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) out.push({ file, imports: spec, reason: `${from} may not import ${to} (order: ${LAYERS.join(' ← ')})` });
    }
  }
  return out;
}
