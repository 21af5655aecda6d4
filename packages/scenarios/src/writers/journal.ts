/**
 * The sweep journal: an append-only file beside the output
 * (`results.csv.journal`) that holds every finished row, in row order, one
 * line each: 8 hex digits of CRC-32, a space, and the row's cells as a JSON
 * array. The first line is the header (same framing) with the sweep's
 * fingerprint and columns.
 *
 * Rows reach the journal in order, so the journal is always a prefix of the
 * finished results: resuming reads it, drops a torn or damaged tail (a crash
 * mid-write), and continues after the last good row. Nothing is lost (a row
 * is in the journal or will be solved again) and nothing is duplicated (the
 * sweep restarts exactly after the last good row).
 */
import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { CellValue } from '../sweep/columns.ts';
import { crc32Hex } from './crc32.ts';

export const JOURNAL_FORMAT = 'lumbo-sweep-journal';
export const JOURNAL_VERSION = 1;
/** Make the journal durable (fsync) at most this often; a crash of the process itself loses nothing written. */
const SYNC_INTERVAL_MS = 2000;

export interface JournalHeader {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  /** Hash of everything that decides the rows (see fingerprint.ts). */
  readonly fingerprint: string;
  readonly columns: readonly string[];
  /** "K/N" */
  readonly shard: string;
  /** Rows the finished journal will hold. */
  readonly rows: number;
}

export function frame(json: string): string {
  return `${crc32Hex(json)} ${json}\n`;
}

/** Parses one framed line; undefined when torn or damaged. */
function unframe(line: string): unknown {
  if (line.length < 10 || line[8] !== ' ') return undefined;
  const json = line.slice(9);
  if (crc32Hex(json) !== line.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

export interface JournalScan {
  readonly header: JournalHeader | undefined;
  /** Good rows after the header. */
  readonly rowCount: number;
  /** Bytes up to the end of the last good line (where appending resumes). */
  readonly goodBytes: number;
}

/**
 * Scans a journal's good prefix, calling `onRow` for each good row.
 * `rowIndexAt(n)` is the row index the n-th row must carry, so a row out of
 * sequence also ends the prefix. Reads bytes, not one big string, so
 * journals of millions of rows fit.
 */
export function scanJournal(path: string, rowIndexAt: (n: number) => number, onRow?: (cells: CellValue[]) => void): JournalScan {
  const bytes = readFileSync(path);
  let header: JournalHeader | undefined;
  let rowCount = 0;
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    if (end < 0) break; // torn last line
    const value = unframe(bytes.toString('utf8', offset, end));
    if (header === undefined) {
      const h = value as Partial<JournalHeader> | undefined;
      if (h?.format !== JOURNAL_FORMAT || h.version !== JOURNAL_VERSION) break;
      header = h as JournalHeader;
    } else {
      if (!Array.isArray(value) || value[0] !== rowIndexAt(rowCount)) break;
      onRow?.(value as CellValue[]);
      rowCount += 1;
    }
    offset = end + 1;
  }
  return { header, rowCount, goodBytes: header === undefined ? 0 : offset };
}

export interface JournalWriter {
  append(cells: readonly CellValue[]): void;
  /** Flushes to disk and closes. */
  close(): void;
}

/** Opens a journal for appending: a new one (header written) or an existing good prefix (`keepBytes`). */
export function openJournal(path: string, header: JournalHeader, keepBytes?: number): JournalWriter {
  let fd: number;
  if (keepBytes === undefined) {
    fd = openSync(path, 'w');
    writeSync(fd, frame(JSON.stringify(header)));
  } else {
    fd = openSync(path, 'r+');
    ftruncateSync(fd, keepBytes); // drop a torn or damaged tail
  }
  let position = keepBytes ?? undefined;
  let lastSync = Date.now();
  return {
    append(cells) {
      const bytes = Buffer.from(frame(JSON.stringify(cells)), 'utf8');
      // one write per line: a kill can tear at most the line being written
      writeSync(fd, bytes, 0, bytes.length, position);
      if (position !== undefined) position += bytes.length;
      if (Date.now() - lastSync > SYNC_INTERVAL_MS) {
        fsyncSync(fd);
        lastSync = Date.now();
      }
    },
    close() {
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}
