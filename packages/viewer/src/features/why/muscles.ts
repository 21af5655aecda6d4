/**
 * Why? entries for muscle behaviour: hip-extension work moving to the
 * hamstrings and back extensors (gluteal amnesia), piriformis stiffness,
 * and reserve moments (model: mechanics/static-optimisation.ts,
 * passive-tension.ts, hip-rom.ts).
 */
import type { MuscleGroup, TaskResult } from '@lumbo/model';
import { fmt, gaitResult, maxOf, staticResult, taskName } from './now.ts';
import type { WhyContext, WhyMechanism } from './types.ts';

/** Total force of a group, both sides (N). */
export function groupForceN(r: TaskResult, group: MuscleGroup, side?: 'left' | 'right'): number {
  return r.muscles.filter((m) => m.group === group && (side === undefined || m.side === side)).reduce((sum, m) => sum + m.forceN, 0);
}

function withCompare(ctx: WhyContext, value: (r: TaskResult) => number): string {
  const r = staticResult(ctx.shown);
  const c = staticResult(ctx.compare);
  if (!r) return '';
  return `${fmt(value(r), 0)} N${c ? ` (compare ${fmt(value(c), 0)} N)` : ''}`;
}

/** Reserve moment above which the model itself warns (N·m), as the gait banner uses. */
const RESERVE_WARN_NM = 0.5;

export const hipExtensorTakeover: WhyMechanism = {
  id: 'hip-extensor-takeover',
  title: 'Hamstrings and back extensors take over hip extension',
  mechanism:
    'The model shares every joint moment among the muscles that can supply it by choosing the activations with the smallest sum of squares, within each muscle’s limits (static optimisation). ' +
    'When the gluteus maximus is weaker, or its activation is capped by inhibition, the same hip-extension moment has to come from the muscles left: mainly the hamstrings, and through the pelvis the lumbar extensors. ' +
    'The lumbar extensor moment itself is set by the trunk’s weight about each level, so lumbar compression rises only as far as the posture changes.',
  sources: [
    { citation: 'Buckthorpe et al. 2019, Int J Sports Phys Ther 14:655', finding: 'Clinical review: an inhibited gluteus maximus shifts hip extension to the hamstrings and lumbar erector spinae.' },
    { citation: 'Hungerford et al. 2003, Spine 28:1593', finding: 'With sacroiliac joint pain, gluteus maximus onset was delayed and biceps femoris onset earlier on the symptomatic side.' },
    { citation: 'Freeman, Mascia & McGill 2013, Clin Biomech 28:171', finding: 'Induced hip-joint effusion lowered gluteal activity (arthrogenic inhibition).' },
    { citation: 'Mohamed et al. 2022, J Back Musculoskelet Rehabil 35:119', finding: 'Chronic low back pain patients showed lower gluteus maximus activity on both sides, with more latissimus dorsi activity.' },
  ],
  simplification:
    'Inhibition is only an activation cap: it changes nothing where the muscle is not needed near its cap, as in quiet standing. ' +
    'The optimiser knows no pain, fatigue or learned motor pattern, and the delayed onset exists only in gait; pain may cause the inhibition as much as result from it.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      return `In ${taskName(ctx.shown)}: gluteus maximus ${withCompare(ctx, (x) => groupForceN(x, 'gluteusMaximus'))}, hamstrings ${withCompare(ctx, (x) => groupForceN(x, 'hamstrings'))}, erector spinae ${withCompare(ctx, (x) => groupForceN(x, 'erectorSpinae'))}, both sides together.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    const peak = (group: MuscleGroup) => 100 * Math.max(maxOf(g.activations[group].left), maxOf(g.activations[group].right));
    return `Over the gait cycle the gluteus maximus peaks at ${fmt(peak('gluteusMaximus'), 0)} % activation, the hamstrings at ${fmt(peak('hamstrings'), 0)} % and the erector spinae at ${fmt(peak('erectorSpinae'), 0)} %.`;
  },
};

export const piriformis: WhyMechanism = {
  id: 'piriformis',
  title: 'Piriformis stiffness and hip internal rotation',
  mechanism:
    'The piriformis runs from the sacrum to the greater trochanter; its stiffness knob steepens its passive force–length curve and its tone sets an activation floor, so a stiff piriformis pulls harder whenever it is stretched. ' +
    'With the hip straight it is stretched by internal rotation, which it therefore resists; in deep flexion its rotation lever flips sign (Delp 1999; checked by validation row V27), so there it resists external rotation and adduction instead. ' +
    'Its origin is on the sacrum, so its pull turns the pelvis: in standing a stiff right piriformis turns the pelvis to the left (the right side forward) and lowers its right side a little, and because the thorax keeps facing forward the lumbar spine twists back the other way, most in its upper levels. ' +
    'It does not cross the lumbar levels, so their loads change by a few newtons at most.',
  sources: [
    { citation: 'Delp et al. 1999 (clinical-background: piriformis)', finding: 'The piriformis flips from an external to an internal rotator in deep hip flexion.' },
    { citation: 'Kouyoumdjian et al. 2012 (docs/model.md §10)', finding: 'Normative passive hip internal rotation about 30–35° with the hip straight (n = 120).' },
    { citation: 'Papadopoulos & Khan 2004, Orthop Clin North Am 35:65', finding: 'A tight piriformis can irritate the sciatic nerve; it may explain up to about 5 % of low back, buttock and leg pain.' },
    { citation: 'Othman et al. 2023, Life 13:1208', finding: 'A thicker piriformis correlated with a weaker gluteus maximus (r = −0.40) and higher gluteus medius activation (r = 0.48): correlations of thickness, not proof of overactivity.' },
  ],
  simplification:
    'Straight-line paths with a short-fibred piriformis give large passive forces in deep hip flexion; the model has no sciatic nerve, so it cannot show the irritation that is the main complaint. ' +
    'The twist at L5/S1 is so small that its facets differ by less than 1 N: for a stiff, firm right piriformis in standing the right facet carries 0.3 N more, where the left was expected (docs/model.md §12.2). ' +
    'The passive rotation range is a separate read-out of the model (docs/model.md §10) that the viewer does not show.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (!r) return null;
    const part = (side: 'left' | 'right') => {
      const m = r.muscles.find((x) => x.group === 'piriformis' && x.side === side);
      return m ? `${side} ${fmt(m.forceN, 0)} N, ${fmt(m.passiveForceN, 0)} N of it passive` : null;
    };
    const parts = [part('right'), part('left')].filter((p): p is string => p !== null);
    if (!parts.length) return null;
    const turn = r.pelvis.axialRotationDeg;
    // sign convention (docs/model.md §2): + = the pelvis turns left, right hemipelvis forward
    const pelvis = Math.abs(turn) < 0.05 ? 'the pelvis faces forward' : `the pelvis is turned ${fmt(Math.abs(turn), 1)}° to the ${turn > 0 ? 'left' : 'right'}`;
    return `In ${taskName(ctx.shown)} the piriformis pulls: ${parts.join('; ')}; ${pelvis}.`;
  },
};

export const reserves: WhyMechanism = {
  id: 'reserves',
  title: 'Reserve moments: the muscles could not hold it',
  mechanism:
    'Every balance equation in the force sharing has a reserve actuator, an ideal moment generator that costs far more than any muscle, so the optimiser uses it only when the muscles at their limits cannot supply the moment. ' +
    'A non-zero reserve therefore means the muscles as set cannot hold this posture, and the loads shown are those of a posture the person could not hold. ' +
    'In single-leg stance a compensation that reaches its limit (20° of drop, 30° of lean) leaves the rest to reserves.',
  sources: [
    { citation: 'Model specification §5.2 (Crowninshield & Brand 1981, J Biomech 14:793)', finding: 'Static optimisation with reserve actuators at a large weight: a non-zero reserve means capacity was exceeded.' },
    { citation: 'Kendall et al. 2013, Clin J Sport Med (PMID 22797529)', finding: 'Real people compensate or keep a normal pattern long before strength runs out: a 52 % abductor loss did not change pelvic drop.' },
  ],
  simplification:
    'Real people would change posture, move differently or stop; the model keeps the prescribed or solved posture and reports what is missing. ' +
    'Reserves absorb whatever the muscles cannot supply, so loads near a reserve are less trustworthy than elsewhere.',
  now(ctx) {
    const r = staticResult(ctx.shown);
    if (r) {
      if (r.reserves.length === 0) return `In ${taskName(ctx.shown)} the muscles hold every equation: no reserves.`;
      const worst = r.reserves.reduce((a, b) => (Math.abs(b.momentNm) > Math.abs(a.momentNm) ? b : a));
      return `In ${taskName(ctx.shown)} ${r.reserves.length} equation${r.reserves.length > 1 ? 's need' : ' needs'} a reserve; the largest is ${fmt(Math.abs(worst.momentNm), 1)} N·m at ${worst.dof}.`;
    }
    const g = gaitResult(ctx.shown);
    if (!g) return null;
    let frames = 0;
    for (const v of g.maxReserveNm) if (v > RESERVE_WARN_NM) frames++;
    return frames === 0
      ? 'The muscles hold every frame of this gait cycle.'
      : `${frames} of ${g.frames} gait frames need a reserve above ${RESERVE_WARN_NM} N·m, up to ${fmt(maxOf(g.maxReserveNm), 1)} N·m.`;
  },
};
