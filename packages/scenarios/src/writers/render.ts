/**
 * Turns a finished journal into the output file the user asked for (CSV,
 * JSONL or Parquet, by extension). Written to a temporary file beside the
 * output, flushed, then renamed over it: the output is either absent, the
 * previous complete file, or the new complete file, never half-written.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import type { CellValue, Column } from '../sweep/columns.ts';
import { csvLine, jsonlLine } from './cells.ts';
import { scanJournal } from './journal.ts';

export const OUTPUT_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function formatOfPath(path: string): OutputFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return (OUTPUT_FORMATS as readonly string[]).includes(ext) ? (ext as OutputFormat) : undefined;
}

const FLUSH_CHARS = 1 << 20;

export interface RenderOptions {
  readonly journal: string;
  readonly out: string;
  readonly format: OutputFormat;
  readonly columns: readonly Column[];
  readonly rowIndexAt: (n: number) => number;
  /** Stored in Parquet metadata. */
  readonly metadata: Record<string, string>;
  /** Sees every row as it is rendered (the summary collects its columns here). */
  readonly onRow?: (cells: readonly CellValue[]) => void;
}

/** Renders the journal into `out` atomically; returns the number of rows written. */
export async function renderOutput(options: RenderOptions): Promise<number> {
  const { columns, format } = options;
  // hyparquet-writer loads only when Parquet is asked for
  const parquet = format === 'parquet' ? await import('./parquet.ts') : undefined;
  const names = columns.map((c) => c.name);
  const temporary = `${options.out}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  try {
    let buffer = format === 'csv' ? csvLine(names) : '';
    const table = parquet?.parquetTable(columns);
    const scan = scanJournal(options.journal, options.rowIndexAt, (cells) => {
      options.onRow?.(cells);
      if (table) return table.add(cells);
      buffer += format === 'csv' ? csvLine(cells) : jsonlLine(names, cells);
      if (buffer.length > FLUSH_CHARS) {
        writeSync(fd, buffer);
        buffer = '';
      }
    });
    if (table) writeSync(fd, table.toBytes(options.metadata));
    else writeSync(fd, buffer);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, options.out);
    return scan.rowCount;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}
