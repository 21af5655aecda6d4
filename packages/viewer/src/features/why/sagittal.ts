/** Why? entries for the sagittal posture: anterior pelvic tilt and lumbar lordosis (model: mechanics/posture3d/, docs/model.md §5). */
import { fmt, gaitResult, meanOf, staticResult, taskName, versus } from './now.ts';
import type { WhyMechanism } from './types.ts';

const POSTURE_SIMPLIFIES =
  'The postural feedback gains and the thorax’s postural spring are calibrations, chosen so the lower crossed syndrome configuration tilts the pelvis a few degrees, so absolute degrees are illustrative and only the direction is the mechanism’s; sitting keeps a single tilt coordinate on the seat. ' +
  'Habitual muscle drive is the default subject’s: the model does not learn or adapt motor control (docs/model.md §5 and §14).';

export const anteriorTilt: WhyMechanism = {
  id: 'anterior-tilt',
  title: 'Anterior pelvic tilt',
  mechanism:
    'In standing the model solves the whole posture at once — the pelvis’s tilt, obliquity and rotation and every lumbar level’s bend in three directions — as the pose where all pulls balance: each muscle pulls with the activation the default subject habitually uses to stand (raised by tone, capped by inhibition) plus its passive stretch, against gravity, the lumbar segments’ passive stiffness and a postural feedback that is stiffer where the muscles resisting the motion are stronger. ' +
    'A tight or tonic iliopsoas adds forward pull, so the pelvis tips forward until the feedback and the stretched hip extensors balance it; weak muscles make the posture softer. ' +
    'A soft postural spring keeps the thorax about upright, so the lumbar lordosis changes by nearly, not exactly, the same angle. ' +
    'Trunk flexion starts from this solved posture, and in gait the walking pattern is laid on top of it; sitting finds its own tilt on the seat.',
  sources: [
    { citation: 'Preece et al. 2008 (docs/model.md §3)', finding: 'The ASIS–PSIS angle of cadaveric pelves in a fixed anatomical position is 13 ± 5° (0–23°): part of the clinical “tilt” is pelvic shape, not posture.' },
    { citation: 'Le Huec et al. 2017 (docs/model.md §3)', finding: 'Normative spino-pelvic alignment: pelvic tilt, sacral slope and lordosis follow pelvic incidence.' },
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
    'In standing each of the five lumbar levels has its own angle, solved with the pelvis: when the pelvis tilts, the thorax stays about upright and the levels share the change as their stiffness, the postural feedback and the muscles crossing them decide (a toned psoas extends the upper levels and flexes L5/S1 by its own pull), so lordosis changes by nearly, not exactly, the tilt; in a forward bend and in sitting a fixed rhythm (Christophy) shares it. ' +
    'Extending a level beyond its neutral angle bends its disc against the passive stiffness and moves more of the compression onto the facet joints.',
  sources: [
    { citation: 'Le Huec et al. 2017 (docs/model.md §3)', finding: 'Lordosis in asymptomatic adults is set largely by pelvic incidence, about 60–75 % of it at L4–S1.' },
    { citation: 'Christophy et al. 2012 (docs/model.md §8)', finding: 'Share of lumbar flexion per level, used to distribute a forward bend and the flattening of sitting.' },
    { citation: 'Yamamoto et al. 1989, Spine 14:1256 (docs/model.md §5.2)', finding: 'Neutral zone and range of motion of each lumbar level in flexion, extension, bending and rotation: the passive curves of each level.' },
    { citation: 'Nelson-Wong et al. (PMC4469524; docs/model.md §11)', finding: 'People who developed pain in prolonged standing stood with 4.4° (95 % CI 0.9–7.8) more lordosis.' },
  ],
  simplification: 'Spherical lumbar joints with nonlinear but uncoupled passive curves and a rigid thoracic spine; inside the neutral zones (tenths of a degree to 1.5°) the levels are soft, so how a small change is shared between them rests on the feedback calibration. ' + POSTURE_SIMPLIFIES,
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
