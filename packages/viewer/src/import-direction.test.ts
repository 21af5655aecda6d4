import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importViolations, layerOf, relativeImports } from './import-direction.ts';

const SRC = new URL('./', import.meta.url);
/** Files at the top of src/ that belong to no layer: this rule itself and Vite's type reference. */
const TOP_LEVEL = new Set(['import-direction.ts', 'import-direction.test.ts', 'vite-env.d.ts']);

function sourceTree(): Map<string, string> {
  const files = (readdirSync(SRC, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !TOP_LEVEL.has(f));
  return new Map(files.map((f) => [f, readFileSync(new URL(f, SRC), 'utf8')]));
}

describe('the viewer imports in one direction: lib ← store ← worker ← figure ← features ← app', () => {
  it('has every source file in a layer folder', () => {
    const outside = [...sourceTree().keys()].filter((f) => layerOf(f) === null);
    expect(outside).toEqual([]);
  });

  it('has no import that points to a later layer or out of src/ (tests included)', () => {
    expect(importViolations(sourceTree())).toEqual([]);
  });

  it('reads static, type-only, side-effect, dynamic and URL imports', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b/b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = await import('../e.ts');",
      "new Worker(new URL('./f.worker.ts', import.meta.url));",
      "import { g } from 'zustand';",
    ].join('\n');
    expect(relativeImports(text).sort()).toEqual(['../b/b.ts', '../e.ts', './a.ts', './c.ts', './d.css', './f.worker.ts']);
  });

  it('flags a lib file importing the figure, a figure file importing a feature and the store importing the app', () => {
    const bad = new Map([
      ['lib/format.ts', "import { Figure } from '../figure/Figure.tsx';"],
      ['figure/Stage.tsx', "import { PlotsPanel } from '../features/plots/PlotsPanel.tsx';"],
      ['store/store.ts', "import type { App } from '../app/App.tsx';"],
      ['features/plots/PlotsPanel.tsx', "import { useViewer } from '../../store/use-viewer.ts';"],
    ]);
    expect(importViolations(bad).map((v) => v.file)).toEqual(['lib/format.ts', 'figure/Stage.tsx', 'store/store.ts']);
  });
});
