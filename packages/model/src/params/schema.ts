/**
 * The zod schema of ModelParams, generated from the field catalogue so that
 * defaults, ranges and descriptions have exactly one home (fields.ts).
 */
import { z } from 'zod';
import {
  GROUP_KNOBS,
  MUSCLE_GROUPS,
  SIDES,
  STRATEGY_FIELDS,
  SUBJECT_FIELDS,
  type KnobName,
  type MuscleGroup,
  type ScalarFieldSpec,
} from './fields.ts';

function numberField(spec: { min: number; max: number; default: number; description: string; unit: string }) {
  return z
    .number()
    .min(spec.min)
    .max(spec.max)
    .default(spec.default)
    .describe(`${spec.description} [${spec.unit}; ${spec.min}–${spec.max}; default ${spec.default}]`);
}

function leafName(field: ScalarFieldSpec): string {
  const parts = field.path.split('.');
  return parts[parts.length - 1] ?? field.path;
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

/** Knob values of one muscle on one side. Knobs the group does not define are absent. */
export type MuscleKnobs = { strength: number; tone: number; activationFloor: number } & Partial<Record<Exclude<KnobName, 'strength' | 'tone' | 'activationFloor'>, number>>;

/** A complete parameter set: JSON-safe, degrees and fractions (SI conversion happens in compileModel). */
export interface ModelParams {
  subject: { massKg: number; heightM: number; pelvicIncidenceDeg: number; asisPsisNeutralDeg: number; discHeightLoss: number };
  strategy: { duchenne: number };
  muscles: Record<MuscleGroup, { left: MuscleKnobs; right: MuscleKnobs }>;
}

/** Any subset of ModelParams; missing fields take their defaults. */
export type PartialModelParams = {
  subject?: Partial<ModelParams['subject']>;
  strategy?: Partial<ModelParams['strategy']>;
  muscles?: Partial<Record<MuscleGroup, { left?: Partial<MuscleKnobs>; right?: Partial<MuscleKnobs> }>>;
};

function buildDefaults(): ModelParams {
  const muscles = {} as ModelParams['muscles'];
  for (const g of MUSCLE_GROUPS) {
    const side = (): MuscleKnobs => {
      const knobs: Record<string, number> = {};
      for (const k of GROUP_KNOBS[g]) knobs[k.knob] = k.default;
      return knobs as MuscleKnobs;
    };
    muscles[g] = { left: side(), right: side() };
  }
  const subject = Object.fromEntries(SUBJECT_FIELDS.map((f) => [leafName(f), f.default])) as ModelParams['subject'];
  const strategy = Object.fromEntries(STRATEGY_FIELDS.map((f) => [leafName(f), f.default])) as ModelParams['strategy'];
  return { subject, strategy, muscles };
}

/** The default subject: 75 kg, 1.75 m, PI 53°, all muscles normal. */
export const DEFAULT_PARAMS: Readonly<ModelParams> = Object.freeze(buildDefaults());

export { SIDES };
