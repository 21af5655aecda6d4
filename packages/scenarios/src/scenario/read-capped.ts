/**
 * Reads a scenario file's text safely: only a regular file (a FIFO would
 * block, `/dev/zero` never ends, a directory is no file), checked before it
 * is opened and again on the open descriptor; at most MAX_FILE_BYTES + 1
 * bytes are read, so an oversized file is refused after reading just past
 * the cap, never loaded whole; the cap counts bytes, not characters; the
 * text must be UTF-8.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { ScenarioFileError } from './errors.ts';
import { MAX_FILE_BYTES } from './source.ts';

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

export async function readScenarioText(file: string): Promise<string> {
  const fail = (detail: string) => new ScenarioFileError(file, undefined, '', detail);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw fail(`cannot read the file: ${reasonOf(error)}`);
  }
  if (!info.isFile()) throw fail(`cannot read the file: it is ${kindOf(info)}; expected a regular .yaml, .yml or .json file`);
  // O_NONBLOCK: should the path have become a FIFO since the check, opening it must not block
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw fail(`cannot read the file: ${reasonOf(error)}`);
  });
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw fail(`cannot read the file: it is ${kindOf(opened)}; expected a regular .yaml, .yml or .json file`);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_FILE_BYTES) throw fail(`expected a scenario file of at most ${MAX_FILE_BYTES} bytes, got more (${opened.size} bytes)`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
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
