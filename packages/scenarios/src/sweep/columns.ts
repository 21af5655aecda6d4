/**
 * The columns of a sweep's results, in order: bookkeeping (row, point,
 * `varied` for one-at-a-time and Saltelli designs), the task, the varied parameters
 * (factors then derived), then the kept outputs. Names are the dotted paths
 * of the parameter catalogue and the output contract, whose last word
 * carries the unit (`…Deg`, `…N`, `…Nm`, `…MPa`, `…Kg`, `…M`); knobs such as
 * `strength` are fractions.
 */
import type { ScenarioTask } from '../scenario/tasks.ts';
import type { OutputSpec } from '../scenario/outputs.ts';
import { fieldSpec } from '../scenario/param-vector.ts';

export type CellValue = number | string | boolean | null;

export interface Column {
  readonly name: string;
  readonly type: 'int' | 'number' | 'string' | 'boolean';
  readonly role: 'index' | 'task' | 'factor' | 'derived' | 'output';
  /** Unit for the docs and Parquet metadata ('' for bookkeeping columns). */
  readonly unit: string;
}

export interface ColumnOptions {
  /** Add the `varied` column (one-at-a-time and Saltelli designs). */
  readonly varied: boolean;
  readonly tasks: readonly ScenarioTask[];
  readonly factorPaths: readonly string[];
  readonly derivedPaths: readonly string[];
  readonly outputs: readonly OutputSpec[];
}

const unitOf = (path: string) => fieldSpec(path)?.unit ?? '';

export function sweepColumns(options: ColumnOptions): Column[] {
  const columns: Column[] = [
    { name: 'row', type: 'int', role: 'index', unit: '' },
    { name: 'point', type: 'int', role: 'index', unit: '' },
  ];
  if (options.varied) columns.push({ name: 'varied', type: 'string', role: 'index', unit: '' });
  columns.push({ name: 'task', type: 'string', role: 'task', unit: '' });
  if (options.tasks.some((t) => t.kind === 'single-leg-stance')) columns.push({ name: 'task.side', type: 'string', role: 'task', unit: '' });
  if (options.tasks.some((t) => t.kind === 'trunk-flexion')) columns.push({ name: 'task.angleDeg', type: 'number', role: 'task', unit: 'deg' });
  // which lab's trial a gait row ran (its kinematics file as the scenario names it): two trials' rows stay apart
  if (options.tasks.some((t) => t.kind === 'gait' && t.trial !== undefined)) columns.push({ name: 'task.trial', type: 'string', role: 'task', unit: '' });
  for (const path of options.factorPaths) columns.push({ name: path, type: 'number', role: 'factor', unit: unitOf(path) });
  for (const path of options.derivedPaths) columns.push({ name: path, type: 'number', role: 'derived', unit: unitOf(path) });
  for (const output of options.outputs) {
    columns.push({ name: output.path, type: output.type === 'boolean' ? 'boolean' : 'number', role: 'output', unit: output.unit });
  }
  return columns;
}
