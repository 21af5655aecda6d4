/**
 * Checks a merged parameter set against the field catalogue (fields.ts):
 * every object has exactly the catalogue's keys, every leaf is a finite
 * number within its field's range. These are the rules of the zod schema in
 * zod-schema.ts, applied without loading zod, which costs ~0.1 s of CLI
 * start-up (docs/performance.md, "CLI start-up"); check.test.ts holds the two
 * to the same verdicts on random input. Messages name the field, the range
 * and the value received.
 */
import { DEFAULT_PARAMS, type ModelParams } from './schema.ts';
import { ModelParamsError, describeReceived } from './errors.ts';
import { ALL_FIELDS } from './fields.ts';

const FIELD_BY_PATH = new Map(ALL_FIELDS.map((f) => [f.path, f]));

/** One object of the catalogue's shape, with every key's full path and field looked up once, at load. */
interface ShapeNode {
  readonly keys: readonly string[];
  readonly paths: readonly string[];
  /** Per key: the nested object's node, or null for a numeric leaf. */
  readonly children: readonly (ShapeNode | null)[];
  readonly fields: readonly ((typeof ALL_FIELDS)[number] | undefined)[];
  readonly known: ReadonlySet<string>;
  readonly path: string;
}

function compileShape(shape: Record<string, unknown>, path: string): ShapeNode {
  const keys = Object.keys(shape);
  const paths = keys.map((key) => (path ? `${path}.${key}` : key));
  return {
    keys,
    paths,
    children: keys.map((key, i) => {
      const expected = shape[key];
      return typeof expected === 'object' && expected !== null ? compileShape(expected as Record<string, unknown>, paths[i]!) : null;
    }),
    fields: paths.map((full) => FIELD_BY_PATH.get(full)),
    known: new Set(keys),
    path,
  };
}

/** The catalogue's shape (the defaults), compiled once: a slider change checks ~150 fields without building a path string. */
const SHAPE = compileShape(DEFAULT_PARAMS as unknown as Record<string, unknown>, '');

/**
 * Walks the catalogue's shape beside the input. Known keys first, depth first, then keys the catalogue does
 * not have: the order in which zod reports issues, so the first error is the same either way.
 */
function checkNode(shape: ShapeNode, node: Record<string, unknown>): void {
  const { keys, paths, children, fields } = shape;
  for (let i = 0; i < keys.length; i++) {
    const value = node[keys[i]!];
    const child = children[i];
    if (child) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ModelParamsError(`${paths[i]} must be an object, got ${describeReceived(value)}`, paths[i]!, value);
      }
      checkNode(child, value as Record<string, unknown>);
      continue;
    }
    const field = fields[i]!;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < field.min || value > field.max) {
      throw new ModelParamsError(`${paths[i]} must be a number within [${field.min}, ${field.max}] ${field.unit}, got ${describeReceived(value)}`, paths[i]!, value);
    }
  }
  for (const key in node) {
    if (!Object.hasOwn(node, key) || shape.known.has(key)) continue;
    const full = shape.path ? `${shape.path}.${key}` : key;
    throw new ModelParamsError(`${full} is not a model parameter (known here: ${keys.join(', ')})`, full, node[key]);
  }
}

/** The merged input as a complete ModelParams, or a ModelParamsError for its first fault. */
export function checkParams(merged: unknown): ModelParams {
  if (typeof merged !== 'object' || merged === null || Array.isArray(merged)) {
    throw new ModelParamsError(`params must be an object, got ${describeReceived(merged)}`, 'params', merged);
  }
  checkNode(SHAPE, merged as Record<string, unknown>);
  return merged as ModelParams;
}
