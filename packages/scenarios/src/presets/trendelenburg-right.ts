import type { Preset } from './types.ts';
import { ABDUCTOR_SIMPLIFIES, ABDUCTOR_SOURCES, weakAbductorParams } from './weak-abductors.ts';

export const trendelenburgRight: Preset = {
  id: 'trendelenburg-right',
  label: 'Trendelenburg sign, weak right gluteus medius',
  description:
    'The right gluteus medius, with the gluteus minimus beside it, is too weak to hold the pelvis level when standing on the right leg. ' +
    'The pelvis drops on the left, the side of the lifted leg: a positive Trendelenburg sign. ' +
    'Stand on the right leg and watch the pelvis tilt and the lower back bend to the side, loading one side of the discs more than the other.',
  params: weakAbductorParams('right', 0),
  showcaseTasks: [{ kind: 'single-leg-stance', side: 'right' }],
  sources: [
    ...ABDUCTOR_SOURCES,
    {
      citation: 'Clinical single-leg stance test (clinical-background: gluteus medius)',
      finding: 'A weak gluteus medius lets the pelvis drop on the side opposite the stance leg.',
    },
  ],
  honesty: {
    shows:
      'Standing on the right leg, the pelvis drops about 12° on the left and the L4/L5 disc carries more load in its right half (asymmetry index about 0.07: that half carries about 15 % more than the other).',
    simplifies: ABDUCTOR_SIMPLIFIES,
  },
};
