/**
 * Where each lumbar vertebra is drawn: in its own model body's frame (so
 * per-level flexion, lateral bend and axial rotation show), filling the gap
 * between the discs above and below it, its body as deep and wide as 90 % of
 * the disc below ([E]: vertebral endplates are a little smaller than the
 * disc's bulging outline).
 */
import type { PoseResult } from '@lumbo/model';
import type { Attached } from '../motion/rigid.ts';
import type { Placement } from '../placement.ts';
import { combine, dot, normalize, scale, sub, type Vec3 } from '../../lib/vec.ts';
import { VERTEBRA_REF } from './vertebra-geometry.ts';

const VERTEBRAE = [
  ['L1', 'L1/L2', null],
  ['L2', 'L2/L3', 'L1/L2'],
  ['L3', 'L3/L4', 'L2/L3'],
  ['L4', 'L4/L5', 'L3/L4'],
  ['L5', 'L5/S1', 'L4/L5'],
] as const;

/** Body share of the disc's outline ([E], see the header). */
const BODY_OF_DISC = 0.9;

/**
 * One placement per vertebra whose body frame and lower disc the pose has.
 * `t12L1` is the top of L1 (the lower face of T12/L1: the model's thorax origin).
 */
export function vertebraPlacements(pose: PoseResult, t12L1: Vec3): Attached[] {
  const out: Attached[] = [];
  for (const [name, belowLevel, aboveLevel] of VERTEBRAE) {
    const frame = pose.bodies.find((b) => b.name === name);
    const below = pose.discs.find((d) => d.level === belowLevel);
    if (!frame || !below) continue;
    const above = aboveLevel ? pose.discs.find((d) => d.level === aboveLevel) : undefined;
    const [x, y, z] = frame.axes.map((a) => normalize(a)) as [Vec3, Vec3, Vec3];
    // the body fills the gap between the discs' faces, measured along its own axis
    const bottom = combine(below.centre, [normalize(below.normal), below.heightM / 2]);
    const top = above ? combine(above.centre, [normalize(above.normal), -above.heightM / 2]) : t12L1;
    const height = dot(sub(top, bottom), y);
    if (!(height > 0)) continue;
    const centre = combine(bottom, [y, height / 2]);
    const depth = below.depthM * BODY_OF_DISC;
    const width = below.widthM * BODY_OF_DISC;
    const placement: Placement = {
      centre,
      x: scale(x, depth / VERTEBRA_REF.depthM),
      y: scale(y, height / VERTEBRA_REF.heightM),
      z: scale(z, width / VERTEBRA_REF.widthM),
    };
    out.push({ body: name, placement });
  }
  return out;
}
