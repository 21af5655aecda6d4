/**
 * The baseline cycle the gait driver starts from, resampled to the requested
 * frames. For the built-in normative cycle the two sides are made exactly
 * symmetric (spec §5.5): the left leg repeats the right half a cycle later;
 * pelvic tilt, translations and lumbar extension average the two halves;
 * pelvic list, rotation, lateral translation, lumbar bending and rotation take
 * the antisymmetric part. An imported .mot keeps its own asymmetry (only the
 * missing left side is mirrored).
 */
import { GAIT_COORDINATES, type GaitCoordinate, type GaitKinematics } from './kinematics.ts';
import { resampleCycle } from './periodic.ts';

const ANTISYMMETRIC = new Set<string>(['pelvis_list', 'pelvis_rotation', 'pelvis_tz', 'lumbar_bending', 'lumbar_rotation']);

export interface GaitBaseline {
  frames: number;
  /** Coordinate → frames values (deg or m); the last frame equals the first. */
  values: Record<GaitCoordinate, Float64Array>;
}

export function buildBaseline(k: GaitKinematics, frames: number, symmetrise: boolean): GaitBaseline {
  const values = {} as Record<GaitCoordinate, Float64Array>;
  for (const c of GAIT_COORDINATES) {
    const own = k.coordinates[c];
    if (c.endsWith('_l')) {
      const right = k.coordinates[c.slice(0, -2) + '_r']!;
      values[c] = symmetrise || !own ? resampleCycle(right, frames, 0.5) : resampleCycle(own, frames);
      continue;
    }
    const s = k.coordinates[c]!;
    if (!symmetrise || c.endsWith('_r')) {
      values[c] = resampleCycle(s, frames);
      continue;
    }
    const a = resampleCycle(s, frames);
    const b = resampleCycle(s, frames, 0.5);
    const sign = ANTISYMMETRIC.has(c) ? -1 : 1;
    values[c] = a.map((v, i) => 0.5 * (v + sign * b[i]!));
  }
  return { frames, values };
}
