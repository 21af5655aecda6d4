/** Why? entries for the sagittal posture: anterior pelvic tilt and lumbar lordosis (model: mechanics/sagittal-equilibrium.ts). */
import { fmt, gaitResult, meanOf, staticResult, taskName, versus } from './now.ts';
import type { WhyMechanism } from './types.ts';

const POSTURE_SIMPLIFIES =
  'One posture coordinate with the thorax held upright; the postural feedback gain is a calibration, chosen so the lower crossed syndrome configuration tilts the pelvis about 5°, so absolute degrees are illustrative and only the direction is the mechanism’s. ' +
  'Habitual muscle drive is the default subject’s: the model does not learn or adapt motor control (docs/model.md §5 and §14).';

export const anteriorTilt: WhyMechanism = {
  id: 'anterior-tilt',
  title: 'Anterior pelvic tilt',
  mechanism:
    'In standing the model finds the pelvic tilt at which all pulls on the pelvis balance: each muscle pulls with the activation the default subject habitually uses to stand (raised by tone, capped by inhibition) plus its passive stretch, against gravity, the bent discs and a postural feedback that is stiffer when the muscles resisting the tilt are stronger. ' +
    'A tight or tonic iliopsoas adds forward pull, so the pelvis tips forward until the feedback and the stretched hip extensors balance it; weak muscles make the posture softer. ' +
    'The thorax is held upright, so the lumbar lordosis changes by the same angle. ' +
    'Trunk flexion and sitting start from this solved posture, and in gait the walking pattern is laid on top of it.',
  sources: [
    { citation: 'Preece et al. 2008 (model-spec §2.3)', finding: 'The ASIS–PSIS angle of cadaveric pelves in a fixed anatomical position is 13 ± 5° (0–23°): part of the clinical “tilt” is pelvic shape, not posture.' },
    { citation: 'Le Huec et al. 2017 (model-spec §2.2)', finding: 'Normative spino-pelvic alignment: pelvic tilt, sacral slope and lordosis follow pelvic incidence.' },
    { citation: 'Heino et al. 1990, J Orthop Sports Phys Ther 12:243', finding: 'Hip-extension range and standing pelvic tilt are almost uncorrelated (r = −0.04).' },
    { citation: 'Youdas et al. 1996, Phys Ther 76:1066', finding: 'Muscle length and performance explain at most R² = 0.23–0.40 of pelvic inclination and lordosis.' },
  ],
  simplification: POSTURE_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const t = r.pelvis.anteriorTiltDeg;
      return `In ${taskName(ctx.shown)} the pelvis tilts ${fmt(t, 1)}° (ASIS–PSIS)${versus(ctx, t, staticResult(ctx.compare)?.pelvis.anteriorTiltDeg, 1, '°', 'more forward', 'less forward')}.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const mean = g.summary.meanAnteriorPelvicTiltDeg;
    return `Over the gait cycle the pelvis tilts ${fmt(mean, 1)}° on average, with a range of ${fmt(g.summary.anteriorPelvicTiltRangeDeg, 1)}°${versus(ctx, mean, gaitResult(ctx.compare)?.summary.meanAnteriorPelvicTiltDeg, 1, '°', 'more forward', 'less forward')}.`;
  },
};

export const lordosis: WhyMechanism = {
  id: 'lordosis',
  title: 'Lumbar lordosis',
  mechanism:
    'Lordosis is the angle between the upper endplate of L1 and the S1 endplate; its neutral value follows pelvic incidence (Le Huec regressions). ' +
    'When the pelvis tilts, the model keeps the thorax upright and spreads the change over the five lumbar levels by the Christophy rhythm, so in standing lordosis changes degree for degree with anterior tilt. ' +
    'Extending each level beyond its neutral angle bends the discs against their passive stiffness and moves more of the compression onto the facet joints.',
  sources: [
    { citation: 'Le Huec et al. 2017 (model-spec §2.2)', finding: 'Lordosis in asymptomatic adults is set largely by pelvic incidence, about 60–75 % of it at L4–S1.' },
    { citation: 'Christophy et al. 2012 (model-spec §1.3)', finding: 'Share of lumbar flexion and bending per level, used to distribute a change in lordosis.' },
    { citation: 'Nelson-Wong et al. (PMC4469524; model-spec §6)', finding: 'People who developed pain in prolonged standing stood with 4.4° (95 % CI 0.9–7.8) more lordosis.' },
  ],
  simplification: 'Spherical lumbar joints with linear stiffness and a rigid thoracic spine; the rhythm that spreads the change over the levels is fixed, whatever the muscles do. ' + POSTURE_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const l = r.lumbar.lordosisDeg;
      return `In ${taskName(ctx.shown)} the lordosis is ${fmt(l, 1)}°${versus(ctx, l, staticResult(ctx.compare)?.lumbar.lordosisDeg, 1, '°')}.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const mean = meanOf(g.lordosisDeg);
    return `Over the gait cycle the lordosis averages ${fmt(mean, 1)}°${versus(ctx, mean, (() => { const c = gaitResult(ctx.compare); return c ? meanOf(c.lordosisDeg) : null; })(), 1, '°')}.`;
  },
};
