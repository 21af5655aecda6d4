/**
 * The parameter catalogue: every user-settable field with its default, range,
 * unit and a one-line description. The zod schema, the viewer's sliders and the
 * CLI's help are all generated from this one list.
 *
 * Knob semantics (all muscle knobs are dimensionless fractions):
 * - strength: scales the muscle's maximum isometric force (1 = normal).
 * - tone: tonic activation floor (fraction of maximal activation).
 * - tightness: passive force-length curve shifted to shorter lengths (spec §4.1).
 * - stiffness: passive force-length curve steepened (e1 → e1/κ, spec §4.2).
 * - coactivation: gluteus medius activation floor in bilateral stance (spec §6).
 * - inhibition: reduction of the gluteus maximus activation cap (spec §6).
 * - onsetDelayMs (gluteus maximus, gait only): the stance burst starts this late after heel strike.
 */

export const MUSCLE_GROUPS = [
  'gluteusMaximus',
  'gluteusMedius',
  'gluteusMinimus',
  'iliopsoas',
  'piriformis',
  'erectorSpinae',
  'quadratusLumborum',
  'abdominals',
  'hamstrings',
  'tensorFasciaeLatae',
  'rectusFemoris',
  'adductors',
  'vasti',
  'gastrocnemius',
] as const;
export type MuscleGroup = (typeof MUSCLE_GROUPS)[number];

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export const MUSCLE_LABELS: Record<MuscleGroup, string> = {
  gluteusMaximus: 'Gluteus maximus',
  gluteusMedius: 'Gluteus medius',
  gluteusMinimus: 'Gluteus minimus',
  iliopsoas: 'Iliopsoas',
  piriformis: 'Piriformis',
  erectorSpinae: 'Erector spinae',
  quadratusLumborum: 'Quadratus lumborum',
  abdominals: 'Abdominals',
  hamstrings: 'Hamstrings',
  tensorFasciaeLatae: 'Tensor fasciae latae',
  rectusFemoris: 'Rectus femoris',
  adductors: 'Hip adductors',
  vasti: 'Vasti (quadriceps)',
  gastrocnemius: 'Gastrocnemius',
};

export type KnobName = 'strength' | 'tone' | 'tightness' | 'stiffness' | 'coactivation' | 'inhibition' | 'onsetDelayMs';

export interface KnobSpec {
  readonly knob: KnobName;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly unit: 'fraction' | 'ms';
  readonly description: string;
}

const STRENGTH: KnobSpec = {
  knob: 'strength',
  min: 0,
  max: 1.5,
  default: 1,
  unit: 'fraction',
  description: 'Maximum force as a fraction of normal (1 = normal, 0.5 = half as strong)',
};
const TONE: KnobSpec = {
  knob: 'tone',
  min: 0,
  max: 0.3,
  default: 0,
  unit: 'fraction',
  description: 'Tonic activation floor: the muscle never relaxes below this fraction of maximal activation',
};
const TIGHTNESS: KnobSpec = {
  knob: 'tightness',
  min: 0,
  max: 1,
  default: 0,
  unit: 'fraction',
  description: 'Passive shortening: passive tension starts 0.15·tightness optimal fibre lengths earlier (spec §4.1)',
};
const STIFFNESS: KnobSpec = {
  knob: 'stiffness',
  min: 1,
  max: 3,
  default: 1,
  unit: 'fraction',
  description: 'Passive stiffness multiplier: the passive curve reaches its reference force at 1/stiffness of the strain (spec §4.2)',
};
const COACTIVATION: KnobSpec = {
  knob: 'coactivation',
  min: 0,
  max: 0.15,
  default: 0,
  unit: 'fraction',
  description: 'Activation floor held in bilateral stance (Nelson-Wong 2008 co-activation pattern, spec §6)',
};
const INHIBITION: KnobSpec = {
  knob: 'inhibition',
  min: 0,
  max: 0.8,
  default: 0,
  unit: 'fraction',
  description: 'Arthrogenic or pain inhibition: reduces the activation the muscle can reach by this fraction (spec §6)',
};

const ONSET_DELAY: KnobSpec = {
  knob: 'onsetDelayMs',
  min: 0,
  max: 100,
  default: 0,
  unit: 'ms',
  description: 'Gait only: delay of the stance burst after heel strike (Hungerford 2003 reports a delayed onset; the range is an estimate, spec §6)',
};

/** Knobs available per muscle group; `tightness`, `stiffness`, `coactivation`, `inhibition` only where the spec defines them. */
export const GROUP_KNOBS: Record<MuscleGroup, readonly KnobSpec[]> = {
  gluteusMaximus: [STRENGTH, TONE, INHIBITION, ONSET_DELAY],
  gluteusMedius: [STRENGTH, TONE, COACTIVATION],
  gluteusMinimus: [STRENGTH, TONE],
  iliopsoas: [STRENGTH, TONE, TIGHTNESS],
  piriformis: [STRENGTH, TONE, STIFFNESS],
  erectorSpinae: [STRENGTH, TONE],
  quadratusLumborum: [STRENGTH, TONE],
  abdominals: [STRENGTH, TONE],
  hamstrings: [STRENGTH, TONE, TIGHTNESS],
  tensorFasciaeLatae: [STRENGTH, TONE],
  rectusFemoris: [STRENGTH, TONE],
  adductors: [STRENGTH, TONE],
  // one-joint knee extensors: they act only in gait's knee equation (docs/model.md §9)
  vasti: [STRENGTH, TONE],
  gastrocnemius: [STRENGTH, TONE],
};

export interface ScalarFieldSpec {
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly step: number;
  readonly description: string;
}

export const SUBJECT_FIELDS: readonly ScalarFieldSpec[] = [
  {
    path: 'subject.massKg',
    label: 'Body mass',
    unit: 'kg',
    min: 35,
    max: 150,
    default: 75,
    step: 1,
    description: 'Body mass; segment masses scale linearly (spec §1.1, gait2392/Rajagopal 75.2 kg reference)',
  },
  {
    path: 'subject.heightM',
    label: 'Height',
    unit: 'm',
    min: 1.4,
    max: 2.1,
    default: 1.75,
    step: 0.01,
    description: 'Standing height; lengths scale with height/1.75 (spec §1.1)',
  },
  {
    path: 'subject.pelvicIncidenceDeg',
    label: 'Pelvic incidence',
    unit: 'deg',
    min: 30,
    max: 85,
    default: 53,
    step: 1,
    description: 'Morphological pelvic incidence PI; sets the neutral PT, SS and lordosis (Le Huec 2017 regressions)',
  },
  {
    path: 'subject.asisPsisNeutralDeg',
    label: 'ASIS–PSIS inclination (neutral)',
    unit: 'deg',
    min: 0,
    max: 23,
    default: 13,
    step: 0.5,
    description: 'Pelvic morphology: ASIS–PSIS angle below horizontal in neutral standing (Preece 2008: 13 ± 5°, range 0–23°)',
  },
];

export const STRATEGY_FIELDS: readonly ScalarFieldSpec[] = [
  {
    path: 'strategy.duchenne',
    label: 'Compensation strategy (Duchenne share)',
    unit: 'fraction',
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.05,
    description: 'How an abductor deficit is compensated: 0 = pure Trendelenburg pelvic drop, 1 = pure Duchenne trunk lean (spec §5.4)',
  },
];

/** Every muscle-knob field, flattened, e.g. `muscles.gluteusMedius.right.strength`. */
export interface MuscleFieldSpec extends ScalarFieldSpec {
  readonly group: MuscleGroup;
  readonly side: Side;
  readonly knob: KnobName;
}

/** Human wording of a knob in labels ("Gluteus maximus onset delay (left)"). */
function knobLabel(knob: KnobName): string {
  return knob === 'onsetDelayMs' ? 'onset delay' : knob;
}

export const MUSCLE_FIELDS: readonly MuscleFieldSpec[] = MUSCLE_GROUPS.flatMap((group) =>
  SIDES.flatMap((side) =>
    GROUP_KNOBS[group].map((k) => ({
      path: `muscles.${group}.${side}.${k.knob}`,
      label: `${MUSCLE_LABELS[group]} ${knobLabel(k.knob)} (${side})`,
      unit: k.unit,
      min: k.min,
      max: k.max,
      default: k.default,
      step: k.unit === 'ms' ? 1 : 0.01,
      description: k.description,
      group,
      side,
      knob: k.knob,
    })),
  ),
);

export const ALL_FIELDS: readonly ScalarFieldSpec[] = [...SUBJECT_FIELDS, ...STRATEGY_FIELDS, ...MUSCLE_FIELDS];
