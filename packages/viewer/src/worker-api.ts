/**
 * The shape of the model worker as the page sees it. It mirrors
 * `LumboWorkerApi` in packages/model/src/worker/api.ts structurally: that
 * file's package entry (`@lumbo/model/worker`) also pulls in node:worker_threads,
 * which a browser tsconfig cannot type-check, so the type is restated here.
 */
import type { PartialModelParams, Task, TaskResult } from '@lumbo/model';

export interface ModelWorkerApi {
  solve(params: PartialModelParams, task: Task): Promise<TaskResult>;
  ping(): Promise<string>;
}

/** Error names the model throws for bad input: retrying the same request cannot help. */
export const INPUT_ERROR_NAMES: ReadonlySet<string> = new Set(['ModelParamsError', 'TaskError']);
