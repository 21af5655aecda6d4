/** Rib cage rings, shoulder girdle and head, placed in the thorax frame and moving with it ([E] drawing sizes). */
import type { Attached } from './motion/rigid.ts';
import type { Anatomy } from './anatomy.ts';
import { ball, oriented, segment, type Placement } from './placement.ts';
import { combine, cross, normalize, reject, scale } from '../lib/vec.ts';

export interface TrunkShapes {
  /** Unit torus instances (the ring lies in the primitive's xy plane). */
  readonly ribs: Attached[];
  /** The shoulder bar (a rod) and the two shoulder balls. */
  readonly girdleBar: Attached;
  readonly shoulderBalls: Attached[];
  readonly head: Attached;
}

const onThorax = (placement: Placement): Attached => ({ body: 'thorax', placement });

const RIB_COUNT = 8;
/** Ribs slope down toward the front by about 20°. */
const RIB_SLOPE = Math.tan((20 * Math.PI) / 180);

export function trunkShapes(a: Anatomy): TrunkShapes {
  const { s } = a;
  const t = a.thorax;
  // ring plane: normal tilted forward, so the front of each ring sits lower than the back
  const normal = normalize(combine(t.y, [t.x, RIB_SLOPE]));
  const forward = normalize(reject(t.x, normal));
  const left = cross(normal, forward); // forward × left = normal: right-handed
  const ribs: Placement[] = [];
  for (let i = 0; i < RIB_COUNT; i++) {
    const f = i / (RIB_COUNT - 1);
    const bulge = Math.sin(Math.PI * (0.15 + 0.8 * f));
    const halfWidth = s * (0.085 + 0.05 * bulge);
    const halfDepth = s * (0.05 + 0.03 * bulge);
    // the back of each ring passes just behind the vertebral column
    const centre = combine(t.origin, [t.y, s * (0.03 + 0.16 * f)], [t.x, halfDepth - 0.03 * s]);
    ribs.push({ centre, x: scale(forward, halfDepth), y: scale(left, halfWidth), z: scale(normal, 0.09 * s) });
  }
  return {
    ribs: ribs.map(onThorax),
    girdleBar: onThorax(segment(a.shoulders.l, a.shoulders.r, 0.013 * s)),
    shoulderBalls: [onThorax(ball(a.shoulders.l, 0.03 * s)), onThorax(ball(a.shoulders.r, 0.03 * s))],
    head: onThorax(oriented(a.head, t.x, t.y, 0.095 * s, 0.115 * s, 0.08 * s)),
  };
}
