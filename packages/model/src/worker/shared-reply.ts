/**
 * A worker's answer through shared memory, for a page that must not wait for
 * a message (docs/viewer.md, "Answers through shared memory").
 *
 * After a key press or a click, Chromium holds a worker's reply message until
 * the page has drawn the frame that shows the input (it defers posted-message
 * tasks, docs/performance.md "Why a key press on a slider waits for two
 * frames"), so a model answer ready 2 ms after the input was drawn one frame
 * later than it could be. A waiter on shared memory (`Atomics.waitAsync`) is
 * not held back that way. So the worker writes a static task's answer, as
 * JSON, into a SharedArrayBuffer the page gave it, and rings: it stores the
 * request's ticket and notifies. The page reads it when the bell rings, or
 * when the worker's ordinary reply says it is there, whichever comes first.
 *
 * Layout: Int32 [0] the last ticket rung, Int32 [1] the answer's byte length,
 * then the UTF-8 JSON from byte 8. One answer at a time: the page has at most
 * one request in flight. Only available to a cross-origin-isolated page
 * (SharedArrayBuffer); nothing here imports the model, so the page can import
 * it without bundling model code.
 */

/** Bytes before the answer: the ticket and the length, one Int32 each. */
export const SHARED_REPLY_HEADER_BYTES = 8;
/** Room for one answer (a standing result is ~73 kB of JSON; larger answers go by message). */
export const SHARED_REPLY_BYTES = 1 << 20;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `Atomics.waitAsync` (ES2024), typed here because the project's lib is ES2023. */
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
  timeoutMs?: number,
) => { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };

function waitAsyncOf(): WaitAsync | undefined {
  return (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
}

/** Whether this context can use shared replies: shared memory (a cross-origin-isolated page) and `Atomics.waitAsync`. */
export function sharedRepliesAvailable(): boolean {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false;
  return isolated && typeof SharedArrayBuffer === 'function' && typeof waitAsyncOf() === 'function';
}

export function createSharedReplyBuffer(bytes = SHARED_REPLY_BYTES): SharedArrayBuffer {
  return new SharedArrayBuffer(SHARED_REPLY_HEADER_BYTES + bytes);
}

/**
 * `value` as JSON, or null unless JSON carries it as a structured clone
 * would: finite numbers, strings, booleans, null, plain arrays and objects (no
 * typed array, non-finite number or undefined field). The one difference
 * left: −0 arrives as 0 (they compare equal; no read-out shows "−0" then).
 */
function exactJson(value: unknown): string | null {
  let exact = true;
  const json = JSON.stringify(value, (_key: string, v: unknown) => {
    if (v === undefined || typeof v === 'function' || typeof v === 'bigint' || typeof v === 'symbol') exact = false;
    else if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
    else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) exact = false;
    return v;
  });
  return exact && typeof json === 'string' ? json : null;
}

/**
 * Worker side: writes `value` under `ticket` and rings. Returns false, writing
 * nothing, if the answer does not fit or JSON would not carry it exactly: then
 * it goes by message as usual.
 */
export function writeSharedReply(buffer: SharedArrayBuffer, ticket: number, value: unknown): boolean {
  const json = exactJson(value);
  if (json === null) return false;
  const bytes = encoder.encode(json);
  if (bytes.length > buffer.byteLength - SHARED_REPLY_HEADER_BYTES) return false;
  new Uint8Array(buffer, SHARED_REPLY_HEADER_BYTES, bytes.length).set(bytes);
  const control = new Int32Array(buffer, 0, 2);
  Atomics.store(control, 1, bytes.length);
  Atomics.store(control, 0, ticket);
  Atomics.notify(control, 0);
  return true;
}

/** Page side: the answer rung under `ticket`, or undefined if the buffer holds another ticket's. */
export function readSharedReply(buffer: SharedArrayBuffer, ticket: number): unknown {
  const control = new Int32Array(buffer, 0, 2);
  if (Atomics.load(control, 0) !== ticket) return undefined;
  const length = Atomics.load(control, 1);
  // TextDecoder does not read shared memory: copy the bytes out first
  const bytes = new Uint8Array(buffer, SHARED_REPLY_HEADER_BYTES, length).slice();
  return JSON.parse(decoder.decode(bytes));
}

/**
 * Page side: resolves true when `ticket` rings, false when a later ticket rang
 * instead or `timeoutMs` passed. Tickets only grow.
 */
export function waitForSharedReply(buffer: SharedArrayBuffer, ticket: number, timeoutMs: number): Promise<boolean> {
  const waitAsync = waitAsyncOf();
  const control = new Int32Array(buffer, 0, 2);
  const deadline = performance.now() + timeoutMs;
  const check = (): Promise<boolean> => {
    const rung = Atomics.load(control, 0);
    if (rung === ticket) return Promise.resolve(true);
    const left = deadline - performance.now();
    if (rung > ticket || left <= 0 || !waitAsync) return Promise.resolve(false);
    const wait = waitAsync(control, 0, rung, left);
    return wait.async ? wait.value.then(check) : check();
  };
  return check();
}
