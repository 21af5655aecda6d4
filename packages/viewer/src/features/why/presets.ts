/**
 * Why? entries for the clinical presets. The sources and the honesty note
 * come from the preset itself (@lumbo/scenarios/presets, one source of
 * truth); this file adds how the model produces the preset's effect, in
 * words, without restating its parameter values (they live in the preset).
 */
import { findPreset, PRESETS, type Preset } from '../../lib/presets.ts';
import { fmt, gaitResult, leanWords, level, obliquityWords, staticResult, taskName, versus } from './now.ts';
import type { WhyContext, WhyEntry } from './types.ts';

/** Where every preset's numbers come from: said once, appended to each preset's own note. */
const MODEL_LIMITS =
  'Like every preset it runs on one average body, quasi-statically, with spherical lumbar joints and straight-line muscles; its outputs are mechanistic what-ifs, not clinical predictions (docs/model.md §14).';

/** How the model turns each preset's parameter changes into its effect. */
const MECHANISMS: Record<string, string> = {
  healthy:
    'Every knob is at its default: normal strength, no tone, tightness or inhibition, and an even Trendelenburg/Duchenne strategy. ' +
    'The posture model is calibrated so that this subject stands exactly at the normative alignment for their pelvic incidence, and every other preset is a change from it. ' +
    'Its loads come from the same free-body and force-sharing steps as every other preset, which is why it is the fair baseline.',
  'lower-crossed-syndrome':
    'The preset shortens and tones both iliopsoas muscles, gives the back extensors a small tone floor, caps the gluteus maximus below full activation and weakens the abdominals. ' +
    'In standing the iliopsoas’s passive and tonic pull tips the pelvis forward until the postural feedback balances it, and with the thorax held about upright the lordosis deepens by nearly the same angle. ' +
    'The back extensors that balance the extra pull, and the psoas pulling along the spine, raise compression at every level and the forward shear at L5/S1, whose disc is the most inclined; at L4/L5 the extensors’ backward pull grows more, so the shear there turns further backward.',
  'gluteal-amnesia':
    'Both gluteus maximus muscles are weaker and capped below full activation. ' +
    'The force sharing then takes hip extension from the muscles left, so when bending forward the hamstrings carry much of what the gluteus maximus would have carried. ' +
    'The lumbar extensor moment depends on the trunk’s weight about each level, not on the glutes, so lumbar compression changes little.',
  'trendelenburg-right':
    'The right gluteus medius, with the minimus beside it, is weakened far enough that on the right leg the abductor demand exceeds what is left, and the strategy is set to a pure Trendelenburg drop. ' +
    'The model lets the pelvis drop on the left until stretched abductors, the iliotibial band and the hip capsule close the deficit, and bends the lumbar spine back toward the right so the thorax stays upright over the foot. ' +
    'That bend is what loads the right halves of the lower discs more.',
  'trendelenburg-left':
    'The mirror image of the right-sided preset: the left gluteus medius and minimus are weakened and the strategy is a pure Trendelenburg drop. ' +
    'On the left leg the model lets the pelvis drop on the right until passive tissue closes the deficit, and bends the lumbar spine toward the left to keep the thorax upright. ' +
    'The model is left/right symmetric, so its numbers mirror the right-sided preset.',
  'duchenne-right':
    'The same weak right abductors as the Trendelenburg preset, but the strategy is a pure Duchenne lean. ' +
    'On the right leg the model leans the trunk over the stance leg by lumbar side bending until the body’s weight is close enough to the hip that the demand falls to what the weak abductors can supply, so the pelvis stays level. ' +
    'The lean bends the lumbar spine toward the right, which loads the right halves of the lower discs more.',
  'psoas-hypertonic':
    'Both iliopsoas muscles carry a constant tone floor and are slightly shortened. ' +
    'The psoas fascicles attach to the lumbar vertebrae and pull along the spine with small levers, so their constant pull compresses the discs directly, and the back and hip extensors that must balance it add more. ' +
    'In standing the same pull tips the pelvis forward until the postural feedback balances it.',
  'piriformis-syndrome':
    'The right piriformis is stiffer, with its passive force rising steeply when stretched, and slightly tonic; the right gluteus maximus is weaker. ' +
    'In sitting the stretched, tonic piriformis pulls harder, and when bending forward the weaker gluteus maximus hands hip extension to the hamstrings through the force sharing. ' +
    'Its pull crosses the sacrum and the hip rather than the lumbar levels, so lumbar loads change only a little.',
  'gluteus-medius-coactivation':
    'Both gluteus medii hold an activation floor while standing, pulling against each other through the pelvis. ' +
    'Their abduction moments cancel through the legs, but their posterior fibres also extend the hip, so the force sharing lets the gluteus maximus and hamstrings fall silent and the posture model tilts the pelvis slightly back. ' +
    'Hip contact force rises while lumbar compression barely changes: this model does not reproduce the extra compression the co-activation idea expects.',
};

/** The main differences from the compare set for the task on screen, from the two answers. */
export function presetNow(ctx: WhyContext): string | null {
  const r = staticResult(ctx.shown);
  if (r) {
    const c = staticResult(ctx.compare);
    const l45 = level(r, 'L4/L5');
    const c45 = c ? level(c, 'L4/L5') : undefined;
    const parts = [
      `anterior tilt ${fmt(r.pelvis.anteriorTiltDeg, 1)}°${versus(ctx, r.pelvis.anteriorTiltDeg, c?.pelvis.anteriorTiltDeg, 1, '°')}`,
      l45 ? `L4/L5 compression ${fmt(l45.compressionN, 0)} N${versus(ctx, l45.compressionN, c45?.compressionN, 0, ' N')}` : null,
      `pelvis ${obliquityWords(r.pelvis.obliquityDeg)}, trunk ${leanWords(r.trunk.lateralLeanDeg)}`,
    ].filter((p): p is string => p !== null);
    return `In ${taskName(ctx.shown)}: ${parts.join('; ')}.`;
  }
  const g = gaitResult(ctx.shown);
  if (!g) return null;
  const c = gaitResult(ctx.compare);
  const s = g.summary;
  return (
    `Over the gait cycle: mean anterior tilt ${fmt(s.meanAnteriorPelvicTiltDeg, 1)}°${versus(ctx, s.meanAnteriorPelvicTiltDeg, c?.summary.meanAnteriorPelvicTiltDeg, 1, '°')}; ` +
    `obliquity range ${fmt(s.pelvicObliquityRangeDeg, 1)}°${versus(ctx, s.pelvicObliquityRangeDeg, c?.summary.pelvicObliquityRangeDeg, 1, '°')}.`
  );
}

function presetEntry(p: Preset): WhyEntry {
  const mechanism = MECHANISMS[p.id];
  if (!mechanism) throw new Error(`the Why? catalogue has no mechanism for preset "${p.id}" (src/why/presets.ts)`);
  return {
    id: p.id,
    title: p.label,
    plain: p.description,
    mechanism,
    sources: p.sources,
    simplification: `${p.honesty.simplifies} ${MODEL_LIMITS}`,
    now: presetNow,
  };
}

/** One entry per preset of @lumbo/scenarios/presets that has a mechanism here (catalogue.test.ts checks it is all of them). */
export const PRESET_WHY: readonly WhyEntry[] = PRESETS.filter((p) => MECHANISMS[p.id] !== undefined).map(presetEntry);

/** Preset ids the catalogue describes but the presets package no longer has (catalogue.test.ts expects none). */
export const ORPHAN_PRESET_MECHANISMS: readonly string[] = Object.keys(MECHANISMS).filter((id) => !findPreset(id));
