/**
 * Lower crossed syndrome (Janda): tight hip flexors tip the pelvis forward,
 * the lumbar curve deepens, and the back extensors and the L4/L5 disc carry
 * more. Steps: healthy → tight, tense iliopsoas (the lower-crossed-syndrome
 * preset's iliopsoas values on a healthy body) → the whole preset.
 */
import type { Story } from './types.ts';

const JANDA = 'Janda, lower crossed syndrome (original not retrieved; clinical-background: iliopsoas)';
const WEAK_EVIDENCE =
  'Population studies find weak links between hip-flexor length and pelvic tilt (Heino et al. 1990, JOSPT 12:243: r = −0.04; Youdas et al. 1996, Phys Ther 76:1066): the model runs the mechanism Janda proposed as a what-if, not a prediction for a person.';

export const lowerCrossedSyndromeStory: Story = {
  id: 'lower-crossed-syndrome',
  title: 'Lower crossed syndrome',
  summary: 'A tight psoas tips the pelvis forward, the lower back arches, and the back extensors and discs carry more.',
  steps: [
    {
      title: 'The healthy baseline',
      preset: 'healthy',
      task: { kind: 'standing' },
      view: 'side',
      focus: 'body',
      highlight: ['iliopsoas', 'erectorSpinae', 'gluteusMaximus', 'abdominals'],
      text: 'An average adult standing upright, every muscle at normal strength and tone. Note the pelvic tilt, the lumbar curve and the L4/L5 load: every later step is a change from here.',
      sources: ['Le Huec et al. 2017; Vaz et al. 2002 (normative spino-pelvic alignment, docs/model.md §3)'],
      watch: [{ metric: { kind: 'anteriorTilt' } }, { metric: { kind: 'lordosis' } }, { metric: { kind: 'l4l5Compression' } }],
    },
    {
      title: 'Tight, tense hip flexors',
      preset: 'healthy',
      overrides: {
        'muscles.iliopsoas.left.tightness': 0.6,
        'muscles.iliopsoas.right.tightness': 0.6,
        'muscles.iliopsoas.left.tone': 0.1,
        'muscles.iliopsoas.right.tone': 0.1,
      },
      task: { kind: 'standing' },
      view: 'side',
      focus: 'spine',
      highlight: ['iliopsoas', 'erectorSpinae'],
      text: 'Janda described tight hip flexors pulling the pelvis into an anterior tilt. The psoas also attaches to the lumbar vertebrae, which it loads mainly in compression and shear.',
      sources: [JANDA, 'Bogduk, Pearcy & Hadfield 1992 (docs/model.md §4)'],
      simplifies:
        '“Tightness” is the passive force–length curve shifted to shorter lengths and “tone” a fixed activation floor; both values are chosen to show the mechanism [E], not measured in anyone.',
      predict: {
        question: 'Both hip flexors are now shortened and never fully relax. What will the pelvis do?',
        metric: { kind: 'anteriorTilt' },
        expected: 'up',
        choices: [
          { label: 'Tip forward (more anterior tilt)', direction: 'up' },
          { label: 'Tip backward', direction: 'down' },
          { label: 'Stay where it is', direction: 'same' },
        ],
      },
      watch: [
        { metric: { kind: 'lordosis' }, expected: 'up' },
        { metric: { kind: 'muscleForce', group: 'erectorSpinae' }, expected: 'up' },
        { metric: { kind: 'l4l5Compression' }, expected: 'up' },
      ],
    },
    {
      title: 'The whole cross: weak glutes and abdominals, tense back',
      preset: 'lower-crossed-syndrome',
      task: { kind: 'standing' },
      view: 'side',
      focus: 'spine',
      highlight: ['gluteusMaximus', 'abdominals', 'erectorSpinae', 'iliopsoas'],
      text: 'Janda paired the tight hip flexors and back extensors with weak gluteal and abdominal muscles, said to tip the pelvis further and deepen the lordosis. Overactive hip flexors have been measured in low back pain, read as compensation for weak glutes and core.',
      sources: [JANDA, 'Kim & Yim 2020, Tohoku J Exp Med 251:193'],
      simplifies: WEAK_EVIDENCE,
      predict: {
        question: 'Now the gluteus maximus is inhibited, the abdominals are weaker and the back extensors never switch off. What happens to the curve of the lower back?',
        metric: { kind: 'lordosis' },
        expected: 'up',
        choices: [
          { label: 'It arches more (more lordosis)', direction: 'up' },
          { label: 'It flattens', direction: 'down' },
          { label: 'No visible change', direction: 'same' },
        ],
      },
      watch: [{ metric: { kind: 'anteriorTilt' }, expected: 'up' }, { metric: { kind: 'l4l5Compression' } }],
    },
  ],
};
