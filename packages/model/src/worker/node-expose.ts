/**
 * Node worker_threads entry (`@lumbo/model/worker/node`). Booted by
 * node-boot.mjs, which registers tsx first (toolchain.md pitfall 5); use
 * createNodeModelWorker() from `@lumbo/model/worker` rather than loading it by hand.
 */
/// <reference path="./comlink-node-adapter.d.ts" />
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createWorkerApi } from './api.ts';
import { installErrorSerializer } from './error-serializer.ts';

if (!parentPort) throw new Error('node-expose.ts must run inside a worker_threads Worker (see createNodeModelWorker)');
installErrorSerializer();
expose(createWorkerApi(), nodeEndpoint(parentPort));
