/**
 * Trendelenburg vs Duchenne: a very weak right gluteus medius either lets
 * the pelvis drop on the lifted side or makes the person lean over the
 * stance leg; both load one half of the lumbar discs more. Single-leg
 * stance first, then walking.
 */
import type { Story } from './types.ts';

const SADLER = 'Sadler et al. 2019, BMC Musculoskelet Disord 20:463';
const CLINICAL = 'Clinical single-leg stance test (clinical-background: gluteus medius)';
const SEVERE_ONLY =
  'The weakness is a force scale chosen to make the sign visible [E]: a 52 % experimental weakness (nerve block) changed neither the Trendelenburg test nor walking in healthy people (Kendall et al. 2013, Clin J Sport Med; Pohl et al. 2015, J Athl Train 50:385). Whether the pelvis drops or the trunk leans is a parameter (compensation strategy), not a model prediction.';

export const trendelenburgDuchenneStory: Story = {
  id: 'trendelenburg-duchenne',
  title: 'Trendelenburg or Duchenne',
  summary: 'A weak gluteus medius: the pelvis drops, or the trunk leans; either way one side of the lower back carries more.',
  steps: [
    {
      title: 'Standing on the right leg',
      preset: 'healthy',
      task: { kind: 'single-leg-stance', side: 'right' },
      view: 'back',
      focus: 'body',
      highlight: ['gluteusMedius', 'gluteusMinimus'],
      text: 'Standing on the right leg, the right hip abductors (gluteus medius and minimus) hold the pelvis level against the weight of the body on the other side. People with low back pain have weaker hip abductors in most strength studies.',
      sources: [SADLER],
      watch: [{ metric: { kind: 'obliquity' } }, { metric: { kind: 'trunkLateralLean' } }, { metric: { kind: 'l4l5Asymmetry' } }],
    },
    {
      title: 'A weak right gluteus medius: Trendelenburg',
      preset: 'trendelenburg-right',
      task: { kind: 'single-leg-stance', side: 'right' },
      view: 'back',
      focus: 'body',
      highlight: ['gluteusMedius', 'gluteusMinimus'],
      text: 'When the stance-side abductors are too weak, clinicians see the pelvis drop on the side of the lifted leg (a positive Trendelenburg sign), with the lumbar discs loaded unevenly.',
      sources: [CLINICAL, SADLER],
      simplifies: SEVERE_ONLY,
      predict: {
        question: 'The right gluteus medius is down to a tenth of its strength, and the person does not lean. Standing on the right leg, what will the pelvis do?',
        metric: { kind: 'obliquity' },
        expected: 'down',
        choices: [
          { label: 'The left side drops', direction: 'down' },
          { label: 'The right side drops', direction: 'up' },
          { label: 'It stays level', direction: 'same' },
        ],
      },
      watch: [{ metric: { kind: 'l4l5Asymmetry' }, expected: 'up' }, { metric: { kind: 'l4l5Compression' } }],
    },
    {
      title: 'The same weakness, compensated by a lean: Duchenne',
      preset: 'duchenne-right',
      task: { kind: 'single-leg-stance', side: 'right' },
      view: 'back',
      focus: 'body',
      highlight: ['gluteusMedius', 'erectorSpinae', 'quadratusLumborum'],
      text: 'Many people compensate instead by leaning the trunk over the stance leg: the body weight moves closer to the hip, so the weak abductors need less force, but the lower back bends to the side.',
      sources: [CLINICAL, SADLER],
      simplifies: SEVERE_ONLY,
      predict: {
        question: 'Same weak muscle, but now the person leans the trunk over the right leg. What happens to the pelvis?',
        metric: { kind: 'obliquity' },
        expected: 'up',
        choices: [
          { label: 'It levels out', direction: 'up' },
          { label: 'The left side drops further', direction: 'down' },
          { label: 'No change', direction: 'same' },
        ],
      },
      watch: [{ metric: { kind: 'trunkLateralLean' }, expected: 'up' }, { metric: { kind: 'l4l5Asymmetry' } }],
    },
    {
      title: 'Healthy walking',
      preset: 'healthy',
      task: { kind: 'gait' },
      view: 'back',
      focus: 'body',
      highlight: ['gluteusMedius', 'gluteusMinimus'],
      text: 'In normal walking the pelvis dips a little on the swing side during each single-leg stance; healthy walkers move the pelvis through about 8° in the frontal plane.',
      sources: ['Reininga et al. 2012, J Neuroeng Rehabil 9:3'],
      watch: [{ metric: { kind: 'gaitPeakDrop', stance: 'right' } }, { metric: { kind: 'gaitPeakL4L5Compression', stance: 'right' } }],
    },
    {
      title: 'Walking with the weak right gluteus medius',
      preset: 'trendelenburg-right',
      task: { kind: 'gait' },
      view: 'back',
      focus: 'body',
      highlight: ['gluteusMedius', 'gluteusMinimus'],
      text: 'Clinicians look for a hip drop in walking as a sign of a weak gluteus medius, with more sideways bending of the lower back and one-sided disc compression.',
      sources: [CLINICAL, SADLER],
      simplifies:
        'The model replays normal walking kinematics and adds a pelvic drop only in the frames where the abductors run out of capacity (docs/model.md §9.3); it is quasi-static, with no balance control. ' +
        SEVERE_ONLY,
      predict: {
        question: 'The person with the weak right gluteus medius walks. While they stand on the right leg, what happens to the drop of the left side of the pelvis?',
        metric: { kind: 'gaitPeakDrop', stance: 'right' },
        expected: 'up',
        choices: [
          { label: 'It grows (a Trendelenburg gait)', direction: 'up' },
          { label: 'It shrinks', direction: 'down' },
          { label: 'No change', direction: 'same' },
        ],
      },
      watch: [
        { metric: { kind: 'gaitPeakL4L5Compression', stance: 'right' }, expected: 'up' },
        {
          metric: { kind: 'gaitMeanL4L5Asymmetry', stance: 'right' },
          expected: 'up',
          // measured 2026-12-04: 0.002 → 0.019 (the test in stories.test.ts fails if the model's change grows past the threshold)
          knownDisagreement:
            'In the model the right half of L4/L5 does carry a little more in right stance, but the rise of the index (about +0.016) stays inside what this story counts as unchanged (±0.02): the walking drop is moderate at this strength, and the muscles share the sideways bending moment between the two halves of the disc (docs/model.md §9.4).',
        },
      ],
    },
  ],
};
