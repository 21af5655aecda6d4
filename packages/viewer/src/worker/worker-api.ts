/**
 * The model worker as the page sees it: the model's own API type, imported
 * from its browser-safe subpath (type only, nothing of the model's worker
 * code is bundled into the page).
 */
export type { GaitCallOptions, LumboWorkerApi as ModelWorkerApi, TrialTexts } from '@lumbo/model/worker/api';

/** Error names the model throws for bad input (StorageFormatError: a trial's bad file): retrying the same request cannot help. */
export const INPUT_ERROR_NAMES: ReadonlySet<string> = new Set(['ModelParamsError', 'TaskError', 'StorageFormatError']);
