import type { Preset } from './types.ts';

const COACTIVE = { coactivation: 0.1 };

export const gluteusMediusCoactivation: Preset = {
  id: 'gluteus-medius-coactivation',
  label: 'Gluteus medius co-activation in prolonged standing',
  description:
    'In a two-hour standing study, the people who went on to develop back pain kept both gluteus medius muscles switched on together instead of shifting weight from one side to the other. ' +
    'Here both gluteus medius muscles hold a constant 10 % activation while standing, pulling against each other. ' +
    'The idea is that this stiffens the pelvis at the price of extra spinal compression; see below for what the model makes of it.',
  params: { muscles: { gluteusMedius: { left: COACTIVE, right: COACTIVE } } },
  showcaseTasks: [{ kind: 'standing' }],
  sources: [
    {
      citation: 'Nelson-Wong et al. 2008, Clin Biomech 23:545',
      finding: 'In 2 h of standing, pain developers co-activated both gluteus medii (p = 0.002); the pattern classified 76 % of participants.',
    },
    {
      citation: 'Marshall et al. 2011, Hum Mov Sci 30:63',
      finding: 'Pain developers in prolonged standing showed higher co-activation and lower side-bridge endurance.',
    },
  ],
  honesty: {
    shows:
      'A fixed activation floor on both gluteus medii in standing. In this model their extra force replaces hip-extensor work (the gluteus maximus and hamstrings fall silent), ' +
      'so L4/L5 compression barely changes and the pelvis tilts about 1.5° backward: the model reproduces neither the expected rise in compression nor the 4.4° more lordosis measured in pain developers (PMC4469524).',
    simplifies:
      'The study measured a timing pattern over two hours; the model is a single quasi-static instant with no fatigue, so it shows the mechanical cost of the pattern at one moment, not how pain develops.',
  },
};
