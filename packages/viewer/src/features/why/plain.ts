/**
 * The first thing a "Why?" says: one or two sentences in everyday words,
 * before the model's mechanism and its terms. Presets use their own
 * one-sentence description (from @lumbo/scenarios/presets).
 */
export const PLAIN_WORDS: Readonly<Record<string, string>> = {
  'anterior-tilt': 'How far the front of the pelvis tips down. Tight hip flexors pull it down at the front; the buttock and tummy muscles pull it back up.',
  lordosis: 'How much the lower back curves inward. When the pelvis tips forward, the lower back has to arch more to keep the body upright.',
  compression: 'How hard each disc of the lower back is squeezed. The weight above it and every muscle pulling across it add to the squeeze.',
  asymmetry: 'Whether one side of a disc is squeezed harder than the other. A muscle working harder on one side, or the trunk tilting, loads that side more.',
  'ap-shear': 'How much a vertebra is pushed to slide forward or backward on the one below. A steeper lower back slope makes the forward push larger.',
  'intradiscal-pressure': 'The pressure inside the soft centre of a disc. It rises with the squeeze on the disc.',
  'facet-share': 'How much of the load goes through the small joints at the back of the spine instead of the disc. Arching the back shifts load onto them.',
  'pelvic-obliquity': 'Whether one side of the pelvis hangs lower than the other. Standing on one leg, that leg’s hip muscles must hold the other side up; if they are weak, it drops.',
  'trunk-lateral-lean': 'How far the upper body leans to one side. Leaning over the standing leg is a way to need less force from weak hip muscles.',
  'abductor-demand': 'How hard the muscles at the side of the hip must work, compared with what they can do. When the need is above the ability, the body has to change how it stands.',
  'hip-contact-force': 'How hard the thigh bone presses into the hip socket. Muscles pulling across the hip add much more to it than body weight alone.',
  'hip-extensor-takeover': 'When the big buttock muscle does less, the back of the thigh and the back muscles do its work instead, and the lower back carries more.',
  piriformis: 'A small deep buttock muscle that turns the hip outward. When it is stiff it resists turning the hip inward and pulls on the sacrum.',
  reserves: 'The model could not find muscle forces that hold this posture: the muscles, as set, are not strong enough. The numbers shown are not a balanced answer.',
};
