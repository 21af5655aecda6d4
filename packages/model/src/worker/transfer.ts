/**
 * Big results leave the worker by transfer, not by copy: every typed array's
 * ArrayBuffer is moved to the receiver (conventions §5). The sender's arrays
 * are detached afterwards (byteLength 0), so never reuse a result once sent.
 */
import { transfer } from 'comlink';

/** The distinct ArrayBuffers behind every typed array (or DataView) inside a plain-data value. */
export function collectTransferables(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      // a SharedArrayBuffer is shared, not transferred
      if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      buffers.add(v);
      return;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child);
  };
  visit(value);
  return [...buffers];
}

/** Marks a result so comlink transfers (rather than copies) the buffers of its typed arrays. Returns the same object. */
export function transferResult<T>(result: T): T {
  return transfer(result, collectTransferables(result));
}
