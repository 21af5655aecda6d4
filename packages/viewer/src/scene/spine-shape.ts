/**
 * Lumbar vertebrae between the model's discs, each disc split into a left and
 * a right half coloured by that half's compression, and the thoracic column
 * and neck above. Vertebral body size follows the disc; posterior elements
 * (spinous processes) are [E] drawing estimates.
 */
import type { LevelName, PoseResult, TaskResult } from '@lumbo/model';
import type { Anatomy } from './anatomy.ts';
import { oriented, segment, type Placement } from './placement.ts';
import { combine, cross, length, mid, normalize, reject, scale, sub, type Vec3 } from './vec.ts';

export interface DiscHalf {
  readonly level: LevelName;
  readonly side: 'left' | 'right';
  readonly placement: Placement;
  readonly compressionN: number;
}

export interface SpineShapes {
  readonly bodies: Placement[];
  readonly processes: Placement[];
  readonly discHalves: DiscHalf[];
  /** Thoracic column and neck, as rods. */
  readonly column: Placement[];
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

function discHalves(d: Disc, loads: TaskResult['lumbar']['levels']): DiscHalf[] {
  const { x, y, z } = discAxes(d);
  const level = loads.find((l) => l.level === d.level);
  const gap = 0.0008; // a hairline split so the two halves read as two
  const half = (side: 'left' | 'right'): DiscHalf => {
    const sign = side === 'right' ? 1 : -1;
    // the unit half-disc covers z ≥ 0; the left half is it turned 180° about y (a proper rotation)
    const placement = {
      centre: combine(d.centre, [z, sign * gap]),
      x: scale(x, (sign * d.depthM) / 2),
      y: scale(y, d.heightM),
      z: scale(z, (sign * d.widthM) / 2),
    };
    const compressionN = (side === 'right' ? level?.rightCompressionN : level?.leftCompressionN) ?? Number.NaN;
    return { level: d.level, side, placement, compressionN };
  };
  return [half('left'), half('right')];
}

export function spineShapes(a: Anatomy, pose: PoseResult, result: TaskResult): SpineShapes {
  const { s } = a;
  // discs top-down (L1/L2 first), as the model lists its levels
  const order: LevelName[] = ['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'];
  const discs = order.map((lv) => pose.discs.find((d) => d.level === lv)).filter((d): d is Disc => d !== undefined);
  const bodies: Placement[] = [];
  const processes: Placement[] = [];
  const discHalvesOut = discs.flatMap((d) => discHalves(d, result.lumbar.levels));

  // vertebra above disc i spans from that disc's upper face to the next disc's lower face (L1: up to T12/L1)
  let l1Top: SpineShapes['l1Top'] = null;
  discs.forEach((below, i) => {
    const ax = discAxes(below);
    const bottom = combine(below.centre, [ax.y, below.heightM / 2]);
    const above = discs[i - 1];
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
    bodies.push(body);
    const back = normalize(scale(body.x, -1));
    const up = normalize(axis);
    // [E] spinous process 4 cm long behind the body (no transverse processes: they would hide the discs from behind)
    processes.push(oriented(combine(body.centre, [back, dep / 2 + 0.028 * s], [up, -0.004 * s]), back, up, 0.04 * s, 0.014 * s, 0.008 * s));
  });

  // thoracic column T12 → C7 with a gentle kyphosis (bowed 1.5 cm back), then the neck toward the head
  const t = a.thorax;
  const t6 = combine(mid(a.t12, a.c7), [t.x, -0.015 * s]);
  const neckTop = combine(a.head, [t.y, -0.08 * s]);
  const column = [segment(a.t12, t6, 0.017 * s), segment(t6, a.c7, 0.015 * s), segment(a.c7, neckTop, 0.018 * s)];
  return { bodies, processes, discHalves: discHalvesOut, column, l1Top };
}
