/**
 * Why? entries for the lumbar loads: compression, the left/right split, AP
 * shear, intradiscal pressure and the facet share (model:
 * mechanics/level-loads.ts and lumbar-loads.ts).
 */
import type { LevelName, TaskResult } from '@lumbo/model';
import { fmt, gaitResult, level, maxOf, meanOf, staticResult, taskName, versus } from './now.ts';
import type { WhyContext, WhyMechanism } from './types.ts';

const LOADS_SIMPLIFIES =
  'Quasi-static: no inertia except the gait’s prescribed accelerations. Every level is a spherical joint with nonlinear, uncoupled passive curves per axis, muscle paths are straight lines, and the force sharing minimises the sum of squared activations, one of several plausible criteria. ' +
  'Disc sizes come from one cadaver (the Visible Human Male) and vertebral attachment points are estimates (docs/model.md §14).';

const WILKE: { citation: string; finding: string } = {
  citation: 'Wilke et al. 1999, Spine 24:755',
  finding: 'In-vivo L4/L5 intradiscal pressure in one subject: about 0.5 MPa in relaxed standing, more when bending forward or lifting.',
};
const BOGDUK = {
  citation: 'Bogduk, Pearcy & Hadfield 1992 (clinical-background: iliopsoas)',
  finding: 'The psoas loads the lumbar spine mainly in compression and shear, with small moments.',
};
const ADAMS_HUTTON = {
  citation: 'Adams & Hutton 1980, J Bone Joint Surg Br 62:358',
  finding: 'After sustained loading the facet joints carry about 16 % of the compressive force in erect standing (lordosis) and none in erect sitting.',
};

/** The level whose two halves differ most (largest |asymmetry index|). */
function mostAsymmetric(r: TaskResult) {
  return r.lumbar.levels.reduce((a, b) => (Math.abs(b.asymmetryIndex) > Math.abs(a.asymmetryIndex) ? b : a));
}

function compareLevel(ctx: WhyContext, name: LevelName) {
  const c = staticResult(ctx.compare);
  return c ? level(c, name) : undefined;
}

export const compression: WhyMechanism = {
  id: 'compression',
  title: 'Compression per lumbar level',
  mechanism:
    'For each level the model takes everything above the disc as one free body and adds up its weight and the pull of every muscle crossing that level; the part of that load along the disc’s normal is the compression, carried by disc and facets together. ' +
    'The back extensors act on short levers of a few centimetres, so to balance the trunk’s weight on a lever several times longer they must pull several times that weight, and their pull, not the weight itself, dominates compression. ' +
    'Muscles pulling along the spine, such as a tonic psoas, add compression directly, and anything that makes the extensors work harder adds it through them.',
  sources: [WILKE, BOGDUK, { citation: 'Crowninshield & Brand 1981, J Biomech 14:793', finding: 'Static optimisation: muscle forces chosen to minimise a measure of effort while balancing the joint moments.' }],
  simplification: LOADS_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const l45 = level(r, 'L4/L5');
      if (!l45) return null;
      return `In ${taskName(ctx.shown)} L4/L5 carries ${fmt(l45.compressionN, 0)} N, ${fmt(l45.compressionN / r.bodyWeightN, 2)} × body weight${versus(ctx, l45.compressionN, compareLevel(ctx, 'L4/L5')?.compressionN, 0, ' N')}.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const peak = maxOf(g.levels['L4/L5'].compressionN);
    const c = gaitResult(ctx.compare);
    return `Over the gait cycle L4/L5 compression peaks at ${fmt(peak, 0)} N${versus(ctx, peak, c ? maxOf(c.levels['L4/L5'].compressionN) : null, 0, ' N')}.`;
  },
};

export const asymmetry: WhyMechanism = {
  id: 'asymmetry',
  title: 'Left and right halves of the disc (asymmetry)',
  mechanism:
    'The model splits each disc’s compression into a left and a right half with a linear stress field over an elliptical section: each half carries C/2 ± M·16/(3π·w), where w is the disc width and M the sideways bending moment the disc itself carries — what the muscles leave to the segment at the solved posture (mostly its passive resistance to the bend), minus the part the facet joints take. ' +
    'So the halves differ when the lumbar spine bends sideways beyond its soft neutral zone: straightening the trunk over a dropped pelvis, a compensatory lean, or one-sided tone that bends the levels. ' +
    'A one-sided muscle pull that the other muscles balance adds compression to both halves about equally, because every level is a spherical joint; its one-sidedness shows more in the facet joints, which also take the twist.',
  sources: [
    { citation: 'Schmidt et al. 1998, Spine 23:2167 (via AnyBody AMMR; docs/model.md §5.2)', finding: 'Lumbar motion-segment stiffness in lateral bending about 2.3 N·m per degree.' },
    { citation: 'Clinical description (clinical-background: gluteus medius)', finding: 'A weak gluteus medius is said to cause uneven disc and facet loading, with one-sided disc compression.' },
  ],
  simplification:
    'The stress across the disc is assumed linear and the 70/30 split of the bending moment between disc and facets is an estimate without a source; when one half would go into tension it is set to zero (lift-off) and the other carries everything. ' +
    'Because the joints are spherical, one-sided co-contraction without a change in posture cannot make the halves differ. ' +
    LOADS_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const l = mostAsymmetric(r);
      if (Math.abs(l.asymmetryIndex) < 0.005) return `In ${taskName(ctx.shown)} the lumbar spine is not bent sideways, so the two halves of every disc carry the same load.`;
      const side = l.asymmetryIndex > 0 ? 'right' : 'left';
      return (
        `In ${taskName(ctx.shown)} the split is largest at ${l.level}: left ${fmt(l.leftCompressionN, 0)} N, right ${fmt(l.rightCompressionN, 0)} N (index ${fmt(l.asymmetryIndex, 2)}). ` +
        `The ${side} half carries more because that segment is bent to the ${l.lateralMomentNm > 0 ? 'right' : 'left'} and carries ${fmt(Math.abs(l.lateralMomentNm), 1)} N·m of bending moment.`
      );
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const s = g.summary;
    return `Over the gait cycle the mean L4/L5 asymmetry index is ${fmt(s.rightStance.meanL4L5AsymmetryIndex, 2)} during right stance and ${fmt(s.leftStance.meanL4L5AsymmetryIndex, 2)} during left stance (+ = right half carries more).`;
  },
};

export const apShear: WhyMechanism = {
  id: 'ap-shear',
  title: 'Anterior–posterior shear',
  mechanism:
    'Shear is the part of the same free-body load that lies in the disc’s plane, front to back; + means the upper vertebra is pushed forward on the one below. ' +
    'The more a disc is inclined (sacral slope and lordosis at the lowest levels), the more of the weight and of the extensors’ pull acts along its plane rather than across it, so anterior tilt raises the shear at L5/S1. ' +
    'The psoas, pulling forward and down from the lumbar bodies, adds shear directly.',
  sources: [
    BOGDUK,
    { citation: 'Adams & Hutton (docs/model.md §6.2)', finding: 'In erect postures the facet joints resist most of the intervertebral shear.' },
    { citation: 'Janda (lower crossed syndrome; original not retrieved, clinical-background: iliopsoas)', finding: 'More anterior tilt and lordosis are said to raise facet compression and shear at the lumbosacral junction.' },
  ],
  simplification: 'The model reports the total shear at each level; it does not divide it between disc, facets and ligaments, though in erect postures the facets take most of it. ' + LOADS_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const l = level(r, 'L5/S1');
      if (!l) return null;
      return `In ${taskName(ctx.shown)} the shear at L5/S1 is ${fmt(l.apShearN, 0)} N${versus(ctx, l.apShearN, compareLevel(ctx, 'L5/S1')?.apShearN, 0, ' N')}.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    return `Over the gait cycle the L5/S1 shear ranges up to ${fmt(maxOf(g.levels['L5/S1'].apShearN), 0)} N.`;
  },
};

export const intradiscalPressure: WhyMechanism = {
  id: 'intradiscal-pressure',
  title: 'Intradiscal pressure',
  mechanism:
    'The model estimates the pressure in the nucleus from the disc’s share of the compression: pressure = 1.5 × disc compression ÷ endplate area (Nachemson’s ratio), with the area of each level from one cadaver scaled by height. ' +
    'It is a read-out of compression, not a separate mechanism: whatever raises compression or lowers the facets’ share raises it. ' +
    'Comparing it with the pressures measured in a living disc is how the model’s loads are checked (validation row V01).',
  sources: [
    WILKE,
    { citation: 'Nachemson 1981 review (docs/model.md §6.3)', finding: 'Intradiscal pressure is about 1.5 times the mean compressive stress on the endplate.' },
    { citation: 'Dreischarf et al. 2013 (finite-element study)', finding: 'Finite-element estimate: disc compression ≈ 0.66 × pressure × area.' },
  ],
  simplification:
    'A constant ratio between force and pressure; real pressure depends on disc health, hydration and time of day, none of which the model has. ' +
    'Wilke measured one subject, so the comparison is a plausibility check, not a validation across people.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const l = level(r, 'L4/L5');
      if (!l) return null;
      return `In ${taskName(ctx.shown)} the estimate at L4/L5 is ${fmt(l.intradiscalPressureMPa, 2)} MPa${versus(ctx, l.intradiscalPressureMPa, compareLevel(ctx, 'L4/L5')?.intradiscalPressureMPa, 2, ' MPa')}; Wilke measured about 0.5 MPa in relaxed standing.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    return `Over the gait cycle the L4/L5 estimate averages ${fmt(meanOf(g.levels['L4/L5'].intradiscalPressureMPa), 2)} MPa and peaks at ${fmt(maxOf(g.levels['L4/L5'].intradiscalPressureMPa), 2)} MPa.`;
  },
};

export const facetShare: WhyMechanism = {
  id: 'facet-share',
  title: 'Facet share of compression',
  mechanism:
    'The facet joints carry a share of each level’s compression that grows with extension: 16 % when the level is at its neutral standing angle, 4 percentage points more for each degree of extension beyond it up to 35 % (70 % with a fully degenerate disc), and none from 4° of flexion below it, as in sitting or bending forward. ' +
    'More lordosis therefore moves load from the disc onto the facets, while bending forward and sitting unload them. ' +
    'The rest of the compression is the disc’s, split into its two halves and used for the pressure estimate.',
  sources: [
    ADAMS_HUTTON,
    { citation: 'Adams & Hutton 1985 (docs/model.md §6.2)', finding: 'A narrowed, degenerate disc can shift up to about 70 % of the compression onto the facets.' },
    { citation: 'Janda (clinical-background: iliopsoas)', finding: 'The lower crossed syndrome is said to raise facet compression through anterior tilt and excess lordosis.' },
  ],
  simplification:
    'The linear rule between extension and facet share is an estimate built on one measurement; disc height, degeneration and the time a posture is held, which shift load onto the facets in reality, are not modelled.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (!r) return null;
    const l = level(r, 'L4/L5');
    if (!l) return null;
    const pct = 100 * l.facetShare;
    const c = compareLevel(ctx, 'L4/L5');
    return `In ${taskName(ctx.shown)} the facets carry ${fmt(pct, 1)} % of L4/L5 compression${versus(ctx, pct, c ? 100 * c.facetShare : null, 1, ' %')}.`;
  },
};
