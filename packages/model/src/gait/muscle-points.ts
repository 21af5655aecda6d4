/**
 * World positions of the muscle path points at one frame of a gait cycle. The cycle stores each point
 * once, in its body's frame (GaitAnimation.musclePointLocalM), and each body's frame per frame: a point
 * is origin + R·local (transformPoint, the same products computePose forms in geometry/pose.ts), so the same numbers.
 */
import type { GaitAnimation } from './types.ts';
import { transformPoint } from '../geometry/mat3.ts';

/** Writes frame `frame`'s path points (points × 3, m, world) into `out` (allocated when absent) and returns it. */
export function musclePointsAt(animation: GaitAnimation, frame: number, out?: Float64Array): Float64Array {
  const { musclePointBody: body, musclePointLocalM: local, bodyFrames, bodyNames } = animation;
  const count = body.length;
  const frames = bodyFrames.length / (bodyNames.length * 12);
  if (!Number.isInteger(frame) || frame < 0 || frame >= frames) throw new RangeError(`frame must be an integer within [0, ${frames - 1}], got ${frame}`);
  const points = out ?? new Float64Array(count * 3);
  if (points.length < count * 3) throw new RangeError(`out must hold ${count * 3} numbers, got ${points.length}`);
  const base = frame * bodyNames.length * 12;
  for (let p = 0; p < count; p++) {
    // a body's 12 numbers: origin, then the rotation row-major
    const f = base + body[p]! * 12;
    transformPoint(points, p * 3, bodyFrames, f + 3, bodyFrames, f, local[p * 3]!, local[p * 3 + 1]!, local[p * 3 + 2]!);
  }
  return points;
}
