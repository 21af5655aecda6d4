/** Plain-text tables: columns padded to their widest cell, a rule under the header. */
export interface Column {
  readonly header: string;
  /** Numbers align right (the default), text left. */
  readonly align?: 'left' | 'right';
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  return align === 'left' ? text.padEnd(width) : text.padStart(width);
}

/** Lines of a table (header, rule, rows), each prefixed by `indent`, trailing spaces trimmed. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    (indent + columns.map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align ?? 'right')).join('  ')).trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Lines of label/value pairs with an optional note column (no header). */
export function renderPairs(rows: readonly (readonly [label: string, value: string, note?: string])[], indent = '  '): string[] {
  const labelWidth = Math.max(0, ...rows.map(([label]) => label.length));
  const valueWidth = Math.max(0, ...rows.map(([, value]) => value.length));
  return rows.map(([label, value, note]) =>
    `${indent}${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}${note ? `   ${note}` : ''}`.trimEnd(),
  );
}
