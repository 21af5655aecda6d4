/**
 * Piriformis: a stiff, tense right piriformis carries more force in sitting;
 * with the weaker gluteus maximus reported beside it, the hamstrings take
 * over when bending forward. The model has no nerve, and the card says so.
 */
import type { Story } from './types.ts';

const PAPADOPOULOS = 'Papadopoulos & Khan 2004, Orthop Clin North Am 35:65';
const OTHMAN = 'Othman et al. 2023, Life 13:1208';
const NO_NERVE = 'The model has no nerve, so it cannot show sciatic irritation, the main complaint in piriformis syndrome.';

export const piriformisStory: Story = {
  id: 'piriformis',
  title: 'Piriformis',
  summary: 'A stiff, overactive piriformis in sitting, and the weaker gluteus maximus found beside it when bending forward.',
  steps: [
    {
      title: 'Sitting, healthy',
      preset: 'healthy',
      task: { kind: 'sitting' },
      view: 'side',
      focus: 'body',
      highlight: ['piriformis', 'gluteusMaximus'],
      text: 'The piriformis runs from the sacrum to the greater trochanter, beside the sciatic nerve. Buttock pain that is worse in sitting is the typical complaint of piriformis syndrome.',
      sources: [PAPADOPOULOS],
      watch: [{ metric: { kind: 'muscleForce', group: 'piriformis', side: 'right' } }, { metric: { kind: 'l4l5Compression' } }],
    },
    {
      title: 'A stiff, tense right piriformis',
      preset: 'piriformis-syndrome',
      task: { kind: 'sitting' },
      view: 'side',
      focus: 'body',
      highlight: ['piriformis'],
      text: 'A tight piriformis is said to irritate the sciatic nerve; with the hip flexed in sitting the muscle is stretched, and its action flips from external to internal rotation in deep hip flexion.',
      sources: [PAPADOPOULOS, 'Delp et al. 1999 (docs/model.md §10)'],
      simplifies: `Stiffness (a steeper passive curve) and tone (an activation floor) are chosen values [E]. ${NO_NERVE}`,
      predict: {
        question: 'The right piriformis is now twice as stiff and never fully relaxes. Sitting, what happens to the force it carries?',
        metric: { kind: 'muscleForce', group: 'piriformis', side: 'right' },
        expected: 'up',
        choices: [
          { label: 'It rises', direction: 'up' },
          { label: 'It falls', direction: 'down' },
          { label: 'No change', direction: 'same' },
        ],
      },
      watch: [{ metric: { kind: 'l4l5Compression' } }],
    },
    {
      title: 'Bending forward, healthy',
      preset: 'healthy',
      task: { kind: 'trunk-flexion', angleDeg: 45 },
      view: 'side',
      focus: 'body',
      highlight: ['piriformis', 'gluteusMaximus', 'hamstrings'],
      text: 'Bending forward 45°, the gluteus maximus and the hamstrings share the work of extending the hips.',
      sources: ['Buckthorpe et al. 2019, Int J Sports Phys Ther 14:655'],
      watch: [{ metric: { kind: 'muscleForce', group: 'hamstrings', side: 'right' } }, { metric: { kind: 'muscleForce', group: 'gluteusMaximus', side: 'right' } }],
    },
    {
      title: 'Bending forward with the piriformis picture',
      preset: 'piriformis-syndrome',
      task: { kind: 'trunk-flexion', angleDeg: 45 },
      view: 'side',
      focus: 'body',
      highlight: ['piriformis', 'gluteusMaximus', 'hamstrings'],
      text: 'In people with low back pain and piriformis syndrome, a thicker piriformis went with a weaker gluteus maximus and a more active gluteus medius; this picture weakens the right gluteus maximus too.',
      sources: [OTHMAN],
      simplifies: `Othman et al. report correlations of muscle thickness (r = −0.40 with gluteus maximus strength), not overactivity or a cause; the model takes the pattern as given. ${NO_NERVE}`,
      predict: {
        question: 'The right gluteus maximus is weaker as well. Bending forward, what do the right hamstrings do?',
        metric: { kind: 'muscleForce', group: 'hamstrings', side: 'right' },
        expected: 'up',
        choices: [
          { label: 'They work harder', direction: 'up' },
          { label: 'They work less', direction: 'down' },
          { label: 'Nothing changes', direction: 'same' },
        ],
      },
      watch: [
        { metric: { kind: 'muscleForce', group: 'gluteusMaximus', side: 'right' }, expected: 'down' },
        { metric: { kind: 'muscleForce', group: 'piriformis', side: 'right' }, expected: 'up' },
      ],
    },
  ],
};
