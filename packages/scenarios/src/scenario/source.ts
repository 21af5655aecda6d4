/**
 * Reads a scenario file's text (YAML, or JSON, which YAML 1.2 also reads)
 * into plain data, keeping the parser's node positions so every later error
 * can name the line of the field it is about.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { ScenarioFileError } from './errors.ts';

/** A path inside the file: map keys as written, sequence indices as numbers. */
export type FilePath = readonly (string | number)[];

export interface SourceFile {
  readonly file: string;
  readonly data: unknown;
  /** 1-based line of the value at `path` (or of its key when the value is missing), if the parser knows it. */
  lineOf(path: FilePath): number | undefined;
}

/** Anchors and aliases may expand a small file into a huge one ("billion laughs"): cap the expansions. */
const MAX_ALIAS_COUNT = 100;
/** Scenario files are small; anything bigger is a mistake (or an attack). */
export const MAX_FILE_BYTES = 1_000_000;

function firstLine(text: string): string {
  return text.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '').trim() ?? text;
}

function childOf(node: unknown, key: string | number): { key?: Node; value?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
    return pair ? { key: pair.key as Node, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof key === 'number') return { value: node.items[key] };
  return undefined;
}

/**
 * Keys JavaScript objects treat specially: `__proto__` would be dropped (or
 * change the object's prototype) when the file becomes plain data, so it is
 * refused by name instead of silently vanishing.
 */
const FORBIDDEN_KEYS = new Set(['__proto__']);

function refuseForbiddenKeys(doc: ReturnType<typeof parseDocument>, file: string, lineAt: (offset: number | undefined) => number | undefined): void {
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || !FORBIDDEN_KEYS.has(String(pair.key.value))) return;
      const keys = [...path, pair].flatMap((node) => (isPair(node) && isScalar(node.key) ? [String(node.key.value)] : []));
      throw new ScenarioFileError(
        file,
        lineAt((pair.key as Node).range?.[0]),
        keys.join('.'),
        `the key "${String(pair.key.value)}" is not allowed (it is no parameter or field, and JavaScript objects cannot hold it)`,
      );
    },
  });
}

export function parseSource(text: string, file: string): SourceFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    throw new ScenarioFileError(file, undefined, '', `expected a scenario file of at most ${MAX_FILE_BYTES} bytes, got ${bytes} bytes`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, strict: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const detail =
      error.code === 'MULTIPLE_DOCS'
        ? 'a scenario file holds one document; remove the "---" separator and what follows'
        : /call stack/i.test(error.message)
          ? 'nested too deeply (a scenario needs a few levels of maps and lists)'
          : firstLine(error.message);
    throw new ScenarioFileError(file, line, '', `not valid YAML or JSON: ${detail}`);
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new ScenarioFileError(file, undefined, '', 'the file is empty; expected a scenario starting with "lumbo: 1" (see docs/sweeps.md)');
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line);
  refuseForbiddenKeys(doc, file, lineAt);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    throw new ScenarioFileError(file, undefined, '', `could not read the file: ${cause instanceof Error ? firstLine(cause.message) : String(cause)}`);
  }
  return {
    file,
    data,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = lineAt((doc.contents as Node | null)?.range?.[0]);
      for (const key of path) {
        const child = childOf(node, key);
        if (!child) return line;
        line = lineAt((child.value as Node | undefined)?.range?.[0] ?? child.key?.range?.[0]) ?? line;
        node = child.value;
      }
      return line;
    },
  };
}
