/**
 * Reads a text file line by line in fixed-size chunks, synchronously, so a
 * journal or a result part of any size is read in constant memory (a
 * `readFileSync` of the whole file fails beyond 2 GiB and holds it all).
 * Pull-based (`next()`), so several files can be merged row by row.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { io } from './io-error.ts';

const CHUNK_BYTES = 1 << 20;
/** No line of ours is anywhere near this long: a longer one is damage (or /dev/zero), not a row. */
export const MAX_LINE_BYTES = 64 << 20;

export interface LineReader {
  /** The next complete line (without its newline), or undefined at the end or at a torn last line. */
  next(): string | undefined;
  /** Bytes up to the end of the last line returned. */
  readonly offset: number;
  /** True when the file ended inside a line (a torn write) or a line exceeded MAX_LINE_BYTES. */
  readonly torn: boolean;
  close(): void;
}

export function openLineReader(path: string, options: { chunkBytes?: number; maxLineBytes?: number } = {}): LineReader {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
  const fd = io('read', path, () => openSync(path, 'r'));
  const chunk = Buffer.allocUnsafe(chunkBytes);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let buffered = Buffer.alloc(0);
  let start = 0;
  let offset = 0;
  let position = 0;
  let ended = false;
  let torn = false;
  let open = true;

  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    get offset() {
      return offset;
    },
    get torn() {
      return torn;
    },
    close,
    next() {
      for (;;) {
        const end = buffered.indexOf(0x0a, start);
        if (end >= 0) {
          const piece = buffered.subarray(start, end);
          const line = pendingBytes === 0 ? piece.toString('utf8') : Buffer.concat([...pending, piece]).toString('utf8');
          offset += pendingBytes + piece.length + 1;
          pending = [];
          pendingBytes = 0;
          start = end + 1;
          return line;
        }
        // keep the unfinished part of the chunk (copied: the chunk buffer is reused)
        if (start < buffered.length) {
          pending.push(Buffer.from(buffered.subarray(start)));
          pendingBytes += buffered.length - start;
        }
        if (pendingBytes > maxLineBytes) {
          torn = true;
          close();
          return undefined;
        }
        if (ended) {
          torn = pendingBytes > 0;
          close();
          return undefined;
        }
        const read = io('read', path, () => readSync(fd, chunk, 0, chunkBytes, position));
        position += read;
        if (read === 0) ended = true;
        buffered = chunk.subarray(0, read);
        start = 0;
      }
    },
  };
}
