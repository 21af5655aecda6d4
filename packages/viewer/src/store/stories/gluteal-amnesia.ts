/**
 * Gluteal amnesia: an inhibited gluteus maximus hands hip extension to the
 * hamstrings. Clinicians add the lumbar erector spinae; this model does not
 * (they do not cross the hip), and the card and the step say so.
 */
import type { Story } from './types.ts';

const BUCKTHORPE = 'Buckthorpe et al. 2019, Int J Sports Phys Ther 14:655';
const HUNGERFORD = 'Hungerford et al. 2003, Spine 28:1593';
const FREEMAN = 'Freeman, Mascia & McGill 2013, Clin Biomech 28:171';

export const glutealAmnesiaStory: Story = {
  id: 'gluteal-amnesia',
  title: 'Gluteal amnesia',
  summary: 'An inhibited gluteus maximus: who takes over hip extension, in bending forward and in walking.',
  steps: [
    {
      title: 'Bending forward, healthy',
      preset: 'healthy',
      task: { kind: 'trunk-flexion', angleDeg: 45 },
      view: 'side',
      focus: 'body',
      highlight: ['gluteusMaximus', 'hamstrings', 'erectorSpinae'],
      text: 'Bending forward 45°, the gluteus maximus and the hamstrings share the work of extending the hips, while the back extensors hold the trunk.',
      sources: [BUCKTHORPE],
      watch: [
        { metric: { kind: 'muscleForce', group: 'gluteusMaximus' } },
        { metric: { kind: 'muscleForce', group: 'hamstrings' } },
        { metric: { kind: 'muscleForce', group: 'erectorSpinae' } },
      ],
    },
    {
      title: 'An inhibited gluteus maximus',
      preset: 'gluteal-amnesia',
      task: { kind: 'trunk-flexion', angleDeg: 45 },
      view: 'side',
      focus: 'body',
      highlight: ['gluteusMaximus', 'hamstrings', 'erectorSpinae'],
      text: 'Pain and hip-joint irritation can switch the gluteus maximus down; clinicians describe the hamstrings and the lumbar erector spinae taking over hip extension.',
      sources: [BUCKTHORPE, FREEMAN, 'Amabile et al. 2017, PLoS One, doi 10.1371/journal.pone.0177008'],
      simplifies:
        'Inhibition is a cap on activation and weakness a force scale [E]. In this model the erector spinae do not cross the hip, so they balance the trunk whatever the hip extensors do: the model does not reproduce the “back extensors take over” part of the claim.',
      predict: {
        question: 'Both gluteus maximus muscles are inhibited (weaker, and capped at half activation). Bending forward, what do the hamstrings do?',
        metric: { kind: 'muscleForce', group: 'hamstrings' },
        expected: 'up',
        choices: [
          { label: 'They work harder', direction: 'up' },
          { label: 'They work less', direction: 'down' },
          { label: 'Nothing changes', direction: 'same' },
        ],
      },
      watch: [
        { metric: { kind: 'muscleForce', group: 'gluteusMaximus' }, expected: 'down' },
        {
          metric: { kind: 'muscleForce', group: 'erectorSpinae' },
          expected: 'up',
          knownDisagreement:
            'The back extensors do not cross the hip in this model, so a weaker gluteus maximus cannot hand them hip-extension work.',
        },
        { metric: { kind: 'l4l5Compression' } },
      ],
    },
    {
      title: 'Walking, healthy',
      preset: 'healthy',
      task: { kind: 'gait' },
      view: 'side',
      focus: 'body',
      highlight: ['gluteusMaximus', 'hamstrings'],
      text: 'In walking, the gluteus maximus and the hamstrings extend the hip in early stance, right after heel strike.',
      sources: [HUNGERFORD],
      watch: [{ metric: { kind: 'gaitMeanActivation', group: 'hamstrings', side: 'right' } }, { metric: { kind: 'gaitMeanAnteriorTilt' } }],
    },
    {
      title: 'Walking with an inhibited gluteus maximus',
      preset: 'gluteal-amnesia',
      task: { kind: 'gait' },
      view: 'side',
      focus: 'body',
      highlight: ['gluteusMaximus', 'hamstrings'],
      text: 'In sacroiliac joint pain the gluteus maximus switched on later and the biceps femoris (a hamstring) earlier; a weak or late gluteus maximus is said to let the pelvis tilt forward.',
      sources: [HUNGERFORD, BUCKTHORPE],
      simplifies:
        'Hungerford et al. measured timing; the model expresses a delayed onset as a cap on the stance burst (gluteus maximus onset delay), and at normal walking demand the muscle stays below that cap, so the delay alone changes nothing here: this step shows the weaker, capped muscle. The model has no pain and no reflexes, and pain may cause the inhibition as much as result from it.',
      predict: {
        question: 'The person with the inhibited gluteus maximus walks. What happens to the activation of the right hamstrings over the cycle?',
        metric: { kind: 'gaitMeanActivation', group: 'hamstrings', side: 'right' },
        expected: 'up',
        choices: [
          { label: 'It rises', direction: 'up' },
          { label: 'It falls', direction: 'down' },
          { label: 'It stays the same', direction: 'same' },
        ],
      },
      watch: [{ metric: { kind: 'gaitMeanAnteriorTilt' }, expected: 'up' }],
    },
  ],
};
