import { describe, expect, it, vi } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import { DEFAULT_BODY_DATA } from './default-body-data.ts';
import { DEFAULT_PARAMS, type PartialModelParams } from '../params/schema.ts';
import { computeStandingReference, standingReference } from './posture3d/reference.ts';
import { solveTask } from '../tasks/solve-task.ts';
import { simulateGait } from '../gait/simulate.ts';
import type { Task } from '../result/types.ts';

/** Largest |a − b| over two arrays (Infinity when their lengths differ). */
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

type Standing = (typeof DEFAULT_BODY_DATA)['standing'];
/** Per-field differences of two standing references (every array the solver reads, and the scalar gains). */
function standingDifferences(a: Standing, b: Standing): Record<string, number> {
  return {
    activation: maxAbsDiff(a.activation, b.activation),
    referenceLength: maxAbsDiff(a.referenceLength, b.referenceLength),
    thoraxReference: maxAbsDiff(a.thoraxReference, b.thoraxReference),
    arms: maxAbsDiff(a.arms, b.arms),
    bias: maxAbsDiff(a.bias, b.bias),
    jacobian: maxAbsDiff(a.jacobian, b.jacobian),
    feedback: maxAbsDiff(a.gains.feedback, b.gains.feedback),
    thoraxNmPerRad: Math.abs(a.gains.thoraxNmPerRad - b.gains.thoraxNmPerRad),
    listNmPerRad: Math.abs(a.gains.listNmPerRad - b.gains.listNmPerRad),
    passiveScale: Math.abs(a.gains.passiveScale - b.gains.passiveScale),
  };
}

/** A second copy of the model's modules that ignores the shipped data and computes everything, as for any other body. */
async function computingModel() {
  vi.resetModules();
  (await import('./default-body.ts')).ignoreShippedDefaultBody();
  return {
    compileModel: (await import('../engine/compile.ts')).compileModel,
    rawAbductionCapacityNm: (await import('./calibration-abductors.ts')).rawAbductionCapacityNm,
    computeStandingReference: (await import('./posture3d/reference.ts')).computeStandingReference,
    solveTask: (await import('../tasks/solve-task.ts')).solveTask,
    simulateGait: (await import('../gait/simulate.ts')).simulateGait,
  };
}

describe('the default body’s shipped data (default-body-data.ts)', () => {
  it('is for the default subject’s body', () => {
    const { massKg, heightM, pelvicIncidenceDeg } = DEFAULT_PARAMS.subject;
    expect(DEFAULT_BODY_DATA.body).toEqual({ massKg, heightM, pelvicIncidenceDeg });
  });

  it('equals what the model computes now (regenerate with pnpm --filter @lumbo/model generate:default-body)', async () => {
    const computing = await computingModel();
    const model = computing.compileModel();
    // the generator writes each double with round-trip precision, so the data are the computation's
    // own numbers; the bound only allows for another Math library (Jacobian entries reach ~1e3 N·m/rad)
    const TOL = 1e-9;
    expect(Math.abs(DEFAULT_BODY_DATA.rawAbductionCapacityNm - computing.rawAbductionCapacityNm())).toBeLessThanOrEqual(TOL);
    expect(maxAbsDiff(DEFAULT_BODY_DATA.calibration.referenceLength, model.elements.referenceLength)).toBeLessThanOrEqual(TOL);
    expect(Math.abs(DEFAULT_BODY_DATA.calibration.thoraxComAnteriorM - model.thoraxComAnteriorM)).toBeLessThanOrEqual(TOL);
    for (const [field, diff] of Object.entries(standingDifferences(DEFAULT_BODY_DATA.standing, computing.computeStandingReference(model)))) {
      expect(diff, field).toBeLessThanOrEqual(TOL);
    }
  });

  it('leaves the results unchanged: standing, single-leg stance, trunk flexion and a gait cycle with and without it', async () => {
    const computing = await computingModel();
    const sets: PartialModelParams[] = [{}, { muscles: { iliopsoas: { left: { tone: 0.2 }, right: { tone: 0.2 } } } }, { muscles: { gluteusMedius: { right: { strength: 0.4 } } } }];
    const tasks: Task[] = [{ kind: 'standing' }, { kind: 'single-leg-stance', side: 'right' }, { kind: 'trunk-flexion', angleDeg: 30 }];
    for (const params of sets) {
      for (const task of tasks) expect(solveTask(compileModel(params), task), JSON.stringify([params, task])).toEqual(computing.solveTask(computing.compileModel(params), task));
    }
    expect(simulateGait(compileModel(), { framesPerCycle: 21 })).toEqual(computing.simulateGait(computing.compileModel(), { framesPerCycle: 21 }));
  });

  it('is what the default body uses, whatever its muscles, posture offset or disc height', () => {
    for (const params of [{}, { subject: { asisPsisNeutralDeg: 15, discHeightLoss: 0.3 }, muscles: { iliopsoas: { left: { tone: 0.3 } } } }]) {
      const model = compileModel(params);
      expect(standingReference(model).jacobian).toBe(DEFAULT_BODY_DATA.standing.jacobian);
      expect(Array.from(model.elements.referenceLength)).toEqual(Array.from(DEFAULT_BODY_DATA.calibration.referenceLength));
      expect(model.thoraxComAnteriorM).toBe(DEFAULT_BODY_DATA.calibration.thoraxComAnteriorM);
    }
  });

  it('is not used for any other body: another mass, height or PI computes its own', () => {
    for (const subject of [{ massKg: 90 }, { heightM: 1.6 }, { pelvicIncidenceDeg: 54 }]) {
      const model = compileModel({ subject });
      const ref = standingReference(model);
      expect(ref.jacobian, JSON.stringify(subject)).not.toBe(DEFAULT_BODY_DATA.standing.jacobian);
      expect(Math.max(...Object.values(standingDifferences(ref, computeStandingReference(model)))), JSON.stringify(subject)).toBe(0);
      expect(maxAbsDiff(ref.jacobian, DEFAULT_BODY_DATA.standing.jacobian), JSON.stringify(subject)).toBeGreaterThan(1e-3);
      expect(model.thoraxComAnteriorM, JSON.stringify(subject)).not.toBe(DEFAULT_BODY_DATA.calibration.thoraxComAnteriorM);
    }
  });
});
