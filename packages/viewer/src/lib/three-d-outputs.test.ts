import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask, type TaskResult } from '@lumbo/model';
import { read3dOutputs, readFeasible } from './three-d-outputs.ts';

const result = solveTask(compileModel(DEFAULT_PARAMS), { kind: 'standing' });

/** The same result with the 3-D fields added (a result from a model that has them). */
function with3d(r: TaskResult, bend: number): TaskResult {
  return {
    ...r,
    feasible: true,
    pelvis: { ...r.pelvis, axialRotationDeg: 1.5 },
    lumbar: {
      ...r.lumbar,
      lateralCurveDeg: -2,
      levels: r.lumbar.levels.map((l) => ({ ...l, lateralBendDeg: bend, axialRotationDeg: 0.5, leftFacetForceN: 40, rightFacetForceN: 60 })),
    },
  } as TaskResult;
}

describe('reading the 3-D outputs', () => {
  it('reads every field when the result carries them', () => {
    const o = read3dOutputs(with3d(result, 1.2))!;
    expect(o.pelvisAxialRotationDeg).toBe(1.5);
    expect(o.lateralCurveDeg).toBe(-2);
    expect(o.levels.map((l) => l.level)).toEqual(result.lumbar.levels.map((l) => l.level));
    expect(o.levels[3]).toMatchObject({ lateralBendDeg: 1.2, axialRotationDeg: 0.5, leftFacetForceN: 40, rightFacetForceN: 60 });
  });

  it('gives null, not zeros, for a result without them or with a missing or non-finite one', () => {
    const has = 'axialRotationDeg' in (result.pelvis as object);
    if (!has) expect(read3dOutputs(result)).toBeNull();
    expect(read3dOutputs(with3d(result, Number.NaN))).toBeNull();
  });

  it('reads feasibility only when the model says it', () => {
    expect(readFeasible({ feasible: false })).toBe(false);
    expect(readFeasible({ feasible: true })).toBe(true);
    expect(readFeasible({ converged: true })).toBeNull();
  });
});
