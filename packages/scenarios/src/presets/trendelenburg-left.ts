import type { Preset } from './types.ts';
import { ABDUCTOR_SIMPLIFIES, ABDUCTOR_SOURCES, weakAbductorParams } from './weak-abductors.ts';

export const trendelenburgLeft: Preset = {
  id: 'trendelenburg-left',
  label: 'Trendelenburg sign, weak left gluteus medius',
  description:
    'The mirror image of the right-sided preset: the left gluteus medius and minimus are too weak to hold the pelvis level when standing on the left leg. ' +
    'The pelvis drops on the right, the side of the lifted leg. ' +
    'Stand on the left leg to see it; standing on the right leg looks normal.',
  params: weakAbductorParams('left', 0),
  showcaseTasks: [{ kind: 'single-leg-stance', side: 'left' }],
  sources: [
    ...ABDUCTOR_SOURCES,
    {
      citation: 'Clinical single-leg stance test (clinical-background: gluteus medius)',
      finding: 'A weak gluteus medius lets the pelvis drop on the side opposite the stance leg.',
    },
  ],
  honesty: {
    shows: 'Standing on the left leg, the pelvis drops about 12° on the right; the model is left/right symmetric, so the loads mirror the right-sided preset.',
    simplifies: ABDUCTOR_SIMPLIFIES,
  },
};
