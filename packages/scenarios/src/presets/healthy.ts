import type { Preset } from './types.ts';

export const healthy: Preset = {
  id: 'healthy',
  label: 'Healthy reference',
  description:
    'An average adult, 75 kg and 1.75 m tall, with every hip and trunk muscle at normal strength and no extra tone. ' +
    'Use it as the baseline: every other preset is a change from this person, so compare against it before reading any number on its own.',
  params: {},
  showcaseTasks: [{ kind: 'standing' }, { kind: 'trunk-flexion', angleDeg: 45 }],
  sources: [
    {
      citation: 'Le Huec et al. 2017; Vaz et al. 2002 (docs/model.md §3)',
      finding: 'Normative spino-pelvic alignment of asymptomatic adults: pelvic incidence about 53°, lordosis and sacral slope set by it.',
    },
  ],
  honesty: {
    shows: 'A quasi-static posture and the muscle forces that hold it, with per-level lumbar loads.',
    simplifies:
      'One average body; real people vary widely in alignment and muscle use, and "normal" here is a modelling choice, not a clinical norm.',
  },
};
