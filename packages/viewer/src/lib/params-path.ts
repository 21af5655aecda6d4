/**
 * Reading and immutably writing one dotted field of a parameter set, e.g.
 * `muscles.gluteusMedius.right.strength`. The catalogue names fields by these
 * paths, so the sliders stay generic.
 */
import type { ModelParams, PartialModelParams } from '@lumbo/model';

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Each path's keys, split once: every slider reads its value on every store change (several per
 * step), and a fresh array per read was garbage the page's main thread collected while an answer
 * waited (docs/performance.md). The catalogue's paths are a fixed, finite set.
 */
const KEYS = new Map<string, readonly string[]>();
function keysOf(path: string): readonly string[] {
  let keys = KEYS.get(path);
  if (!keys) {
    keys = path.split('.');
    KEYS.set(path, keys);
  }
  return keys;
}

/** The number at `path`, or undefined when the path does not lead to a number. */
export function getNumberAt(params: ModelParams, path: string): number | undefined {
  let cur: unknown = params;
  for (const key of keysOf(path)) {
    if (!isTree(cur)) return undefined;
    cur = cur[key];
  }
  return typeof cur === 'number' ? cur : undefined;
}

/** A copy of `params` with the number at `path` replaced; only the objects on the path are copied. */
export function setNumberAt(params: ModelParams, path: string, value: number): ModelParams {
  const keys = keysOf(path);
  const write = (node: unknown, depth: number): unknown => {
    const key = keys[depth];
    if (key === undefined) return value;
    const tree = isTree(node) ? node : {};
    return { ...tree, [key]: write(tree[key], depth + 1) };
  };
  return write(params, 0) as ModelParams;
}

/** Deep-merges a partial parameter set (a preset, say) over a complete one. */
export function mergeParams(base: ModelParams, patch: PartialModelParams): ModelParams {
  const merge = (a: unknown, b: unknown): unknown => {
    if (!isTree(a) || !isTree(b)) return b === undefined ? a : b;
    const out: Tree = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = merge(a[k], v);
    return out;
  };
  return merge(base, patch) as ModelParams;
}
