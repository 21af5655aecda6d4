/**
 * Entry of a sweep worker thread (booted by @lumbo/model/worker/node-boot, which registers tsx
 * first: toolchain.md pitfall 5). Exposes the sweep worker API over comlink's
 * Node adapter.
 */
/// <reference path="./comlink-node-adapter.d.ts" />
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createSweepWorkerApi } from './api.ts';

if (!parentPort) throw new Error('sweep worker entry must run inside a worker_threads Worker (see createSweepWorker)');
expose(createSweepWorkerApi(), nodeEndpoint(parentPort));
