/**
 * A row that could not be solved. Bad parameters (a derived value out of
 * range that slipped past the checks) keep their ModelParamsError name so the
 * CLI reports them as bad input; anything else is an internal failure.
 */
import type { ScenarioTask } from '../scenario/tasks.ts';
import { taskLabel } from '../scenario/tasks.ts';

export class SweepRowError extends Error {
  override readonly name = 'SweepRowError';
  /** True when the model rejected the row's parameters or task (bad input, exit 2). */
  readonly badInput: boolean;
  constructor(
    readonly row: number,
    readonly point: number,
    readonly task: ScenarioTask,
    cause: unknown,
  ) {
    const inner = cause instanceof Error ? cause : new Error(String(cause));
    super(`row ${row} (design point ${point}, ${taskLabel(task)}): ${inner.message}`, { cause });
    this.badInput = inner.name === 'ModelParamsError' || inner.name === 'TaskError' || inner.name === 'ScenarioFileError';
  }
}
