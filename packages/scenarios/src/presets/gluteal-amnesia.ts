import type { Preset } from './types.ts';

const INHIBITED_AND_SMALLER = { inhibition: 0.5, strength: 0.7 };

export const glutealAmnesia: Preset = {
  id: 'gluteal-amnesia',
  label: 'Gluteal amnesia (inhibited gluteus maximus)',
  description:
    'Pain and hip-joint irritation can switch the gluteus maximus down: it activates later and less, and other muscles take over hip extension. ' +
    'Here both gluteus maximus muscles are weaker and cannot reach more than half of their usual activation. ' +
    'Bend forward and watch the hamstrings and the back extensors carry hip extension that the gluteus maximus would normally share. ' +
    'A late onset belongs to walking: try the Gait task and the "Gluteus maximus onset delay" slider.',
  params: { muscles: { gluteusMaximus: { left: INHIBITED_AND_SMALLER, right: INHIBITED_AND_SMALLER } } },
  showcaseTasks: [{ kind: 'trunk-flexion', angleDeg: 45 }, { kind: 'trunk-flexion', angleDeg: 90 }],
  sources: [
    {
      citation: 'Hungerford et al. 2003, Spine 28:1593',
      finding: 'Men with sacroiliac joint pain showed delayed gluteus maximus onset and earlier biceps femoris onset on the symptomatic side.',
    },
    {
      citation: 'Freeman, Mascia & McGill 2013, Clin Biomech 28:171',
      finding: 'Induced hip-joint effusion lowered gluteal activity (arthrogenic inhibition).',
    },
    {
      citation: 'Amabile et al. 2017, PLoS One, doi 10.1371/journal.pone.0177008',
      finding: 'Women with chronic low back pain had a smaller height-normalised gluteus maximus cross-section.',
    },
    {
      citation: 'Buckthorpe et al. 2019, Int J Sports Phys Ther 14:655',
      finding: 'Clinical review: an inhibited gluteus maximus shifts hip extension to the hamstrings and lumbar erector spinae.',
    },
  ],
  honesty: {
    shows:
      'With a weaker gluteus maximus the optimiser moves hip-extension work to the hamstrings (a few hundred newtons at 45° of trunk flexion); L4/L5 compression changes by only a few newtons.',
    simplifies:
      'The activation cap alone changes nothing in these static tasks: the gluteus maximus never needs more than about 16 % activation even at 90° of flexion, below the cap. ' +
      'The visible effect comes from the strength reduction. The preset leaves the onset delay at 0: in the gait model the hip-extension demand in the first 100 ms after heel strike is small ' +
      '(gluteus maximus activation under 0.05), so a delay of up to 100 ms alone leaves the loads unchanged; only with a much weaker muscle do the hamstrings take over the loading-response burst. ' +
      'Pain may cause the inhibition as much as result from it.',
  },
};
