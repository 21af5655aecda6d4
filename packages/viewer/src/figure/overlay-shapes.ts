/**
 * Lines drawn over the figure as thin rods (pure: unit-tested), laid out at
 * frame 0 and animated like the bones:
 * - solid lines that belong to the anatomy (ASIS–PSIS, endplates, the iliac
 *   crest line, the trunk axis) move with their body;
 * - reference lines (the horizontal, the vertical) and the gravity line keep
 *   their world direction and only follow an anchor point;
 * - labels follow an anchor point and show the model's angle of the frame.
 */
import type { MotionAngles } from './motion/motion.ts';
import type { Attached } from './motion/rigid.ts';
import type { Drawing } from './drawing.ts';
import { segment, type Placement } from './placement.ts';
import { combine, cross, lerp, mid, normalize, reject, sub, v, type Vec3 } from '../lib/vec.ts';
import { lateralLeanWords, obliquityWords, tiltWords } from '../lib/signs.ts';

/** Dashes of `dash` metres separated by `gap` from a to b. */
export function dashes(a: Vec3, b: Vec3, radius: number, dash = 0.03, gap = 0.02): Placement[] {
  const total = Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
  const out: Placement[] = [];
  for (let d = 0; d < total; d += dash + gap) {
    out.push(segment(lerp(a, b, d / total), lerp(a, b, Math.min(total, d + dash) / total), radius));
  }
  return out;
}

/** A point that moves with a body. */
export interface Anchor {
  readonly point: Vec3;
  readonly body: string;
}

/** Dashes around an anchor (offsets from it), keeping their world direction as the anchor moves. */
export interface FloatingLine {
  readonly anchor: Anchor;
  readonly dashes: Placement[];
}

export interface AngleLabel {
  readonly anchor: Anchor;
  readonly align: 'left' | 'right';
  readonly series: keyof MotionAngles;
  readonly format: (deg: number) => string;
}

export interface AnnotationSet {
  readonly solid: Attached[];
  readonly floating: FloatingLine[];
  readonly labels: AngleLabel[];
}

function floating(anchor: Anchor, a: Vec3, b: Vec3, radius: number, dash: number, gap: number): FloatingLine {
  const rel = (p: Vec3) => sub(p, anchor.point);
  return { anchor, dashes: dashes(rel(a), rel(b), radius, dash, gap) };
}

/** Text of the side-view labels, also used by the back view. */
export const LABEL_TEXT = {
  // a negative anterior tilt is named a posterior tilt (lib/signs.ts: one sign style, in words)
  anteriorTilt: (x: number) => tiltWords(x),
  lordosis: (x: number) => `Lordosis ${Number.isFinite(x) ? x.toFixed(1) : '—'}°`,
  obliquity: (x: number) => `Obliquity ${obliquityWords(x)}`,
  trunkLean: (x: number) => `Trunk lean ${lateralLeanWords(x)}`,
};

/**
 * A line along an endplate (perpendicular to `normal` in the sagittal plane),
 * from its anterior edge to `reach` metres behind its centre.
 */
function endplateLine(centre: Vec3, normal: Vec3, halfDepth: number, reach: number): [Vec3, Vec3] {
  const z = v(0, 0, 1);
  const n = normalize(reject(normal, z));
  const along = cross(n, z); // anterior when n points up
  const back = along.x > 0 ? v(-along.x, -along.y, 0) : along;
  return [combine(centre, [back, -halfDepth]), combine(centre, [back, reach])];
}

/**
 * Side view: pelvic tilt (ASIS–PSIS line against the horizontal) and lordosis
 * (L1 upper and S1 endplates). Drawn at the landmarks' true positions and
 * shown through the body (the materials ignore depth).
 */
export function sideAnnotations(drawing: Drawing): AnnotationSet {
  const { anatomy: a, spine } = drawing;
  const s = a.s;
  const r = 0.002 * s;
  const asis = a.asis.r;
  const psis = a.psis.r;
  const dir = normalize(v(asis.x - psis.x, asis.y - psis.y, 0));
  const tiltEnd = combine(asis, [dir, 0.03 * s]);
  const horizontalEnd = v(tiltEnd.x, psis.y, tiltEnd.z);

  const halfDepth = 0.02 * s;
  const reach = 0.11 * s;
  // the S1 endplate from the model's sacrum frame (its y axis is the endplate normal)
  const s1 = endplateLine(a.sacralBase, a.s1Normal, halfDepth, reach);
  const l1 = spine.l1Top ? endplateLine(spine.l1Top.centre, spine.l1Top.normal, halfDepth, reach) : null;
  const solid: Attached[] = [
    { body: 'pelvis', placement: segment(psis, tiltEnd, r) },
    { body: 'pelvis', placement: segment(s1[0], s1[1], r) },
  ];
  if (l1) solid.push({ body: 'L1', placement: segment(l1[0], l1[1], r) });
  const labelBack = l1 ? lerp(l1[1], s1[1], 0.5) : s1[1];
  const psisAnchor = { point: psis, body: 'pelvis' };
  return {
    solid,
    floating: [floating(psisAnchor, psis, horizontalEnd, r * 0.8, 0.01 * s, 0.007 * s)],
    labels: [
      { anchor: { point: v(tiltEnd.x + 0.01 * s, tiltEnd.y - 0.015 * s, tiltEnd.z), body: 'pelvis' }, align: 'left', series: 'anteriorTiltDeg', format: LABEL_TEXT.anteriorTilt },
      { anchor: { point: v(labelBack.x - 0.01 * s, labelBack.y, labelBack.z), body: 'L3' }, align: 'right', series: 'lordosisDeg', format: LABEL_TEXT.lordosis },
    ],
  };
}

/**
 * Back (and front) view: pelvic obliquity as the line through both iliac
 * crests against a horizontal, and trunk lean as the thorax axis against a
 * vertical through T12.
 */
export function backAnnotations(drawing: Drawing): AnnotationSet {
  const a = drawing.anatomy;
  const s = a.s;
  const r = 0.0025 * s;
  const crestL = a.iliacCrest.l;
  const crestR = a.iliacCrest.r;
  const across = normalize(sub(crestR, crestL));
  const crestEndL = combine(crestL, [across, -0.07 * s]);
  const crestEndR = combine(crestR, [across, 0.07 * s]);
  const crestMid = mid(crestL, crestR);
  const halfSpan = Math.hypot(crestEndR.x - crestMid.x, crestEndR.z - crestMid.z);
  const t12 = a.t12;
  const up = a.thorax.y;
  const trunkLength = 0.28 * s;
  const trunkTop = combine(t12, [up, trunkLength]);
  const midAnchor = { point: crestMid, body: 'pelvis' };
  const t12Anchor = { point: t12, body: 'thorax' };
  return {
    solid: [
      { body: 'pelvis', placement: segment(crestEndL, crestEndR, r) },
      { body: 'thorax', placement: segment(t12, trunkTop, r) },
    ],
    floating: [
      floating(midAnchor, v(crestMid.x, crestMid.y, crestMid.z - halfSpan), v(crestMid.x, crestMid.y, crestMid.z + halfSpan), r * 0.8, 0.012 * s, 0.008 * s),
      floating(t12Anchor, t12, v(t12.x, t12.y + trunkLength, t12.z), r * 0.8, 0.012 * s, 0.008 * s),
    ],
    labels: [
      { anchor: { point: combine(crestEndR, [across, 0.01 * s]), body: 'pelvis' }, align: 'left', series: 'obliquityDeg', format: LABEL_TEXT.obliquity },
      // beside the right shoulder, clear of the head
      { anchor: { point: combine(trunkTop, [a.thorax.z, 0.24 * s]), body: 'thorax' }, align: 'left', series: 'trunkLateralLeanDeg', format: LABEL_TEXT.trunkLean },
    ],
  };
}

/** The gravity line as dashes from 25 cm above the centre of mass down to the floor, as offsets from the centre of mass's floor point. */
export function gravityDashes(comHeight: number): Placement[] {
  return dashes(v(0, comHeight + 0.25, 0), v(0, 0, 0), 0.003);
}
