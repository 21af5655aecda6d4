/** The model core knows nothing of the browser (conventions §1): no UI, DOM or worker imports outside worker/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('.', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'worker' ? [] : sources(p);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('model core purity', () => {
  it('no core file imports react, three, comlink, the DOM or node built-ins', () => {
    const offenders = sources(root).filter((file) =>
      /from ['"](react|react-dom|three|@react-three\/[^'"]+|comlink|node:[^'"]+)['"]|\b(document|window)\./.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
