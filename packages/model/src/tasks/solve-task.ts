/**
 * solveTask: posture (sagittal equilibrium, single-leg compensation or a
 * prescribed bend), then static optimisation, then loads. Never throws for a
 * valid task: degenerate cases come back with converged = false and warnings.
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { Task, TaskResult, TaskValues } from '../result/types.ts';
import { validateTask, TaskError } from '../engine/task.ts';
import { bilateralGroups, singleLegGroups, sittingGroups } from '../mechanics/groups.ts';
import { neutralSitting, applySagittal, liftLeg } from '../geometry/targets.ts';
import { engineFor } from '../engine/model-engine.ts';
import { habitualDrive } from '../mechanics/habitual.ts';
import { solveSagittalEquilibrium } from '../mechanics/sagittal-equilibrium.ts';
import { StaticSolver } from '../mechanics/static-optimisation.ts';
import { copyPosture, createPosture, ANCHOR_LEFT, ANCHOR_RIGHT, type Posture } from '../geometry/posture.ts';
import { applyCompensation, compensate, type Compensation } from '../mechanics/frontal-compensation.ts';
import { lumbarShareOfTrunkFlexion } from '../geometry/lumbopelvic-rhythm.ts';
import { assembleResult } from './assemble.ts';
import type { JointGroup } from '../mechanics/equilibrium.ts';

export { validateTask, TaskError };

const DEG = Math.PI / 180;

/** The static-optimisation workspace of `model` for an equation set (owned by the model's engine). */
export function solverFor(model: CompiledModel, key: string, groups: () => JointGroup[], bilateral: boolean): StaticSolver {
  return engineFor(model).solver(key, groups, bilateral);
}

/** Convergence of a task's posture step, whatever solver produced it. */
export interface PostureStatus {
  converged: boolean;
  /** Largest generalised-force residual left (N·m). */
  residualNm: number;
  /** Sagittal stiffness of the posture about the pelvis tilt (N·m/rad). */
  stiffnessNmPerRad: number;
}

export interface SolvedPosture {
  posture: Posture;
  equilibrium: PostureStatus;
}

/** The solved 3-D standing posture the other tasks and gait start from (a fresh copy; cached in the model's engine). */
export function standingPosture(model: CompiledModel): SolvedPosture {
  const { posture, standing } = engineFor(model).standing();
  return { posture, equilibrium: { converged: standing.converged, residualNm: standing.residualNm, stiffnessNmPerRad: standing.tiltStiffnessNmPerRad } };
}

function postureWarnings(eq: PostureStatus, warnings: string[]): void {
  if (!eq.converged) {
    warnings.push(
      `The posture search did not find a balance within ±35° of pelvic rotation (residual ${eq.residualNm.toFixed(1)} N·m): the parameters overwhelm postural control.`,
    );
  }
}

/** Solves one static task for a compiled model. */
export function solveTask(model: CompiledModel, taskIn: Task): TaskResult {
  return solve(model, taskIn, true);
}

/** The same numbers as `solveTask` without the drawing pose (sweeps: less to build and to collect). */
export function solveTaskValues(model: CompiledModel, taskIn: Task): TaskValues {
  return solve(model, taskIn, false);
}

function solve(model: CompiledModel, taskIn: Task, withPose: true): TaskResult;
function solve(model: CompiledModel, taskIn: Task, withPose: false): TaskValues;
function solve(model: CompiledModel, taskIn: Task, withPose: boolean): TaskResult | TaskValues {
  const task = validateTask(taskIn);
  const warnings: string[] = [];
  let posture: Posture;
  let solver: StaticSolver;
  let equilibrium: PostureStatus;
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
      posture = applyCompensation(posture, stanceSide, compensation.pelvicDropRad, compensation.stanceLegTiltRad, compensation.trunkLeanRad, createPosture());
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
      const sagittal = solveSagittalEquilibrium(model, base, drive.activation, drive.bias, false);
      equilibrium = sagittal;
      posture = applySagittal(base, sagittal.q, sagittal.lordosisChange, copyPosture(createPosture(), base));
      solver = solverFor(model, 'sitting', sittingGroups, false);
      break;
    }
  }
  postureWarnings(equilibrium, warnings);
  solver.evaluate(posture);
  return assembleResult({ model, task, posture, solver, equilibrium, compensation, stanceSide, warnings, withPose });
}
