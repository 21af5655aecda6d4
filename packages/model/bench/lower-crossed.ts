/**
 * The knobs of the lower-crossed-syndrome preset (packages/scenarios/src/presets/lower-crossed-syndrome.ts), the
 * viewer's default scenario, for the model's benchmarks: the model cannot import the scenarios package (it depends
 * on the model), so they are written out here once, as the preset has them.
 */
const tight = { tightness: 0.8, tone: 1 }, extensors = { tone: 1, activationFloor: 0.02 }, glmax = { inhibition: 0.5 }, abs = { strength: 0.6 };

const LOWER_CROSSED_MUSCLES = {
  iliopsoas: { left: tight, right: tight },
  erectorSpinae: { left: extensors, right: extensors },
  gluteusMaximus: { left: glmax, right: glmax },
  abdominals: { left: abs, right: abs },
};

export const LOWER_CROSSED = { muscles: LOWER_CROSSED_MUSCLES };
