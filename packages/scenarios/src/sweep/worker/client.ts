/**
 * Starts a sweep worker thread and talks to it through comlink. A call in
 * flight when the worker dies rejects (comlink alone would wait forever).
 */
/// <reference path="./comlink-node-adapter.d.ts" />
import { Worker } from 'node:worker_threads';
import { releaseProxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SweepWorkerApi } from './api.ts';
import { PointBatchError, type BatchItem, type BatchResult } from '../point-solver.ts';

// the model package's boot file registers tsx inside the thread before importing a TypeScript
// entry (the sources); the built package's entry (dist/) is JavaScript and boots without tsx
const BOOT_URL = pathToFileURL(createRequire(import.meta.url).resolve('@lumbo/model/worker/node-boot'));
// the sources' entry is expose.ts beside this file; in the built package (bundled by
// scripts/build-packages.mjs) this code sits in a shared chunk in dist/chunks/ and the entry is
// dist/sweep/worker/expose.js (the build checks both)
const ENTRY_URL = import.meta.url.endsWith('.ts') ? new URL('./expose.ts', import.meta.url) : new URL('../sweep/worker/expose.js', import.meta.url);

export interface SweepWorker {
  readonly api: {
    ping: SweepWorkerApi['ping'];
    /** @throws PointBatchError for a point the model could not solve (its name and message kept). */
    solvePoints(items: readonly BatchItem[], outputPaths: readonly string[]): Promise<BatchResult>;
  };
  terminate(): Promise<void>;
}

export function createSweepWorker(): SweepWorker {
  const worker = new Worker(BOOT_URL, { workerData: { entry: ENTRY_URL.href } });
  const remote = wrap<SweepWorkerApi>(nodeEndpoint(worker));
  let terminating = false;
  const died = new Promise<never>((_resolve, reject) => {
    worker.once('error', (error) => reject(new Error(`sweep worker failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => reject(new Error(terminating ? 'sweep worker was terminated' : `sweep worker exited unexpectedly with code ${code}`)));
  });
  died.catch(() => undefined); // a death nobody waits on is not an unhandled rejection
  return {
    api: {
      ping: () => Promise.race([remote.ping(), died]),
      async solvePoints(items, outputPaths) {
        const result = await Promise.race([remote.solvePoints(items, outputPaths), died]);
        if (!('failed' in result)) return result;
        const { index, name, message, stack } = result.failed;
        const failure = Object.assign(new Error(message), { name });
        if (stack !== undefined) failure.stack = stack;
        throw new PointBatchError(index, failure);
      },
    },
    async terminate() {
      terminating = true;
      remote[releaseProxy]();
      await worker.terminate();
    },
  };
}
