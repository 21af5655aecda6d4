import type { Preset } from './types.ts';
import { ABDUCTOR_SIMPLIFIES, ABDUCTOR_SOURCES, weakAbductorParams } from './weak-abductors.ts';

export const duchenneRight: Preset = {
  id: 'duchenne-right',
  label: 'Duchenne lean, weak right gluteus medius',
  description:
    'The same weak right gluteus medius as the Trendelenburg preset, but the person compensates differently: instead of letting the pelvis drop, they lean the trunk over the right stance leg. ' +
    'Leaning brings the body weight closer to the hip, so the weak abductors need less force, but the lower back now bends to the side. ' +
    'Stand on the right leg and compare with the Trendelenburg preset.',
  params: weakAbductorParams('right', 1),
  showcaseTasks: [{ kind: 'single-leg-stance', side: 'right' }],
  sources: [
    ...ABDUCTOR_SOURCES,
    {
      citation: 'Clinical description (clinical-background: gluteus medius)',
      finding: 'A weak gluteus medius is compensated by a lateral trunk lean over the stance leg, with more lateral trunk motion and one-sided disc compression.',
    },
  ],
  honesty: {
    shows:
      'Standing on the right leg, the pelvis stays level and the trunk leans about 12° to the right; the abductor demand falls to what the weak muscles can supply, and the L4/L5 load becomes one-sided.',
    simplifies: ABDUCTOR_SIMPLIFIES,
  },
};
