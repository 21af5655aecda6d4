/**
 * What a muscle slider means, in the words a physiotherapist uses: the value
 * as a reading ("60 % of normal strength"), the clinical meaning of each end
 * of the track, and where "normal" sits on it. The numbers are the model's
 * knobs (docs/model.md §4.3, §11); the model's catalogue has the full
 * clinical sentence for each end (`field.ends`, in the slider's tooltip);
 * these are the short forms that fit under a track.
 */
import type { KnobName } from '@lumbo/model';

export interface KnobMeaning {
  /** The value as shown beside the slider. */
  reading(value: number): string;
  /** What the value means, for aria-valuetext (unit and meaning; screen readers say it). */
  valueText(value: number): string;
  /** The track's ends, in clinical words. */
  readonly minLabel: string;
  readonly maxLabel: string;
  /** The name of the default (normal) position marked on the track. */
  readonly normalLabel: string;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function strengthWord(x: number): string {
  if (x < 0.05) return 'no force';
  if (x < 0.45) return 'very weak';
  if (x < 0.95) return 'weak';
  if (x <= 1.05) return 'normal';
  return 'stronger than normal';
}

export const KNOB_MEANING: Record<KnobName, KnobMeaning> = {
  strength: {
    reading: (x) => `${pct(x)} of normal strength`,
    valueText: (x) => `${pct(x)} of normal strength, ${strengthWord(x)}`,
    minLabel: '0 %: no force',
    maxLabel: '150 %: trained',
    normalLabel: 'normal',
  },
  tone: {
    reading: (x) => (x < 0.005 ? 'normal resting tone' : `${pct(x)} raised tone`),
    valueText: (x) => (x < 0.005 ? 'normal resting firmness, normal' : `${pct(x)} of a markedly increased resting tone: firmer and shorter at rest`),
    minLabel: 'normal firmness',
    maxLabel: 'markedly raised tone',
    normalLabel: 'normal',
  },
  activationFloor: {
    reading: (x) => (x < 0.0005 ? 'relaxes fully' : `${pct(x)} always on`),
    valueText: (x) => (x < 0.0005 ? 'relaxes fully when not needed, normal' : `${pct(x)} of maximal activation held continuously, guarding`),
    minLabel: 'relaxes fully',
    maxLabel: '10 %: strong guarding',
    normalLabel: 'normal',
  },
  tightness: {
    reading: (x) => (x < 0.005 ? 'normal length' : `${pct(x)} tight`),
    valueText: (x) => (x < 0.005 ? 'normal length, no tightness' : `${pct(x)} tight: passive tension starts ${Math.round(15 * x)} % of fibre length earlier`),
    minLabel: 'normal length',
    maxLabel: 'short, tight',
    normalLabel: 'normal',
  },
  stiffness: {
    reading: (x) => (x < 1.005 ? 'normal stiffness' : `${x.toFixed(1)}× as stiff`),
    valueText: (x) => (x < 1.005 ? 'normal passive stiffness' : `${x.toFixed(1)} times as stiff: passive tension rises ${x.toFixed(1)} times as fast when stretched`),
    minLabel: 'normal, supple',
    maxLabel: '3×: stiff',
    normalLabel: 'normal',
  },
  coactivation: {
    reading: (x) => (x < 0.005 ? 'none' : `${pct(x)} held in standing`),
    valueText: (x) => (x < 0.005 ? 'no co-activation, normal' : `${pct(x)} activation held while standing on both legs, bracing`),
    minLabel: 'none (normal)',
    maxLabel: '15 %: braced',
    normalLabel: 'normal',
  },
  inhibition: {
    reading: (x) => (x < 0.005 ? 'none' : `${pct(x)} inhibited`),
    valueText: (x) => (x < 0.005 ? 'no inhibition, normal' : `${pct(x)} inhibited: reaches at most ${pct(1 - x)} of full activation`),
    minLabel: 'none (normal)',
    maxLabel: '80 %: mostly switched off',
    normalLabel: 'normal',
  },
  onsetDelayMs: {
    reading: (x) => (x < 0.5 ? 'on time' : `${Math.round(x)} ms late`),
    valueText: (x) => (x < 0.5 ? 'switches on at heel strike, normal' : `switches on ${Math.round(x)} milliseconds after heel strike, late`),
    minLabel: 'on time',
    maxLabel: '100 ms late',
    normalLabel: 'normal',
  },
};

/** The knobs a task uses: an onset delay only matters in gait (the model applies it to the stance burst). */
export function knobAppliesTo(knob: KnobName, taskKind: string): boolean {
  return knob !== 'onsetDelayMs' || taskKind === 'gait';
}
