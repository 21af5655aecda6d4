/**
 * What the figure knows of each muscle element before drawing it (the
 * bellies themselves are figure/muscles/): its segments along the model's
 * path points, its radius ∝ √(max force) (cross-section ∝ force, so a
 * weakened muscle visibly thins, using the model's strength-scaled
 * `maxForceN`), and whether it is tight or has raised tone, which gets it an
 * outline sheath, so "tight" never reads as "strong".
 */
import type { ModelParams, MuscleGroup, Side } from '@lumbo/model';
import type { Motion } from './motion.ts';

/** Radius (m) of a rod per √N of the element's maximum force: 1000 N → 8 mm ([E], visual only). */
const RADIUS_PER_SQRT_N = 0.008 / Math.sqrt(1000);
/** Even a muscle at zero strength stays visible as a thread. */
const MIN_RADIUS_M = 0.0012;

export interface MuscleLayout {
  /** Rods (one per pair of consecutive path points). */
  readonly count: number;
  readonly pointA: Int32Array;
  readonly element: Int32Array;
  readonly radius: Float32Array;
  /** Rods of tight or high-tone muscles, which get a sheath; sheathOf[k] is rod k's sheath slot or −1. */
  readonly sheathOf: Int32Array;
  readonly sheathCount: number;
}

/** What makes a muscle "tight or high-tone" in the figure: any knob that adds passive or tonic tension. */
export function isRaisedTension(params: ModelParams | null, group: MuscleGroup, side: Side): boolean {
  const k = params?.muscles[group]?.[side] as Record<string, number | undefined> | undefined;
  if (!k) return false;
  return (k.tone ?? 0) > 0 || (k.tightness ?? 0) > 0 || (k.stiffness ?? 1) > 1 || (k.coactivation ?? 0) > 0;
}

export function muscleRadius(maxForceN: number): number {
  return Math.max(MIN_RADIUS_M, RADIUS_PER_SQRT_N * Math.sqrt(Math.max(0, maxForceN)));
}

export function layoutMuscles(motion: Motion, params: ModelParams | null): MuscleLayout {
  const pointA: number[] = [];
  const element: number[] = [];
  const radius: number[] = [];
  const sheathOf: number[] = [];
  let sheaths = 0;
  motion.pose.muscles.forEach((m, e) => {
    const start = motion.pointStart[e]!;
    const end = motion.pointStart[e + 1]!;
    const r = muscleRadius(m.maxForceN);
    const raised = isRaisedTension(params, m.group, m.side);
    for (let p = start; p < end - 1; p++) {
      pointA.push(p);
      element.push(e);
      radius.push(r);
      sheathOf.push(raised ? sheaths++ : -1);
    }
  });
  return {
    count: pointA.length,
    pointA: Int32Array.from(pointA),
    element: Int32Array.from(element),
    radius: Float32Array.from(radius),
    sheathOf: Int32Array.from(sheathOf),
    sheathCount: sheaths,
  };
}
