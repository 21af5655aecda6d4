/**
 * The zod schema of ModelParams (`@lumbo/model/params-schema`), generated
 * from the field catalogue so that defaults, ranges and descriptions have
 * exactly one home (fields.ts). compileModel does not use it (check.ts applies
 * the same rules without loading zod; a property test keeps the two in step);
 * it is for callers who validate or describe parameters with zod.
 */
import { z } from 'zod';
import { GROUP_KNOBS, MUSCLE_GROUPS, STRATEGY_FIELDS, SUBJECT_FIELDS, type MuscleGroup, type ScalarFieldSpec } from './fields.ts';
import { leafName } from './schema.ts';

function numberField(spec: { min: number; max: number; default: number; description: string; unit: string }) {
  return z
    .number()
    .min(spec.min)
    .max(spec.max)
    .default(spec.default)
    .describe(`${spec.description} [${spec.unit}; ${spec.min}–${spec.max}; default ${spec.default}]`);
}

function objectOf(fields: readonly ScalarFieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[leafName(f)] = numberField(f);
  return z.strictObject(shape);
}

function muscleSideSchema(group: MuscleGroup) {
  const shape: Record<string, z.ZodType> = {};
  for (const k of GROUP_KNOBS[group]) shape[k.knob] = numberField(k);
  return z.strictObject(shape);
}

function muscleGroupSchema(group: MuscleGroup) {
  return z.strictObject({ left: muscleSideSchema(group), right: muscleSideSchema(group) });
}

const muscleShape = Object.fromEntries(MUSCLE_GROUPS.map((g) => [g, muscleGroupSchema(g)])) as Record<
  MuscleGroup,
  ReturnType<typeof muscleGroupSchema>
>;

/** Runtime schema of a complete parameter set (compileModel merges partial input over the defaults first). */
export const modelParamsSchema = z.strictObject({
  subject: objectOf(SUBJECT_FIELDS),
  strategy: objectOf(STRATEGY_FIELDS),
  muscles: z.strictObject(muscleShape),
});

