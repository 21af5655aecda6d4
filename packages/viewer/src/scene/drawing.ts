/**
 * Everything the scene draws, computed once per model result as plain data
 * (pure, unit-tested). React components only copy it into instanced meshes.
 */
import type { ModelParams, TaskResult } from '@lumbo/model';
import { readAnatomy, type Anatomy } from './anatomy.ts';
import { compressionCeilingForLevels } from './colour-scales.ts';
import { legShapes, type LegShapes } from './legs-shape.ts';
import { muscleRods, type MuscleRod } from './muscle-shape.ts';
import { pelvisShapes, type PelvisShapes } from './pelvis-shape.ts';
import { spineShapes, type SpineShapes } from './spine-shape.ts';
import { trunkShapes, type TrunkShapes } from './trunk-shape.ts';
import type { Placement } from './placement.ts';
import { v, type Vec3 } from './vec.ts';

export interface Bounds {
  readonly min: Vec3;
  readonly max: Vec3;
}

export interface Drawing {
  readonly anatomy: Anatomy;
  readonly legs: LegShapes;
  readonly pelvis: PelvisShapes;
  readonly spine: SpineShapes;
  readonly trunk: TrunkShapes;
  readonly muscles: MuscleRod[];
  /** Top of the disc colour scale (N), shared by the legend. */
  readonly compressionCeilingN: number;
  /** Box around the whole figure, floor to head top, for camera framing. */
  readonly bounds: Bounds;
  /** Box around the pelvis and lumbar spine (the close-up). */
  readonly spineBounds: Bounds;
  /** A stool under the ischia when the task is sitting (the model has no seat of its own). */
  readonly seat: Placement | null;
}

function boundsOf(points: readonly Vec3[], pad: number): Bounds {
  const min = v(Infinity, Infinity, Infinity);
  const max = v(-Infinity, -Infinity, -Infinity);
  for (const p of points) {
    if (![p.x, p.y, p.z].every(Number.isFinite)) continue;
    min.x = Math.min(min.x, p.x);
    min.y = Math.min(min.y, p.y);
    min.z = Math.min(min.z, p.z);
    max.x = Math.max(max.x, p.x);
    max.y = Math.max(max.y, p.y);
    max.z = Math.max(max.z, p.z);
  }
  return { min: v(min.x - pad, min.y - pad, min.z - pad), max: v(max.x + pad, max.y + pad, max.z + pad) };
}

/** [E] a 40 × 40 cm stool whose top touches the lower ischial tuberosity. */
function seatUnder(a: Anatomy): Placement | null {
  const top = Math.min(a.ischium.l.y, a.ischium.r.y) - 0.004;
  if (!(top > 0.05)) return null;
  const x = (a.ischium.l.x + a.ischium.r.x) / 2 + 0.08 * a.s;
  return { centre: v(x, top / 2, 0), x: v(0.4 * a.s, 0, 0), y: v(0, top, 0), z: v(0, 0, 0.4 * a.s) };
}

export function buildDrawing(result: TaskResult, params: ModelParams): Drawing | null {
  const anatomy = readAnatomy(result.pose);
  if (!anatomy) return null;
  const spine = spineShapes(anatomy, result.pose, result);
  const { legs: l, asis, psis, head, shoulders } = anatomy;
  // feet rest on the floor (y = 0): include it in the whole-body box
  const floor = v(l.r.ankle.x, 0, l.r.ankle.z);
  const points = [floor, l.l.hip, l.r.hip, l.l.knee, l.r.knee, l.l.ankle, l.r.ankle, asis.l, asis.r, psis.l, psis.r, head, shoulders.l, shoulders.r];
  return {
    anatomy,
    legs: legShapes(anatomy),
    pelvis: pelvisShapes(anatomy),
    spine,
    trunk: trunkShapes(anatomy),
    muscles: muscleRods(result.pose, params, anatomy.s),
    compressionCeilingN: compressionCeilingForLevels(result.lumbar.levels),
    bounds: boundsOf(points, 0.13 * anatomy.s),
    spineBounds: boundsOf([asis.l, asis.r, psis.l, psis.r, anatomy.ischium.l, anatomy.ischium.r, anatomy.thorax.origin], 0.08 * anatomy.s),
    seat: result.task.kind === 'sitting' ? seatUnder(anatomy) : null,
  };
}
