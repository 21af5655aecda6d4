import type { Preset } from './types.ts';

const TIGHT_TONIC_HIP_FLEXOR = { tightness: 0.8, tone: 1 };
const INHIBITED_GLUTEUS_MAXIMUS = { inhibition: 0.5 };
const WEAK_ABDOMINALS = { strength: 0.6 };
const TONIC_BACK_EXTENSORS = { tone: 1, activationFloor: 0.02 };

/** Values from docs/model.md §6 ("Lower crossed syndrome preset"), both sides. */
export const lowerCrossedSyndrome: Preset = {
  id: 'lower-crossed-syndrome',
  label: 'Lower crossed syndrome (Janda)',
  description:
    'Janda described a pattern of tight hip flexors and lower-back extensors with weak gluteal and abdominal muscles. ' +
    'Here both iliopsoas muscles are shortened and firm at rest, the back extensors are firm and never fully relax (2 % MVC), the gluteus maximus cannot reach full activation and the abdominals are weaker. ' +
    'Watch the pelvis tip forward, the lower back arch more, and the compression at L4/L5 and the forward shear at L5/S1 rise in standing.',
  params: {
    muscles: {
      iliopsoas: { left: TIGHT_TONIC_HIP_FLEXOR, right: TIGHT_TONIC_HIP_FLEXOR },
      erectorSpinae: { left: TONIC_BACK_EXTENSORS, right: TONIC_BACK_EXTENSORS },
      gluteusMaximus: { left: INHIBITED_GLUTEUS_MAXIMUS, right: INHIBITED_GLUTEUS_MAXIMUS },
      abdominals: { left: WEAK_ABDOMINALS, right: WEAK_ABDOMINALS },
    },
  },
  showcaseTasks: [{ kind: 'standing' }, { kind: 'sitting' }],
  sources: [
    {
      citation: 'Janda (lower crossed syndrome; original not retrieved, docs/model.md §6)',
      finding: 'Tight hip flexors and lumbar extensors with weak gluteals and abdominals are said to tilt the pelvis forward and deepen the lordosis.',
    },
    {
      citation: 'Kim & Yim 2020, Tohoku J Exp Med 251:193',
      finding: 'Baseline overactivity of iliopsoas, hamstrings and piriformis in non-specific low back pain, read as compensation for weak glutes and core.',
    },
    {
      citation: 'Heino et al. 1990; Youdas et al. 1996',
      finding: 'Population correlations between hip-flexor length and pelvic tilt are weak (r = −0.04 for hip-extension range vs tilt).',
    },
  ],
  honesty: {
    shows:
      'The mechanism Janda proposed: in standing, several degrees more anterior pelvic tilt and lordosis, L4/L5 compression well above the healthy reference and the anterior shear at L5/S1 about doubled (about 4° more tilt, compression roughly 1.6 times). At L4/L5 the shear, backward in standing, grows backward: the back extensors that balance the extra pull draw L4 back.',
    simplifies:
      'The syndrome is a clinical concept with weak empirical support; "tightness" is a shift of the passive force–length curve and "weakness" a force scale, both chosen values [E], not measurements.',
  },
};
