import type { Preset } from './types.ts';

export const piriformisSyndrome: Preset = {
  id: 'piriformis-syndrome',
  label: 'Piriformis syndrome (right)',
  description:
    'On the right side the piriformis is stiff and slightly overactive, and the gluteus maximus is weaker, the combination reported in people with low back pain and piriformis syndrome. ' +
    'A stiff piriformis resists internal rotation of the hip and sits close to the sciatic nerve, which is why sitting and crossing the legs can hurt. ' +
    'Compare the two legs in single-leg stance and in sitting.',
  params: {
    muscles: {
      piriformis: { right: { stiffness: 3, tone: 1 } },
      gluteusMaximus: { right: { strength: 0.7 } },
    },
  },
  showcaseTasks: [{ kind: 'sitting' }, { kind: 'single-leg-stance', side: 'left' }],
  sources: [
    {
      citation: 'Papadopoulos & Khan 2004, Orthop Clin North Am 35:65',
      finding: 'A tight piriformis can irritate the sciatic nerve; it may explain up to about 5 % of low back, buttock and leg pain.',
    },
    {
      citation: 'Othman et al. 2023, Life 13:1208',
      finding: 'In low back pain with piriformis syndrome, a thicker piriformis correlated with a weaker gluteus maximus (r = −0.40) and higher gluteus medius activation (r = 0.48).',
    },
    {
      citation: 'Delp et al. 1999',
      finding: 'The piriformis flips from an external to an internal rotator in deep hip flexion.',
    },
  ],
  honesty: {
    shows:
      'In standing the stiff, firm right piriformis pulls on the sacrum: the pelvis turns about 1.4° to the left and its right side drops slightly while the lumbar spine turns back the other way; in sitting it carries about six times its usual force (about 1.3 kN, an overstatement: see where it simplifies), and the weaker gluteus maximus hands hip extension to the hamstrings when bending forward. Lumbar loads change only a little in these static tasks.',
    simplifies:
      'The evidence is a correlation of muscle thickness, not a measure of overactivity or a cause; the model has no nerve, so it cannot show sciatic irritation, the main complaint in piriformis syndrome. ' +
      'Its straight-line path and short fibres give the piriformis large passive forces in deep hip flexion, so the sitting force is an overstatement (docs/model.md §14).',
  },
};
