/**
 * Types for comlink's Node adapter, which comlink ships as an ES module
 * without a declaration TypeScript can find (toolchain.md pitfall 6).
 * Referenced by the files that import it.
 */
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';

  /** The part of a worker_threads MessagePort, Worker or parentPort the adapter uses. */
  export interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly unknown[]): void;
    on(type: string, listener: (value: unknown) => void): void;
    off(type: string, listener: (value: unknown) => void): void;
    start?: () => void;
  }

  export default function nodeEndpoint(endpoint: NodeEndpoint): Endpoint;
}
