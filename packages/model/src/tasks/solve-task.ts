/**
 * solveTask: posture (sagittal equilibrium, single-leg compensation or a
 * prescribed bend), then static optimisation, then loads. Never throws for a
 * valid task: degenerate cases come back with converged = false and warnings.
 */
import type { CompiledModel } from '../params/compile.ts';
import type { Task, TaskResult } from '../result/types.ts';
import { validateTask, TaskError } from './task.ts';
import { bilateralGroups, singleLegGroups, sittingGroups } from './groups.ts';
import { neutralSitting, neutralStanding, applySagittal, liftLeg } from '../mechanics/targets.ts';
import { habitualDrive } from '../mechanics/habitual.ts';
import { solveSagittalEquilibrium, type SagittalEquilibrium } from '../mechanics/sagittal-equilibrium.ts';
import { StaticSolver } from '../mechanics/static-optimisation.ts';
import { copyPosture, createPosture, ANCHOR_LEFT, ANCHOR_RIGHT, type Posture } from '../mechanics/posture.ts';
import { applyCompensation, compensate, type Compensation } from '../mechanics/frontal-compensation.ts';
import { lumbarShareOfTrunkFlexion } from './lumbopelvic-rhythm.ts';
import { assembleResult } from './assemble.ts';
import type { JointGroup } from '../mechanics/equilibrium.ts';

export { validateTask, TaskError };

const DEG = Math.PI / 180;
const solvers = new WeakMap<CompiledModel, Map<string, StaticSolver>>();

export function solverFor(model: CompiledModel, key: string, groups: () => JointGroup[], bilateral: boolean): StaticSolver {
  let byKey = solvers.get(model);
  if (!byKey) {
    byKey = new Map();
    solvers.set(model, byKey);
  }
  let s = byKey.get(key);
  if (!s) {
    s = new StaticSolver(model, groups(), bilateral);
    byKey.set(key, s);
  }
  // no warm start across solves: a result must not depend on what was solved before (reproducible sweeps)
  s.qp.lambda.fill(0);
  return s;
}

export interface SolvedPosture {
  posture: Posture;
  equilibrium: SagittalEquilibrium;
}

const standingCache = new WeakMap<CompiledModel, SolvedPosture>();

/** The solved standing posture (sagittal equilibrium) the other tasks and gait start from; cached per model. */
export function standingPosture(model: CompiledModel): SolvedPosture {
  const hit = standingCache.get(model);
  if (hit) return { posture: copyPosture(createPosture(), hit.posture), equilibrium: hit.equilibrium };
  const solved = solveStandingPosture(model);
  standingCache.set(model, solved);
  return { posture: copyPosture(createPosture(), solved.posture), equilibrium: solved.equilibrium };
}

function solveStandingPosture(model: CompiledModel): SolvedPosture {
  const base = neutralStanding(model.geometry);
  const drive = habitualDrive(model, 'standing', base, bilateralGroups(), true);
  const equilibrium = solveSagittalEquilibrium(model, base, drive.activation, drive.bias, true);
  return { posture: applySagittal(base, equilibrium.q, equilibrium.lordosisChange, copyPosture(createPosture(), base)), equilibrium };
}

function postureWarnings(eq: SagittalEquilibrium, warnings: string[]): void {
  if (!eq.converged) {
    warnings.push(
      `The posture search did not find a balance within ±35° of pelvic rotation (residual ${eq.residualNm.toFixed(1)} N·m): the parameters overwhelm postural control.`,
    );
  }
}

/** Solves one static task for a compiled model. */
export function solveTask(model: CompiledModel, taskIn: Task): TaskResult {
  const task = validateTask(taskIn);
  const warnings: string[] = [];
  let posture: Posture;
  let solver: StaticSolver;
  let equilibrium: SagittalEquilibrium;
  let compensation: Compensation | null = null;
  let stanceSide = -1;

  switch (task.kind) {
    case 'standing': {
      ({ posture, equilibrium } = standingPosture(model));
      solver = solverFor(model, 'bilateral', bilateralGroups, true);
      break;
    }
    case 'single-leg-stance': {
      ({ posture, equilibrium } = standingPosture(model));
      stanceSide = task.side === 'left' ? 0 : 1;
      posture.anchor = stanceSide === 0 ? ANCHOR_LEFT : ANCHOR_RIGHT;
      liftLeg(posture, 1 - stanceSide);
      solver = solverFor(model, `single-${task.side}`, () => singleLegGroups(stanceSide), false);
      compensation = compensate(solver, posture, stanceSide, 5, model.duchenne);
      posture = applyCompensation(posture, stanceSide, compensation.pelvicDropRad, compensation.balanceBendRad, compensation.trunkLeanRad, createPosture());
      if (compensation.saturated) {
        warnings.push('The abductor deficit is larger than the pelvic drop and trunk lean the model allows: the rest shows as reserve moments.');
      }
      break;
    }
    case 'trunk-flexion': {
      const standing = standingPosture(model);
      equilibrium = standing.equilibrium;
      const a = task.angleDeg * DEG;
      const lumbar = lumbarShareOfTrunkFlexion(a);
      posture = applySagittal(standing.posture, a - lumbar, -lumbar, copyPosture(createPosture(), standing.posture));
      solver = solverFor(model, 'bilateral', bilateralGroups, true);
      break;
    }
    case 'sitting': {
      const base = neutralSitting(model.geometry);
      const drive = habitualDrive(model, 'sitting', base, sittingGroups(), false);
      equilibrium = solveSagittalEquilibrium(model, base, drive.activation, drive.bias, false);
      posture = applySagittal(base, equilibrium.q, equilibrium.lordosisChange, copyPosture(createPosture(), base));
      solver = solverFor(model, 'sitting', sittingGroups, false);
      break;
    }
  }
  postureWarnings(equilibrium, warnings);
  solver.evaluate(posture);
  return assembleResult({ model, task, posture, solver, equilibrium, compensation, stanceSide, warnings });
}
