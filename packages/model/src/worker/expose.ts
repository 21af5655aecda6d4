/**
 * Browser Worker entry (`@lumbo/model/worker/browser`). With Vite:
 *   import ModelWorker from '@lumbo/model/worker/browser?worker';
 *   const api = wrap<LumboWorkerApi>(new ModelWorker());
 * comlink's default endpoint is the worker's global scope, so this file needs
 * no DOM types.
 */
import { expose } from 'comlink';
import { createWorkerApi } from './api.ts';
import { installErrorSerializer } from './error-serializer.ts';

installErrorSerializer();
// idle between a user's changes, it warms the model's code (idle-warm-up.ts)
expose(createWorkerApi({ warmUpWhenIdle: true }));
