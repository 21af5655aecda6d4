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
import { closeSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { CellValue } from '../sweep/columns.ts';
import { crc32Hex } from './crc32.ts';
import { io } from './io-error.ts';
import { openLineReader } from './line-reader.ts';

export const JOURNAL_FORMAT = 'lumbo-sweep-journal';
/** 2: the fingerprint no longer includes the shard (the header's `shard` field does). */
export const JOURNAL_VERSION = 2;
/** Make the journal durable (fsync) at most this often; a crash of the process itself loses nothing written. */
const SYNC_INTERVAL_MS = 2000;

export interface JournalHeader {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  /** Hash of everything that decides the sweep's rows, whatever the shard (see fingerprint.ts). */
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

export interface JournalReader {
  readonly header: JournalHeader | undefined;
  /** The version of a journal written by another version of lumbo (then `header` is undefined). */
  readonly otherVersion: number | undefined;
  /** The good rows, in order; stops at the first torn, damaged or out-of-sequence line. */
  rows(): Generator<CellValue[], void, undefined>;
  /** After rows() has run: how many good rows, and where they end. */
  scan(): JournalScan;
}

/**
 * Opens a journal for reading, line by line in constant memory (see
 * line-reader.ts): journals of any size resume and render. `rowIndexAt(n)` is
 * the row index the n-th row must carry, so a row out of sequence ends the
 * good prefix.
 */
export function openJournalReader(path: string, rowIndexAt: (n: number) => number): JournalReader {
  const lines = openLineReader(path);
  let header: JournalHeader | undefined;
  const first = lines.next();
  const h = first === undefined ? undefined : (unframe(first) as Partial<JournalHeader> | undefined);
  if (h?.format === JOURNAL_FORMAT && h.version === JOURNAL_VERSION) header = h as JournalHeader;
  const otherVersion = h?.format === JOURNAL_FORMAT && h.version !== JOURNAL_VERSION ? Number(h.version) : undefined;
  let rowCount = 0;
  let goodBytes = header === undefined ? 0 : lines.offset;
  let finished = header === undefined;
  if (finished) lines.close();
  return {
    header,
    otherVersion,
    *rows() {
      try {
        while (!finished) {
          const line = lines.next();
          const value = line === undefined ? undefined : unframe(line);
          if (!Array.isArray(value) || value[0] !== rowIndexAt(rowCount)) break;
          rowCount += 1;
          goodBytes = lines.offset;
          yield value as CellValue[];
        }
      } finally {
        finished = true;
        lines.close();
      }
    },
    scan: () => ({ header, rowCount, goodBytes }),
  };
}

/** Scans a journal's good prefix, calling `onRow` for each good row (constant memory). */
export function scanJournal(path: string, rowIndexAt: (n: number) => number, onRow?: (cells: CellValue[]) => void): JournalScan {
  const reader = openJournalReader(path, rowIndexAt);
  for (const cells of reader.rows()) onRow?.(cells);
  return reader.scan();
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
    fd = io('create the journal', path, () => openSync(path, 'w'));
    io('write the journal', path, () => writeSync(fd, frame(JSON.stringify(header))));
  } else {
    fd = io('open the journal', path, () => openSync(path, 'r+'));
    io('truncate the journal', path, () => ftruncateSync(fd, keepBytes)); // drop a torn or damaged tail
  }
  let position = keepBytes ?? undefined;
  let lastSync = Date.now();
  let open = true;
  return {
    append(cells) {
      const bytes = Buffer.from(frame(JSON.stringify(cells)), 'utf8');
      // one write per line: a kill can tear at most the line being written
      io('write the journal', path, () => {
        const written = writeSync(fd, bytes, 0, bytes.length, position);
        // a short write (disk full on some file systems) must not leave a silent gap
        if (written !== bytes.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      });
      if (position !== undefined) position += bytes.length;
      if (Date.now() - lastSync > SYNC_INTERVAL_MS) {
        io('flush the journal', path, () => fsyncSync(fd));
        lastSync = Date.now();
      }
    },
    close() {
      if (!open) return;
      open = false;
      try {
        io('flush the journal', path, () => fsyncSync(fd));
      } finally {
        closeSync(fd);
      }
    },
  };
}
