/**
 * Muscle elements as chains of thin rods along the model's path points,
 * coloured by activation and as thick as the square root of the strength knob
 * (cross-section ∝ force), so a weakened muscle visibly thins.
 */
import type { ModelParams, MuscleGroup, PoseResult } from '@lumbo/model';
import { segment, type Placement } from './placement.ts';

export interface MuscleRod {
  readonly placement: Placement;
  readonly activation: number;
}

/** Drawing radius (m) of one element at normal strength, by group ([E], visual only). */
const BASE_RADIUS_M: Record<MuscleGroup, number> = {
  gluteusMaximus: 0.008,
  gluteusMedius: 0.007,
  gluteusMinimus: 0.005,
  iliopsoas: 0.006,
  piriformis: 0.0045,
  erectorSpinae: 0.006,
  quadratusLumborum: 0.005,
  abdominals: 0.005,
  hamstrings: 0.007,
  tensorFasciaeLatae: 0.0045,
  rectusFemoris: 0.007,
  adductors: 0.008,
};
/** Even a muscle at zero strength stays visible as a thread. */
const MIN_RADIUS_M = 0.0012;

export function muscleRods(pose: PoseResult, params: ModelParams, s: number): MuscleRod[] {
  const rods: MuscleRod[] = [];
  for (const m of pose.muscles) {
    const strength = params.muscles[m.group]?.[m.side]?.strength ?? 1;
    const radius = Math.max(MIN_RADIUS_M, BASE_RADIUS_M[m.group] * s * Math.sqrt(Math.max(0, strength)));
    for (let i = 1; i < m.points.length; i++) {
      rods.push({ placement: segment(m.points[i - 1]!, m.points[i]!, radius), activation: m.activation });
    }
  }
  return rods;
}
