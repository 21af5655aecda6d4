// Boots a TypeScript entry inside a Node worker_threads Worker: `--import tsx`
// is not applied inside workers on Node 20 (toolchain.md pitfall 5), so
// register tsx's loader here, then import the entry given in workerData.entry.
// (The same five lines as @lumbo/model's worker/node-boot.mjs, which the model
// package does not export.)
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
