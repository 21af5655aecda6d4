/**
 * The pelvis as a recognisable outline: each iliac wing is a fan around a
 * loop from ASIS over the iliac crest to PSIS, down the sciatic notch to the
 * acetabulum and back up past AIIS; the pubic and ischial rami are rods; the
 * sacrum is a cone from the sacral base to its tip. Points beyond the model's
 * landmarks are [E] drawing estimates. Everything moves with the pelvis.
 */
import type { Attached } from './motion/rigid.ts';
import { SIDE_KEYS, SIDE_SIGN, type Anatomy, type SideKey } from './anatomy.ts';
import { oriented, segment, type Placement } from './placement.ts';
import { combine, lerp, mid, scale, sub, type Vec3 } from '../lib/vec.ts';

export interface PelvisShapes {
  /** One closed loop per iliac wing, drawn as a triangle fan around its centroid. */
  readonly wings: Vec3[][];
  /** The wings' rims as rods (thicker along the iliac crest), so the outline reads from any side. */
  readonly rims: Attached[];
  readonly rami: Attached[];
  readonly sacrum: Attached;
}

const onPelvis = (placement: Placement): Attached => ({ body: 'pelvis', placement });

/** Quadratic Bézier from a to b that passes through `through` at t = ½. */
function arcThrough(a: Vec3, through: Vec3, b: Vec3, t: number): Vec3 {
  const control = sub(scale(through, 2), mid(a, b));
  return lerp(lerp(a, control, t), lerp(control, b, t), t);
}

function wingLoop(a: Anatomy, k: SideKey): Vec3[] {
  const { s } = a;
  const up = a.pelvis.y;
  const ant = a.pelvis.x;
  const asis = a.asis[k];
  const psis = a.psis[k];
  const crest = a.iliacCrest[k];
  const hip = a.legs[k].hip;
  const piis = combine(psis, [up, -0.03 * s], [ant, 0.006 * s]);
  const aiis = combine(hip, [ant, 0.03 * s], [up, 0.035 * s]);
  return [
    asis,
    ...[0.2, 0.35, 0.5, 0.65, 0.8].map((t) => arcThrough(asis, crest, psis, t)),
    psis,
    piis,
    combine(lerp(piis, hip, 0.55), [ant, -0.02 * s], [up, -0.01 * s]), // greater sciatic notch
    combine(hip, [ant, -0.028 * s], [up, 0.004 * s]), // posterior acetabular rim
    combine(hip, [up, 0.026 * s]),
    aiis,
    combine(mid(aiis, asis), [ant, -0.008 * s]),
  ];
}

export function pelvisShapes(a: Anatomy): PelvisShapes {
  const { s } = a;
  const rami: Placement[] = [];
  for (const k of SIDE_KEYS) {
    const hip = a.legs[k].hip;
    const medial = scale(a.pelvis.z, -SIDE_SIGN[k]);
    const pubis = a.pubis[k];
    const ischium = a.ischium[k];
    rami.push(segment(combine(hip, [medial, 0.012 * s]), pubis, 0.008 * s)); // superior pubic ramus
    rami.push(segment(pubis, ischium, 0.008 * s)); // inferior pubic and ischial rami
    rami.push(segment(ischium, combine(hip, [a.pelvis.x, -0.02 * s]), 0.011 * s)); // ischium to acetabulum
  }
  rami.push(segment(a.pubis.l, a.pubis.r, 0.01 * s)); // symphysis

  // sacrum: the cone's base on the sacral base, its apex (+y) at the tip
  const axis = sub(a.sacrumTip, a.sacralBase);
  const sacrum = oriented(mid(a.sacralBase, a.sacrumTip), a.pelvis.x, axis, 0.024 * s, Math.hypot(axis.x, axis.y, axis.z), 0.05 * s);
  const wings = SIDE_KEYS.map((k) => wingLoop(a, k));
  const rims = wings.flatMap((loop) =>
    // loop[0..6] runs ASIS → crest → PSIS: the thick iliac crest
    loop.map((p, i) => segment(p, loop[(i + 1) % loop.length]!, (i < 6 ? 0.007 : 0.004) * s)),
  );
  return { wings, rims: rims.map(onPelvis), rami: rami.map(onPelvis), sacrum: onPelvis(sacrum) };
}
