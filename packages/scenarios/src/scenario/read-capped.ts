/**
 * Reads a scenario file's text, or a file it names (a lab's trial), safely:
 * only a regular file (a FIFO would block, `/dev/zero` never ends, a
 * directory is no file), checked before it is opened and again on the open
 * descriptor; at most the cap + 1 bytes are read, so an oversized file is
 * refused after reading just past the cap, never loaded whole; the cap counts
 * bytes, not characters; the text must be UTF-8.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { ScenarioFileError } from './errors.ts';
import { MAX_FILE_BYTES } from './source.ts';

/** What is read and how a failure is reported. */
export interface CappedRead {
  readonly maxBytes: number;
  /** What the file should be, for messages: `a regular .yaml, .yml or .json file`. */
  readonly expected: string;
  /** What it is, for the size message: `a scenario file`. */
  readonly what: string;
  /** Turns a detail ("cannot read the file: no such file") into the error to throw. */
  fail(detail: string): ScenarioFileError;
}

/** Read in pieces: the cap may be far above the file's size (a trial's cap is tens of MB). */
const CHUNK_BYTES = 1 << 20;

function kindOf(s: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return (error as Error).message;
}

export async function readCappedText(file: string, read: CappedRead): Promise<string> {
  const { fail } = read;
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw fail(`cannot read the file: ${reasonOf(error)}`);
  }
  if (!info.isFile()) throw fail(`cannot read the file: it is ${kindOf(info)}; expected ${read.expected}`);
  // O_NONBLOCK: should the path have become a FIFO since the check, opening it must not block
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw fail(`cannot read the file: ${reasonOf(error)}`);
  });
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw fail(`cannot read the file: it is ${kindOf(opened)}; expected ${read.expected}`);
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= read.maxBytes) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, read.maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    if (length > read.maxBytes) throw fail(`expected ${read.what} of at most ${read.maxBytes} bytes, got more (${opened.size} bytes)`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, length));
    } catch {
      throw fail('the file is not UTF-8 text');
    }
  } catch (error) {
    if (error instanceof ScenarioFileError) throw error;
    throw fail(`cannot read the file: ${reasonOf(error)}`);
  } finally {
    await handle.close();
  }
}

export async function readScenarioText(file: string): Promise<string> {
  return readCappedText(file, {
    maxBytes: MAX_FILE_BYTES,
    expected: 'a regular .yaml, .yml or .json file',
    what: 'a scenario file',
    fail: (detail) => new ScenarioFileError(file, undefined, '', detail),
  });
}
