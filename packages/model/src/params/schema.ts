/**
 * Parameter types and the default parameter set, generated from the field
 * catalogue (fields.ts). compileModel checks input against the catalogue
 * (check.ts); the same rules as a zod schema live in zod-schema.ts
 * (`@lumbo/model/params-schema`), kept out of this module so that loading
 * the model does not load zod (CLI start-up, docs/performance.md).
 */
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

export function leafName(field: ScalarFieldSpec): string {
  const parts = field.path.split('.');
  return parts[parts.length - 1] ?? field.path;
}

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
