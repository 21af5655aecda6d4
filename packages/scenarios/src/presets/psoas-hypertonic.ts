import type { Preset } from './types.ts';

const TONIC_SLIGHTLY_SHORT = { tone: 1, tightness: 0.3, activationFloor: 0.05 };

export const psoasHypertonic: Preset = {
  id: 'psoas-hypertonic',
  label: 'Hypertonic psoas',
  description:
    'Both iliopsoas muscles never fully switch off and are a little short, as in people who cannot relax the hip flexors after long sitting. ' +
    'The psoas attaches to the lumbar vertebrae, so its constant pull presses the discs together and draws the lower back forward into an arch. ' +
    'Watch the compression at L4/L5 and the forward shear at L5/S1 in standing and in sitting.',
  params: { muscles: { iliopsoas: { left: TONIC_SLIGHTLY_SHORT, right: TONIC_SLIGHTLY_SHORT } } },
  showcaseTasks: [{ kind: 'standing' }, { kind: 'sitting' }],
  sources: [
    {
      citation: 'Bogduk, Pearcy & Hadfield 1992',
      finding: 'The psoas loads the lumbar spine mainly in compression and shear, with small moments.',
    },
    {
      citation: 'Sitting-posture EMG study, 2021 (clinical-background: iliopsoas)',
      finding: 'People with low back pain could not relax the iliopsoas in slump sitting, unlike healthy people.',
    },
  ],
  honesty: {
    shows:
      'A firm, guarding psoas (5 % MVC held) raises L4/L5 compression by about a third in standing and tilts the pelvis about 2° forward, because it compresses every lumbar level it crosses and the back and hip extensors must balance its pull.',
    simplifies:
      '"Tone" is mostly a shifted passive curve with a small active floor, "tightness" a shifted passive curve and guarding an activation floor, all chosen values [E]; the model has no pain, no nervous-system control and no fatigue, so it cannot say whether a tense psoas is a cause or a result of back pain.',
  },
};
