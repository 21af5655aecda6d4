/**
 * Lumbar vertebrae between the model's discs (each moves with its own body,
 * L1 … L5) and the thoracic column and neck above (with the thorax). Vertebral
 * body size follows the disc; posterior elements (spinous processes) are [E]
 * drawing estimates. The discs themselves are drawn per frame from the
 * model's disc frames (motion/disc-layout.ts).
 */
import type { LevelName, PoseResult } from '@lumbo/model';
import type { Attached } from './motion/rigid.ts';
import type { Anatomy } from './anatomy.ts';
import { oriented, segment, type Placement } from './placement.ts';
import { combine, cross, length, mid, normalize, reject, scale, sub, type Vec3 } from '../lib/vec.ts';

export interface SpineShapes {
  readonly bodies: Attached[];
  readonly processes: Attached[];
  /** Thoracic column and neck, as rods. */
  readonly column: Attached[];
  /** Upper endplate of L1: centre and unit normal (for the lordosis annotation). */
  readonly l1Top: { centre: Vec3; normal: Vec3 } | null;
}

type Disc = PoseResult['discs'][number];

/** Disc frame: y along the normal, z toward the right, x anterior. */
function discAxes(d: Disc) {
  const y = normalize(d.normal);
  const z = normalize(reject(d.lateral, y));
  return { x: cross(y, z), y, z };
}

/** Discs top-down (L1/L2 first) and the vertebra just above each. */
const ORDER: readonly (readonly [LevelName, string])[] = [
  ['L1/L2', 'L1'],
  ['L2/L3', 'L2'],
  ['L3/L4', 'L3'],
  ['L4/L5', 'L4'],
  ['L5/S1', 'L5'],
];

export function spineShapes(a: Anatomy, pose: PoseResult): SpineShapes {
  const { s } = a;
  const discs = ORDER.map(([lv, vertebra]) => ({ disc: pose.discs.find((d) => d.level === lv), vertebra })).filter(
    (x): x is { disc: Disc; vertebra: string } => x.disc !== undefined,
  );
  const bodies: Attached[] = [];
  const processes: Attached[] = [];

  // vertebra above disc i spans from that disc's upper face to the next disc's lower face (L1: up to T12/L1)
  let l1Top: SpineShapes['l1Top'] = null;
  discs.forEach(({ disc: below, vertebra }, i) => {
    const ax = discAxes(below);
    const bottom = combine(below.centre, [ax.y, below.heightM / 2]);
    const above = discs[i - 1]?.disc;
    let top: Vec3;
    if (above) {
      top = combine(above.centre, [normalize(above.normal), -above.heightM / 2]);
    } else {
      top = combine(a.thorax.origin, [a.thorax.y, -0.004 * s]);
      // the L1 body's own axis is its upper endplate's normal; fall back to the drawn body's axis
      l1Top = { centre: top, normal: a.l1Axis ?? normalize(sub(top, bottom)) };
    }
    const axis = sub(top, bottom);
    const w = below.widthM * 0.9;
    const dep = below.depthM * 0.9;
    const body = oriented(mid(bottom, top), ax.x, axis, dep / 2, length(axis), w / 2);
    bodies.push({ body: vertebra, placement: body });
    const back = normalize(scale(body.x, -1));
    const up = normalize(axis);
    // [E] spinous process 4 cm long behind the body (no transverse processes: they would hide the discs from behind)
    const process = oriented(combine(body.centre, [back, dep / 2 + 0.028 * s], [up, -0.004 * s]), back, up, 0.04 * s, 0.014 * s, 0.008 * s);
    processes.push({ body: vertebra, placement: process });
  });

  // thoracic column T12 → C7 with a gentle kyphosis (bowed 1.5 cm back), then the neck toward the head
  const t = a.thorax;
  const t6 = combine(mid(a.t12, a.c7), [t.x, -0.015 * s]);
  const neckTop = combine(a.head, [t.y, -0.08 * s]);
  const column: Placement[] = [segment(a.t12, t6, 0.017 * s), segment(t6, a.c7, 0.015 * s), segment(a.c7, neckTop, 0.018 * s)];
  return { bodies, processes, column: column.map((placement) => ({ body: 'thorax', placement })), l1Top };
}
