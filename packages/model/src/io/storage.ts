/**
 * OpenSim storage files (.mot / .sto): a header block ending in `endheader`,
 * then a tab-separated table whose first column is time. Pure string functions,
 * no file system: callers read and write the text.
 */

export interface StorageTable {
  /** First header line (OpenSim's "name" of the table). */
  name: string;
  /** `inDegrees=yes` (angles in degrees) or `no`. */
  inDegrees: boolean;
  /** Column labels, the first one being `time`. */
  columns: string[];
  /** One array per column. */
  data: Float64Array[];
  /** Header lines other than name/version/nRows/nColumns/inDegrees (kept for round trips). */
  notes: string[];
}

export class StorageFormatError extends Error {
  override readonly name = 'StorageFormatError';
  constructor(
    message: string,
    /** 1-based line number in the text, when known. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

/** Parses the text of an OpenSim .mot or .sto file. */
export function parseStorage(text: string): StorageTable {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((l) => l.trim().toLowerCase() === 'endheader');
  if (end < 0) throw new StorageFormatError('missing "endheader": not an OpenSim storage file');
  const header = lines.slice(0, end);
  const name = header[0]?.trim() ?? '';
  let inDegrees = true;
  const notes: string[] = [];
  for (const h of header.slice(1)) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*)$/.exec(h);
    if (m && m[1]!.toLowerCase() === 'indegrees') inDegrees = m[2]!.trim().toLowerCase() === 'yes';
    else if (m && ['version', 'nrows', 'ncolumns', 'datarows', 'datacolumns'].includes(m[1]!.toLowerCase())) continue;
    else if (h.trim() !== '') notes.push(h);
  }
  const labelLine = end + 1;
  const columns = (lines[labelLine] ?? '').trim().split(/\t+|\s{2,}/).filter((c) => c !== '');
  if (columns.length < 2 || columns[0]!.toLowerCase() !== 'time') {
    throw new StorageFormatError(`expected a column header starting with "time", got ${JSON.stringify((lines[labelLine] ?? '').slice(0, 60))}`, labelLine + 1);
  }
  const rows: number[][] = [];
  for (let i = labelLine + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const values = line.split(/\s+/).map(Number);
    if (values.length !== columns.length) {
      throw new StorageFormatError(`expected ${columns.length} values, got ${values.length}`, i + 1);
    }
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new StorageFormatError(`column "${columns[bad]}" is not a finite number`, i + 1);
    rows.push(values);
  }
  if (rows.length < 2) throw new StorageFormatError('needs at least two rows of data');
  const data = columns.map((_, c) => Float64Array.from(rows, (r) => r[c]!));
  return { name, inDegrees, columns, data, notes };
}

/** Formats a table as an OpenSim storage file (header + tab-separated rows, 10 decimals). */
export function formatStorage(table: StorageTable): string {
  const n = table.data[0]?.length ?? 0;
  const out: string[] = [
    table.name,
    'version=1',
    `nRows=${n}`,
    `nColumns=${table.columns.length}`,
    `inDegrees=${table.inDegrees ? 'yes' : 'no'}`,
    ...table.notes,
    'endheader',
    table.columns.join('\t'),
  ];
  for (let r = 0; r < n; r++) out.push(table.data.map((col) => col[r]!.toFixed(10)).join('\t'));
  return out.join('\n') + '\n';
}

/** A column by name, or undefined. */
export function column(table: StorageTable, name: string): Float64Array | undefined {
  const i = table.columns.indexOf(name);
  return i < 0 ? undefined : table.data[i];
}
