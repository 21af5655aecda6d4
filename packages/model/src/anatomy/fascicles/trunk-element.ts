/**
 * One trunk fascicle as a muscle element (docs/model.md §4 "Trunk fascicles"):
 * attachments as AMMR-style offsets, force from PCSA × specific tension, no
 * passive fibre curve, rigid tendon.
 */
import type { MuscleElementDef } from '../muscles.ts';
import type { MuscleGroup } from '../../params/fields.ts';
import { TRUNK_SPECIFIC_TENSION_N_PER_CM2 } from '../trunk-constants.ts';
import { ammrPoint, ammrToPelvis, nodeToOffsetMm, type TrunkBody } from './vertebral-landmarks.ts';

/** An attachment or via point: offset (mm, AMMR trunk axes) from the joint centre below `body` (the back joint for the pelvis). */
export interface Attachment {
  readonly body: TrunkBody | 'pelvis';
  readonly mm: readonly [number, number, number];
}

/** Path length at neutral standing (m), from the pelvis-frame positions of the attachments [D]. */
export function neutralLengthM(points: readonly Attachment[]): number {
  let l = 0;
  for (let i = 1; i < points.length; i++) {
    const a = ammrToPelvis(points[i - 1]!.body, points[i - 1]!.mm);
    const b = ammrToPelvis(points[i]!.body, points[i]!.mm);
    l += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  }
  return l;
}

/**
 * A trunk fascicle. Its optimal fibre length is its neutral path length (fleshy
 * fascicles, l̃ = 1 at the reference posture as for every trunk element, elements.ts) [E].
 */
export function trunkFascicle(name: string, group: MuscleGroup, pcsaCm2: number, points: readonly Attachment[]): MuscleElementDef {
  return {
    name,
    group,
    fmaxN: pcsaCm2 * TRUNK_SPECIFIC_TENSION_N_PER_CM2,
    optimalFibreLengthM: neutralLengthM(points),
    tendonSlackLengthM: 0,
    pennationDeg: 0,
    passive: null,
    calibration: 'trunk',
    points: points.map((a) => ammrPoint(a.body, a.mm)),
  };
}

/** An attachment at an AMMR node (mm, in AMMR's frame of that body) [S node, D conversion]. */
export function node(body: Attachment['body'], nodeMm: readonly [number, number, number]): Attachment {
  return { body, mm: nodeToOffsetMm(body, nodeMm) };
}

/**
 * A via node whose z lies on the straight y–z line between two AMMR nodes (the AMMR
 * interpolation rule for vias, LumbarNodes.any) [S rule]. All AMMR nodes share one y
 * axis (the pelvis frame differs from the lumbar frame by an x shift only).
 */
export function viaOnLine(
  body: Attachment['body'],
  xyNodeMm: readonly [number, number],
  a: readonly [number, number, number],
  b: readonly [number, number, number],
): Attachment {
  const t = (xyNodeMm[1] - a[1]) / (b[1] - a[1]);
  return node(body, [xyNodeMm[0], xyNodeMm[1], a[2] + t * (b[2] - a[2])]);
}

/** Height margin (m) a via must clear above the path's pelvic end to be kept [E]. */
const VIA_CLEARANCE_M = 0.01;

/**
 * Keeps the vias that lie at least 1 cm above the pelvic end at neutral standing.
 * Our vertebrae are taller than AMMR's (39–41 vs 31–34 mm) while the pelvis is not
 * rescaled, so a low AMMR via (e.g. on L4 for ILpl L1) can land level with the iliac
 * node and fold the path back on itself [D]; such a via is dropped [E].
 */
export function viasAbove(pelvicEnd: Attachment, vias: readonly Attachment[]): Attachment[] {
  const y0 = ammrToPelvis(pelvicEnd.body, pelvicEnd.mm)[1];
  return vias.filter((v) => ammrToPelvis(v.body, v.mm)[1] > y0 + VIA_CLEARANCE_M);
}
