/** One result row: the cells in column order (see columns.ts), built from a planned point, its task and its output cells. */
import type { ScenarioTask } from '../scenario/tasks.ts';
import { taskColumns } from '../scenario/tasks.ts';
import type { CellValue } from './columns.ts';
import type { PlannedPoint, SweepPlan } from './plan.ts';
import type { OutputCell } from './point-solver.ts';

export interface SweepRow {
  /** Global row index in the whole (unsharded) design: point × tasks + task. */
  readonly row: number;
  /** Design point index. */
  readonly point: number;
  /** Cells in the order of plan.columns. */
  readonly cells: readonly CellValue[];
}

export function buildRow(plan: SweepPlan, planned: PlannedPoint, row: number, task: ScenarioTask, outputs: readonly OutputCell[]): SweepRow {
  const [kind, side, angleDeg, trial] = taskColumns(task);
  const cells: CellValue[] = [row, planned.point];
  if (plan.design.variedFactor) cells.push(planned.varied ?? null);
  cells.push(kind);
  if (plan.columns.some((c) => c.name === 'task.side')) cells.push(side);
  if (plan.columns.some((c) => c.name === 'task.angleDeg')) cells.push(angleDeg);
  if (plan.columns.some((c) => c.name === 'task.trial')) cells.push(trial);
  cells.push(...planned.factorValues, ...planned.derivedValues, ...outputs);
  return { row, point: planned.point, cells };
}
