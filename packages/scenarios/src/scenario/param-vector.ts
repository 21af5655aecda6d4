/**
 * A full parameter set as a flat vector over the model's catalogue
 * (`ALL_FIELDS` order). Sweeps build one per design point: start from the
 * scenario's base vector, write the factor and derived values, then nest it
 * back into the `ModelParams` object the model takes.
 */
import { ALL_FIELDS, type ModelParams, type PartialModelParams, type ScalarFieldSpec } from '@lumbo/model';

export const FIELD_PATHS: readonly string[] = ALL_FIELDS.map((f) => f.path);
const INDEX_BY_PATH = new Map(FIELD_PATHS.map((path, i) => [path, i]));
const FIELD_BY_PATH = new Map(ALL_FIELDS.map((f) => [f.path, f]));

/** The catalogue entry (unit, range, default, description) for a parameter path. */
export function fieldSpec(path: string): ScalarFieldSpec | undefined {
  return FIELD_BY_PATH.get(path);
}

/** Position of a parameter path in the vector; throws for a path outside the catalogue (a bug, not bad input). */
export function fieldIndex(path: string): number {
  const index = INDEX_BY_PATH.get(path);
  if (index === undefined) throw new Error(`not a model parameter: ${path}`);
  return index;
}

/** The default subject as a vector. */
export function defaultVector(): Float64Array {
  return Float64Array.from(ALL_FIELDS, (f) => f.default);
}

/** Writes every number of a (partial, nested) parameter object into the vector. */
export function writePartial(vector: Float64Array, params: PartialModelParams): Float64Array {
  const visit = (node: unknown, prefix: string): void => {
    if (typeof node === 'number') {
      vector[fieldIndex(prefix)] = node;
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) visit(child, prefix ? `${prefix}.${key}` : key);
  };
  visit(params, '');
  return vector;
}

/** The nested parameter object for a vector (every field present). */
export function nestVector(vector: Float64Array): ModelParams {
  const root: Record<string, unknown> = {};
  FIELD_PATHS.forEach((path, i) => {
    const keys = path.split('.');
    const leaf = keys.pop() as string;
    let node = root;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[leaf] = vector[i];
  });
  return root as unknown as ModelParams;
}

/** "[0, 1.5] fraction": a field's allowed range for messages. */
export function rangeText(spec: ScalarFieldSpec): string {
  return `[${spec.min}, ${spec.max}] ${spec.unit}`;
}
