/**
 * Reads the rows of one finished sweep part back into cells, by the part's
 * extension: CSV and JSONL line by line (constant memory), Parquet whole
 * (hyparquet). Cells come back exactly as they were written — numbers are
 * printed in their shortest round-trip form, Parquet stores the doubles —
 * so rendering them again gives the same bytes.
 */
import { readFile } from 'node:fs/promises';
import type { CellValue, Column } from '../sweep/columns.ts';
import { io } from '../writers/io-error.ts';
import { openLineReader } from '../writers/line-reader.ts';
import { formatOfPath } from '../writers/render.ts';
import { csvLine } from '../writers/cells.ts';
import { PartsError } from './parts-error.ts';

type PartColumn = Pick<Column, 'name' | 'type'>;

/** Splits one CSV line written by csvLine (fields quoted only when needed, no line breaks inside). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let text = '';
      i += 1;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error('unterminated quoted field');
        text += line.slice(i, close);
        if (line[close + 1] === '"') {
          text += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fields.push(text);
    } else {
      const comma = line.indexOf(',', i);
      fields.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    if (line[i] !== ',') throw new Error(`expected a comma at character ${i + 1}`);
    i += 1;
  }
}

function csvCell(text: string, column: PartColumn): CellValue {
  if (text === '') return null;
  if (column.type === 'string') return text;
  if (column.type === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
  } else {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  throw new Error(`${column.name}: ${JSON.stringify(text)} is not a ${column.type}`);
}

function* csvRows(path: string, columns: readonly PartColumn[]): Generator<CellValue[]> {
  const lines = openLineReader(path);
  try {
    const header = lines.next();
    if (`${header}\n` !== csvLine(columns.map((c) => c.name))) throw new PartsError(`${path}: its header does not match the columns in its metadata`);
    for (let line = lines.next(); line !== undefined; line = lines.next()) {
      try {
        const fields = splitCsvLine(line);
        if (fields.length !== columns.length) throw new Error(`${fields.length} fields, expected ${columns.length}`);
        yield fields.map((text, i) => csvCell(text, columns[i]!));
      } catch (error) {
        if (error instanceof PartsError) throw error;
        throw new PartsError(`${path}: cannot read the line ending at byte ${lines.offset}: ${(error as Error).message}`);
      }
    }
    if (lines.torn) throw new PartsError(`${path}: the last line is incomplete (the file was cut short)`);
  } finally {
    lines.close();
  }
}

function* jsonlRows(path: string, columns: readonly PartColumn[]): Generator<CellValue[]> {
  const lines = openLineReader(path);
  try {
    for (let line = lines.next(); line !== undefined; line = lines.next()) {
      let record: Record<string, CellValue>;
      try {
        record = JSON.parse(line) as Record<string, CellValue>;
      } catch {
        throw new PartsError(`${path}: the line ending at byte ${lines.offset} is not JSON`);
      }
      yield columns.map((c) => record[c.name] ?? null);
    }
    if (lines.torn) throw new PartsError(`${path}: the last line is incomplete (the file was cut short)`);
  } finally {
    lines.close();
  }
}

async function parquetRows(path: string, columns: readonly PartColumn[]): Promise<Iterable<CellValue[]>> {
  const { parquetReadObjects } = await import('hyparquet');
  const bytes = await readFile(path).catch((error: unknown) => io('read', path, () => { throw error; }));
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let records: Record<string, unknown>[];
  try {
    records = await parquetReadObjects({ file });
  } catch (error) {
    throw new PartsError(`${path}: not a readable Parquet file (${(error as Error).message})`);
  }
  const cell = (value: unknown): CellValue => (typeof value === 'bigint' ? Number(value) : (value as CellValue) ?? null);
  return records.map((record) => columns.map((c) => cell(record[c.name])));
}

/** The part's rows, in its order, as cells in column order. */
export async function readPartRows(path: string, columns: readonly PartColumn[]): Promise<Iterator<CellValue[]>> {
  const format = formatOfPath(path);
  if (format === 'csv') return csvRows(path, columns);
  if (format === 'jsonl') return jsonlRows(path, columns);
  if (format === 'parquet') return (await parquetRows(path, columns))[Symbol.iterator]();
  throw new PartsError(`${path}: a part must end in .csv, .jsonl or .parquet`);
}
