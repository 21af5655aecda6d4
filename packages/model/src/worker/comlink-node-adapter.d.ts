/**
 * Types for comlink's Node adapter. comlink ships it as an ES module at this
 * path but publishes no declaration TypeScript can find for it (toolchain.md
 * pitfall 6), so the files that import it reference this declaration.
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
