/**
 * The default subject's element table for a model's body (same geometry, default muscle knobs): what a
 * changed muscle is compared with when gait reads the extra pull of a tight, stiff or toned muscle
 * (docs/model.md §9.3, steps 4, 6 and 8). Built once per geometry and never written afterwards.
 */
import type { CompiledModel } from '../engine/compile.ts';
import { buildElements, type ElementTable } from '../geometry/elements.ts';
import { DEFAULT_PARAMS } from '../params/schema.ts';

const defaultTables = new WeakMap<object, ElementTable>();

export function defaultElements(model: CompiledModel): ElementTable {
  let defaults = defaultTables.get(model.geometry);
  if (!defaults) {
    defaults = buildElements(model.geometry, DEFAULT_PARAMS.muscles, model.hipStrengthScale);
    defaultTables.set(model.geometry, defaults);
  }
  return defaults;
}
