/**
 * Reads a motion at a fractional frame, interpolating linearly between the
 * two neighbouring model frames. Body transforms are interpolated once per
 * position change into a cache; everything writes into preallocated arrays,
 * so sampling allocates nothing per animation frame. (Rotation matrices are
 * interpolated element-wise: model frames are ≤ 4° apart, so the result is
 * orthonormal to within 0.1 %.)
 */
import type { Motion } from './motion.ts';
import { toWorld } from './body-transform.ts';

export interface MotionSampler {
  readonly motion: Motion;
  /** Frame pair and weight of the later one. */
  readonly i0: number;
  readonly i1: number;
  readonly t: number;
  /** Nearest whole frame. */
  readonly index: number;
  /** Bumped whenever the position changes: parts redraw when theirs is older. */
  readonly version: number;
  /** Current body transforms, bodies × 12 (origin, rotation row-major). */
  readonly bodies: Float64Array;
  /** Moves to fractional frame `position` (clamped to the motion); returns true when it changed. */
  seek(position: number): boolean;
  /** Interpolated value of a per-frame series: element `offset` of frame i sits at i·stride + offset. */
  value(series: ArrayLike<number>, stride: number, offset: number): number;
  /** Interpolated 3-vector from a frames × n × 3 array, written to out[outOffset …]. */
  vec3(series: ArrayLike<number>, stride: number, offset: number, out: Float64Array, outOffset: number): void;
  /**
   * Muscle path point `point` at the current position, written to out[outOffset …]: its body's
   * interpolated frame applied to its body-fixed coordinates (origin + R·local is linear in the frame,
   * so this is the point interpolated between the two model frames).
   */
  musclePoint(point: number, out: Float64Array, outOffset: number): void;
}

export function createSampler(motion: Motion): MotionSampler {
  const bodyCount = motion.bodyNames.length;
  const bodyStride = bodyCount * 12;
  const bodies = new Float64Array(bodyStride);
  const local = motion.pointLocal;
  const last = motion.frames - 1;
  let i0 = 0;
  let i1 = 0;
  let t = 0;
  let position = Number.NaN;
  let version = 0;

  const value = (series: ArrayLike<number>, stride: number, offset: number): number => {
    const a = series[i0 * stride + offset]!;
    if (t === 0) return a;
    return a + (series[i1 * stride + offset]! - a) * t;
  };

  const sampler: MotionSampler = {
    motion,
    get i0() {
      return i0;
    },
    get i1() {
      return i1;
    },
    get t() {
      return t;
    },
    get index() {
      return t < 0.5 ? i0 : i1;
    },
    get version() {
      return version;
    },
    bodies,
    seek(p) {
      const clamped = last > 0 && Number.isFinite(p) ? Math.min(last, Math.max(0, p)) : 0;
      if (clamped === position) return false;
      position = clamped;
      i0 = Math.min(Math.floor(clamped), Math.max(0, last - 1));
      i1 = Math.min(last, i0 + 1);
      t = last > 0 ? clamped - i0 : 0;
      for (let k = 0; k < bodyStride; k++) bodies[k] = value(motion.bodyFrames, bodyStride, k);
      version++;
      return true;
    },
    value,
    vec3(series, stride, offset, out, outOffset) {
      out[outOffset] = value(series, stride, offset);
      out[outOffset + 1] = value(series, stride, offset + 1);
      out[outOffset + 2] = value(series, stride, offset + 2);
    },
    musclePoint(point, out, outOffset) {
      toWorld(bodies, motion.pointBody[point]! * 12, local, point * 3, true, out, outOffset);
    },
  };
  sampler.seek(0);
  return sampler;
}
