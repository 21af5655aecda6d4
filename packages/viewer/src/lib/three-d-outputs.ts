/**
 * The 3-D model's outputs the viewer shows (docs/model.md, result contract):
 *   pelvis.axialRotationDeg              + = the pelvis turns to the left
 *   lumbar.lateralCurveDeg               + = the lumbar curve is convex to the left
 *   lumbar.levels[].lateralBendDeg       + = the upper vertebra bends to the right
 *   lumbar.levels[].axialRotationDeg     + = the upper vertebra turns to the left
 *   lumbar.levels[].leftFacetForceN / rightFacetForceN
 *   feasible                             false: the muscles cannot balance without reserves
 * Read through a guard: a result from a model without them gives null (the
 * panel then shows nothing), never a made-up zero.
 */
import type { LevelName, TaskResult } from '@lumbo/model';

export interface Level3d {
  readonly level: LevelName;
  readonly lateralBendDeg: number;
  readonly axialRotationDeg: number;
  readonly leftFacetForceN: number;
  readonly rightFacetForceN: number;
}

export interface Outputs3d {
  readonly pelvisAxialRotationDeg: number;
  readonly lateralCurveDeg: number;
  readonly levels: readonly Level3d[];
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The 3-D outputs of a static result, or null when the result does not carry them (every one, finite). */
export function read3dOutputs(result: TaskResult): Outputs3d | null {
  const pelvis = result.pelvis as unknown as Record<string, unknown>;
  const lumbar = result.lumbar as unknown as Record<string, unknown>;
  if (!isNum(pelvis.axialRotationDeg) || !isNum(lumbar.lateralCurveDeg)) return null;
  const levels: Level3d[] = [];
  for (const raw of result.lumbar.levels) {
    const l = raw as unknown as Record<string, unknown>;
    if (!isNum(l.lateralBendDeg) || !isNum(l.axialRotationDeg) || !isNum(l.leftFacetForceN) || !isNum(l.rightFacetForceN)) return null;
    levels.push({
      level: raw.level,
      lateralBendDeg: l.lateralBendDeg,
      axialRotationDeg: l.axialRotationDeg,
      leftFacetForceN: l.leftFacetForceN,
      rightFacetForceN: l.rightFacetForceN,
    });
  }
  return { pelvisAxialRotationDeg: pelvis.axialRotationDeg, lateralCurveDeg: lumbar.lateralCurveDeg, levels };
}

/** false when the model says it cannot balance without reserves; null when the result has no `feasible` field. */
export function readFeasible(result: object): boolean | null {
  const f = (result as Record<string, unknown>).feasible;
  return typeof f === 'boolean' ? f : null;
}
