/**
 * `@lumbo/model/worker`: the model in a Node worker_threads Worker, behind
 * the same typed API the browser worker exposes.
 *
 *   const worker = createNodeModelWorker();
 *   const result = await worker.api.solve({}, { kind: 'standing' });
 *   await worker.terminate();
 */
/// <reference path="./comlink-node-adapter.d.ts" />
import { Worker } from 'node:worker_threads';
import { releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { LumboWorkerApi } from './api.ts';
import { rejectOnExit } from './reject-on-exit.ts';

export { createWorkerApi, type LumboWorkerApi, type WorkerApiOptions } from './api.ts';
export { collectTransferables, transferResult } from './transfer.ts';

export interface NodeModelWorker {
  /** The remote API; calls reject (instead of hanging) if the worker dies. */
  readonly api: Remote<LumboWorkerApi>;
  /** Stops the worker; pending calls reject. */
  terminate(): Promise<void>;
}

const BOOT_URL = new URL('./node-boot.mjs', import.meta.url);
// the sources' entry is node-expose.ts; the built package's (dist/) is node-expose.js
const ENTRY_URL = new URL(`./node-expose.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

export function createNodeModelWorker(): NodeModelWorker {
  const worker = new Worker(BOOT_URL, { workerData: { entry: ENTRY_URL.href } });
  const remote = wrap<LumboWorkerApi>(nodeEndpoint(worker));
  let terminating = false;
  const died = new Promise<never>((_resolve, reject) => {
    worker.once('error', (error) => reject(new Error(`model worker failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) =>
      reject(new Error(terminating ? 'model worker was terminated' : `model worker exited unexpectedly with code ${code}`)),
    );
  });
  // a death nobody is waiting on is not an unhandled rejection
  died.catch(() => undefined);
  return {
    api: rejectOnExit(remote, died),
    async terminate() {
      terminating = true;
      remote[releaseProxy]();
      await worker.terminate();
    },
  };
}
