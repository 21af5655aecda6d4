/**
 * Lines drawn over the figure, as thin rods: the gravity line (dashed, from
 * the centre of mass to the floor) and the side-view angle annotations, laid
 * in a plane beside the body nearer the camera. Pure: unit-tested.
 */
import type { TaskResult } from '@lumbo/model';
import type { Drawing } from './drawing.ts';
import { segment, type Placement } from './placement.ts';
import { combine, cross, lerp, normalize, reject, v, type Vec3 } from './vec.ts';

type P3 = [number, number, number];

/** Dashes of `dash` metres separated by `gap` from a to b. */
export function dashes(a: Vec3, b: Vec3, radius: number, dash = 0.03, gap = 0.02): Placement[] {
  const total = Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
  const out: Placement[] = [];
  for (let d = 0; d < total; d += dash + gap) {
    out.push(segment(lerp(a, b, d / total), lerp(a, b, Math.min(total, d + dash) / total), radius));
  }
  return out;
}

export function gravityDashes(com: Vec3): Placement[] {
  return dashes(v(com.x, com.y + 0.25, com.z), v(com.x, 0, com.z), 0.003);
}

export interface SideAnnotationShapes {
  readonly solid: Placement[];
  readonly dashed: Placement[];
  readonly tiltLabelAt: P3;
  readonly lordosisLabelAt: P3;
}

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
 * Drawn at the landmarks' true positions and shown through the body (the
 * materials ignore depth), so they line up with the anatomy from any distance.
 */
export function sideAnnotationShapes(drawing: Drawing, result: TaskResult): SideAnnotationShapes {
  const { anatomy: a, spine } = drawing;
  const s = a.s;
  const r = 0.002 * s;

  // pelvic tilt: PSIS → ASIS extended 3 cm, and the horizontal through PSIS
  const asis = a.asis.r;
  const psis = a.psis.r;
  const dir = normalize(v(asis.x - psis.x, asis.y - psis.y, 0));
  const tiltEnd = combine(asis, [dir, 0.03 * s]);
  const horizontalEnd = v(tiltEnd.x, psis.y, tiltEnd.z);

  // lordosis: the L1 upper and S1 endplates, drawn backwards past the spinous processes
  const halfDepth = 0.02 * s;
  const reach = 0.11 * s;
  // the S1 endplate from the model's sacral slope (its normal leans forward by SS), so the drawn angle matches the number
  const ss = (result.pelvis.sacralSlopeDeg * Math.PI) / 180;
  const s1Normal = Number.isFinite(ss) ? v(Math.sin(ss), Math.cos(ss), 0) : a.s1Normal;
  const s1 = endplateLine(a.sacralBase, s1Normal, halfDepth, reach);
  const l1 = spine.l1Top ? endplateLine(spine.l1Top.centre, spine.l1Top.normal, halfDepth, reach) : null;
  const solid = [segment(psis, tiltEnd, r), segment(s1[0], s1[1], r)];
  if (l1) solid.push(segment(l1[0], l1[1], r));
  const labelBack = l1 ? lerp(l1[1], s1[1], 0.5) : s1[1];
  return {
    solid,
    dashed: dashes(psis, horizontalEnd, r * 0.8, 0.01 * s, 0.007 * s),
    tiltLabelAt: [tiltEnd.x + 0.01 * s, tiltEnd.y - 0.015 * s, tiltEnd.z],
    lordosisLabelAt: [labelBack.x - 0.01 * s, labelBack.y, labelBack.z],
  };
}
