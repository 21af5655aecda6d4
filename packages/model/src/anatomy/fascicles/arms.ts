/**
 * Moment arms of the muscle elements about the lumbar levels by finite
 * differences of path length (r = −∂l/∂θ, virtual work; docs/model.md §4), at a
 * given posture. Used by the fascicle acceptance test and the docs table.
 */
import type { CompiledModel } from '../../params/compile.ts';
import { computePose, createPoseBuffers } from '../../mechanics/pose.ts';
import type { Posture } from '../../mechanics/posture.ts';
import { pathLength } from '../elements.ts';

export const LEVEL_AXES = ['extension', 'lateral', 'axial'] as const;
export type LevelAxis = (typeof LEVEL_AXES)[number];
const FIELD: Record<LevelAxis, 'levelExtension' | 'levelBending' | 'levelRotation'> = {
  extension: 'levelExtension',
  lateral: 'levelBending',
  axial: 'levelRotation',
};

/** Central-difference step (rad) [E]: paths are straight lines, so the result is exact to O(h²) ≈ 1e-8 m. */
const STEP_RAD = 1e-4;

function copyPosture(p: Posture): Posture {
  return structuredClone(p);
}

/**
 * arms[axis][level][element] (m): + = extension / bends the upper vertebra right /
 * turns it left (spec-v2 §0), for every element of the model at posture `base`.
 */
export function levelMomentArms(model: CompiledModel, base: Posture): Record<LevelAxis, Float64Array[]> {
  const t = model.elements;
  const pose = createPoseBuffers(t.pointCount);
  const lengths = (p: Posture): Float64Array => {
    computePose(model.geometry, model.thoraxComAnteriorM, t, p, pose);
    return Float64Array.from({ length: t.count }, (_, i) => pathLength(t, pose.points, i));
  };
  const out = {} as Record<LevelAxis, Float64Array[]>;
  for (const axis of LEVEL_AXES) {
    out[axis] = [];
    for (let k = 0; k < 5; k++) {
      const plus = copyPosture(base), minus = copyPosture(base);
      plus[FIELD[axis]][k] = base[FIELD[axis]][k]! + STEP_RAD;
      minus[FIELD[axis]][k] = base[FIELD[axis]][k]! - STEP_RAD;
      const lp = lengths(plus), lm = lengths(minus);
      out[axis].push(Float64Array.from({ length: t.count }, (_, i) => -(lp[i]! - lm[i]!) / (2 * STEP_RAD)));
    }
  }
  return out;
}

