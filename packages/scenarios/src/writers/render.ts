/**
 * Writes rows into the output file the user asked for (CSV, JSONL or
 * Parquet, by extension). Written to a temporary file beside the output,
 * flushed, then renamed over it: the output is either absent, the previous
 * complete file, or the new complete file, never half-written. CSV and JSONL
 * stream in constant memory; Parquet is built in memory (hyparquet-writer
 * writes whole files), so very large sweeps should be sharded.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import type { CellValue, Column } from '../sweep/columns.ts';
import { csvLine, jsonlLine } from './cells.ts';
import { io } from './io-error.ts';

export const OUTPUT_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function formatOfPath(path: string): OutputFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return (OUTPUT_FORMATS as readonly string[]).includes(ext) ? (ext as OutputFormat) : undefined;
}

const FLUSH_CHARS = 1 << 20;
/** Rows between two returns to the event loop (so an abort or a signal is seen while rendering). */
const ROWS_PER_TURN = 4096;

export interface RenderOptions {
  readonly out: string;
  readonly format: OutputFormat;
  readonly columns: readonly Column[];
  /** The rows, in order (from a journal, or from the parts being merged). */
  readonly rows: Iterable<readonly CellValue[]>;
  /** Stored in Parquet metadata. */
  readonly metadata: Record<string, string>;
  /** Sees every row as it is rendered (the summary collects its columns here). */
  readonly onRow?: (cells: readonly CellValue[]) => void;
  readonly signal?: AbortSignal | undefined;
}

export interface Rendered {
  readonly rows: number;
  readonly bytes: number;
  /** SHA-256 of the file written (hex), recorded in the part's metadata so a damaged or replaced part is detected. */
  readonly sha256: string;
}

/** Renders the rows into `out` atomically. */
export async function renderOutput(options: RenderOptions): Promise<Rendered> {
  const { columns, format, out } = options;
  // hyparquet-writer loads only when Parquet is asked for
  const parquet = format === 'parquet' ? await import('./parquet.ts') : undefined;
  const names = columns.map((c) => c.name);
  const temporary = `${out}.tmp-${process.pid}`;
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = io('create', temporary, () => openSync(temporary, 'w'));
  const write = (data: string | Uint8Array) => {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    io('write', temporary, () => {
      for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done);
    });
    hash.update(chunk);
    bytes += chunk.length;
  };
  let open = true;
  try {
    let buffer = format === 'csv' ? csvLine(names) : '';
    const table = parquet?.parquetTable(columns);
    let rows = 0;
    for (const cells of options.rows) {
      options.onRow?.(cells);
      if (table) table.add(cells);
      else {
        buffer += format === 'csv' ? csvLine(cells) : jsonlLine(names, cells);
        if (buffer.length > FLUSH_CHARS) {
          write(buffer);
          buffer = '';
        }
      }
      if (++rows % ROWS_PER_TURN === 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
      }
    }
    if (table) write(table.toBytes(options.metadata));
    else write(buffer);
    io('flush', temporary, () => fsyncSync(fd));
    open = false;
    closeSync(fd);
    options.signal?.throwIfAborted();
    io('replace', out, () => renameSync(temporary, out));
    return { rows, bytes, sha256: hash.digest('hex') };
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
