/** Text forms of a cell. Numbers use JavaScript's shortest round-trip form, so the same double always prints the same way. */
import type { CellValue } from '../sweep/columns.ts';

const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;

export function csvField(value: CellValue | string): string {
  if (value === null) return '';
  const text = String(value);
  return typeof value === 'string' && NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (CellValue | string)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** One JSONL line: an object with the columns as keys, in column order. */
export function jsonlLine(names: readonly string[], cells: readonly CellValue[]): string {
  const record: Record<string, CellValue> = {};
  names.forEach((name, i) => (record[name] = cells[i] ?? null));
  return `${JSON.stringify(record)}\n`;
}
