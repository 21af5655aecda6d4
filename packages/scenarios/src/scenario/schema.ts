/**
 * The shape of a scenario or sweep file (format version `lumbo: 1`), checked
 * with zod. Only the structure lives here; values that depend on the model's
 * catalogue (parameter paths and ranges, task options, output paths) and
 * expressions are checked by the readers beside this file, which know the line
 * and can suggest the nearest valid name.
 */
import { z } from 'zod';

export const DESIGN_TYPES = ['grid', 'one-at-a-time', 'random', 'latin-hypercube', 'saltelli'] as const;
export type DesignType = (typeof DESIGN_TYPES)[number];

/**
 * Sample caps: random points are generated one at a time, a Latin hypercube keeps one permutation per
 * factor in memory; a Saltelli design's `samples` is its base sample N (N × (factors + 2) points).
 */
export const MAX_SAMPLES: Record<SampledType, number> = { random: 10_000_000, 'latin-hypercube': 100_000, saltelli: 1_000_000 };
type SampledType = 'random' | 'latin-hypercube' | 'saltelli';
export const MAX_SEED = 2 ** 32 - 1;

function intWithin(lo: number, hi: number, what: string) {
  const error = `expected ${what}: an integer within [${lo}, ${hi}]`;
  return z.number({ error }).int({ error }).min(lo, { error }).max(hi, { error });
}

const factorMap = z.record(z.string(), z.unknown(), { error: 'expected a map of parameter path → values' });

const listDesign = <T extends DesignType>(type: T) => z.strictObject({ type: z.literal(type), factors: factorMap });
const sampledDesign = <T extends SampledType>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    samples: intWithin(1, MAX_SAMPLES[type], 'the number of samples'),
    seed: intWithin(0, MAX_SEED, 'a seed (the same seed gives the same samples on every machine)'),
    factors: factorMap,
  });

const designSchema = z.discriminatedUnion('type', [
  listDesign('grid'),
  listDesign('one-at-a-time'),
  sampledDesign('random'),
  sampledDesign('latin-hypercube'),
  sampledDesign('saltelli'),
]);
export type DesignSection = z.infer<typeof designSchema>;

export const scenarioFileSchema = z.strictObject({
  lumbo: z.literal(1, { error: 'expected 1, the file format version (write "lumbo: 1" as the first line)' }),
  name: z.string({ error: 'expected a name (text)' }).optional(),
  description: z.string({ error: 'expected a description (text)' }).optional(),
  extends: z.string({ error: 'expected a preset id (see lumbo presets)' }).optional(),
  params: z.record(z.string(), z.unknown(), { error: 'expected a map of parameter path → value' }).optional(),
  tasks: z
    .array(z.unknown(), { error: 'expected a list of tasks' })
    .min(1, { error: 'expected at least one task' })
    .optional(),
  outputs: z
    .array(z.string({ error: 'expected an output path such as pelvis.anteriorTiltDeg' }), { error: 'expected a list of output paths' })
    .min(1, { error: 'expected at least one output path (or leave outputs out for the defaults)' })
    .optional(),
  design: designSchema.optional(),
  derived: z.record(z.string(), z.unknown(), { error: 'expected a map of parameter path → expression' }).optional(),
}, { error: 'expected a scenario: a map of fields starting with "lumbo: 1"' });
export type ScenarioFileData = z.infer<typeof scenarioFileSchema>;

/** Fields allowed in each object, for "unknown field" messages. */
export function allowedKeys(path: readonly (string | number)[], data: unknown): readonly string[] {
  if (path.length === 0) return Object.keys(scenarioFileSchema.shape);
  if (path.length === 1 && path[0] === 'design') {
    const type = (data as { design?: { type?: unknown } } | null)?.design?.type;
    const option = designSchema.options.find((o) => o.shape.type.value === type);
    return option ? Object.keys(option.shape) : ['type'];
  }
  return [];
}
