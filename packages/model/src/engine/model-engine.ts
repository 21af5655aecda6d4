/**
 * One engine per compiled model (docs/model.md §1): it owns the model's
 * solvers and caches — the static-optimisation workspaces per equation set and
 * the solved standing posture that every task and gait start from — so no
 * module-level state is shared between static tasks and gait. Solves never
 * carry multipliers or postures from an earlier call into a result: a result
 * depends only on (params, task).
 */
import type { CompiledModel } from '../params/compile.ts';
import type { JointGroup } from '../mechanics/equilibrium.ts';
import { StaticSolver } from '../mechanics/static-optimisation.ts';
import { copyPosture, createPosture, type Posture } from '../mechanics/posture.ts';
import { StandingSolver, type StandingSolution } from '../mechanics/posture3d/solve-standing.ts';

export interface SolvedPosture {
  posture: Posture;
  /** The 3-D standing solution (convergence, residual, habitual activation). */
  standing: StandingSolution;
}

export class ModelEngine {
  private readonly solvers = new Map<string, StaticSolver>();
  private standingSolution: StandingSolution | null = null;

  constructor(readonly model: CompiledModel) {}

  /** The static-optimisation workspace for an equation set, created once per key; multipliers reset. */
  solver(key: string, groups: () => JointGroup[], bilateral: boolean): StaticSolver {
    let s = this.solvers.get(key);
    if (!s) {
      s = new StaticSolver(this.model, groups(), bilateral);
      this.solvers.set(key, s);
    }
    // no warm start across solves: a result must not depend on what was solved before (reproducible sweeps)
    s.qp.lambda.fill(0);
    return s;
  }

  /** The solved 3-D standing posture (a fresh copy each call). */
  standing(): SolvedPosture {
    if (!this.standingSolution) this.standingSolution = new StandingSolver(this.model).solve();
    return { posture: copyPosture(createPosture(), this.standingSolution.posture), standing: this.standingSolution };
  }
}

const engines = new WeakMap<CompiledModel, ModelEngine>();

/** The engine of a compiled model (created on first use, collected with the model). */
export function engineFor(model: CompiledModel): ModelEngine {
  let e = engines.get(model);
  if (!e) {
    e = new ModelEngine(model);
    engines.set(model, e);
  }
  return e;
}
