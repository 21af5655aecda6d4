/**
 * The parameter catalogue: every user-settable field with its default, range,
 * unit and a one-line description. The zod schema, the viewer's sliders and the
 * CLI's help are all generated from this one list.
 *
 * Knob semantics (all muscle knobs are dimensionless fractions):
 * - strength: scales the muscle's maximum isometric force (1 = normal).
 * - tone: resting firmness, mostly passive (docs/model.md §4.3): the passive curve
 *   shifts 0.10·tone strain shorter, plus a small active floor 0.03·tone.
 * - activationFloor: explicit co-contraction or guarding (fraction of maximal activation).
 * - tightness: passive force-length curve shifted to shorter lengths (docs/model.md §4.3).
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
};

export type KnobName = 'strength' | 'tone' | 'activationFloor' | 'tightness' | 'stiffness' | 'coactivation' | 'inhibition' | 'onsetDelayMs';

export interface KnobSpec {
  readonly knob: KnobName;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly unit: 'fraction' | 'ms';
  readonly description: string;
  /** What the lowest and the highest value mean, in clinical words. */
  readonly ends: { readonly min: string; readonly max: string };
}

const STRENGTH: KnobSpec = {
  knob: 'strength',
  min: 0,
  max: 1.5,
  default: 1,
  unit: 'fraction',
  description: 'Maximum force as a fraction of normal (1 = normal, 0.5 = half as strong)',
  ends: { min: '0 % of normal strength: paralysed (no active force)', max: '150 % of normal strength: a trained, hypertrophied muscle' },
};
const TONE: KnobSpec = {
  knob: 'tone',
  min: 0,
  max: 1,
  default: 0,
  unit: 'fraction',
  description:
    'Resting tone, mostly passive (Masi & Hannon 2008): the passive force–length curve starts 0.10·tone strain shorter, plus an active floor of 3 %·tone of maximal activation (docs/model.md §4.3)',
  ends: { min: 'normal resting firmness (EMG-silent)', max: 'markedly increased resting tone: feels firm and short on palpation, ~3 % MVC held' },
};
const ACTIVATION_FLOOR: KnobSpec = {
  knob: 'activationFloor',
  min: 0,
  max: 0.1,
  default: 0,
  unit: 'fraction',
  description:
    'Co-contraction or guarding: the muscle never relaxes below this fraction of maximal activation. Quiet-standing trunk EMG is a few per cent of MVC; above 0.05 is an expert setting (docs/model.md §4.3)',
  ends: { min: 'relaxes fully when not needed', max: '10 % MVC held continuously (strong guarding; ~10× the quiet-standing level)' },
};
const TIGHTNESS: KnobSpec = {
  knob: 'tightness',
  min: 0,
  max: 1,
  default: 0,
  unit: 'fraction',
  description: 'Adaptive shortening: passive tension starts 0.15·tightness optimal fibre lengths earlier (docs/model.md §4.3)',
  ends: { min: 'normal length', max: 'adaptively shortened: passive tension starts 15 % of the fibre length earlier (a clearly positive length test)' },
};
const STIFFNESS: KnobSpec = {
  knob: 'stiffness',
  min: 1,
  max: 3,
  default: 1,
  unit: 'fraction',
  description: 'Passive stiffness multiplier: the passive curve reaches its reference force at 1/stiffness of the strain (docs/model.md §4.3)',
  ends: { min: 'normal passive stiffness', max: 'three times as stiff: reaches the same passive force at a third of the stretch' },
};
const COACTIVATION: KnobSpec = {
  knob: 'coactivation',
  min: 0,
  max: 0.15,
  default: 0,
  unit: 'fraction',
  description: 'Activation floor held in bilateral stance (Nelson-Wong 2008 co-activation pattern)',
  ends: { min: 'no co-activation in standing', max: '15 % MVC held in standing (the pattern of standing-induced back pain developers)' },
};
const INHIBITION: KnobSpec = {
  knob: 'inhibition',
  min: 0,
  max: 0.8,
  default: 0,
  unit: 'fraction',
  description: 'Arthrogenic or pain inhibition: reduces the activation the muscle can reach by this fraction',
  ends: { min: 'full voluntary activation', max: 'can reach only 20 % of maximal activation' },
};

const ONSET_DELAY: KnobSpec = {
  knob: 'onsetDelayMs',
  min: 0,
  max: 100,
  default: 0,
  unit: 'ms',
  description: 'Gait only: delay of the stance burst after heel strike (Hungerford 2003 reports a delayed onset; the range is an estimate)',
  ends: { min: 'fires on time at heel strike', max: 'fires 100 ms late' },
};

/** Knobs available per muscle group; `tightness`, `stiffness`, `coactivation`, `inhibition` only where the spec defines them. */
export const GROUP_KNOBS: Record<MuscleGroup, readonly KnobSpec[]> = {
  gluteusMaximus: [STRENGTH, TONE, ACTIVATION_FLOOR, INHIBITION, ONSET_DELAY],
  gluteusMedius: [STRENGTH, TONE, ACTIVATION_FLOOR, COACTIVATION],
  gluteusMinimus: [STRENGTH, TONE, ACTIVATION_FLOOR],
  iliopsoas: [STRENGTH, TONE, ACTIVATION_FLOOR, TIGHTNESS],
  piriformis: [STRENGTH, TONE, ACTIVATION_FLOOR, STIFFNESS],
  erectorSpinae: [STRENGTH, TONE, ACTIVATION_FLOOR],
  quadratusLumborum: [STRENGTH, TONE, ACTIVATION_FLOOR],
  abdominals: [STRENGTH, TONE, ACTIVATION_FLOOR],
  hamstrings: [STRENGTH, TONE, ACTIVATION_FLOOR, TIGHTNESS],
  tensorFasciaeLatae: [STRENGTH, TONE, ACTIVATION_FLOOR],
  rectusFemoris: [STRENGTH, TONE, ACTIVATION_FLOOR],
  adductors: [STRENGTH, TONE, ACTIVATION_FLOOR],
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
  /** What the lowest and the highest value mean (for sliders and `lumbo params`). */
  readonly ends?: { readonly min: string; readonly max: string };
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
    description: 'Body mass; segment masses scale linearly (gait2392/Rajagopal 75.2 kg reference; docs/model.md §3.3)',
  },
  {
    path: 'subject.heightM',
    label: 'Height',
    unit: 'm',
    min: 1.4,
    max: 2.1,
    default: 1.75,
    step: 0.01,
    description: 'Standing height; lengths scale with height/1.75 (docs/model.md §3.3)',
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
  {
    path: 'subject.discHeightLoss',
    label: 'Disc height loss',
    unit: 'fraction',
    min: 0,
    max: 1,
    default: 0,
    step: 0.05,
    description:
      'Disc narrowing: raises the largest share of compression the facet joints can take from 35 % to 70 % (Adams & Hutton 1980; docs/model.md §6.2)',
    ends: { min: 'healthy disc height', max: 'narrow degenerate discs: facets can carry up to 70 % of the compression' },
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
  return knob === 'onsetDelayMs' ? 'onset delay' : knob === 'activationFloor' ? 'activation floor' : knob;
}

export const MUSCLE_FIELDS: readonly MuscleFieldSpec[] = MUSCLE_GROUPS.flatMap((group) =>
  SIDES.flatMap((side) =>
    GROUP_KNOBS[group].map((k) => ({
      ends: k.ends,
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
