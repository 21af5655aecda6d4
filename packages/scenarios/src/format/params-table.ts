/**
 * The parameter catalogue as text (`lumbo params`), generated from the model's
 * field list so that units, ranges, defaults and descriptions have one home.
 */
import { STRATEGY_FIELDS, SUBJECT_FIELDS, MUSCLE_FIELDS, type ScalarFieldSpec } from '@lumbo/model';
import { renderTable } from './text-table.ts';

const SECTIONS: readonly (readonly [title: string, fields: readonly ScalarFieldSpec[]])[] = [
  ['Subject', SUBJECT_FIELDS],
  ['Compensation strategy', STRATEGY_FIELDS],
  ['Muscles (per group and side; fractions, 1 = normal strength)', MUSCLE_FIELDS],
];

/** Catalogue fields whose path contains `filter` (case-insensitive); all fields without one. */
export function filterFields(fields: readonly ScalarFieldSpec[], filter?: string): ScalarFieldSpec[] {
  const needle = filter?.toLowerCase() ?? '';
  return fields.filter((f) => f.path.toLowerCase().includes(needle));
}

export function formatParamsTable(filter?: string): string {
  const blocks: string[] = [];
  for (const [title, all] of SECTIONS) {
    const fields = filterFields(all, filter);
    if (fields.length === 0) continue;
    // the description, then what each end of the range means in clinical words (when the catalogue says)
    const rows = fields.map((f) => [f.path, f.unit, `${f.min}–${f.max}`, String(f.default), f.ends ? `${f.description}. ${f.min} = ${f.ends.min}; ${f.max} = ${f.ends.max}` : f.description]);
    const columns = [
      { header: 'path', align: 'left' },
      { header: 'unit', align: 'left' },
      { header: 'range' },
      { header: 'default' },
      { header: 'description', align: 'left' },
    ] as const;
    blocks.push([title, ...renderTable(columns, rows)].join('\n'));
  }
  if (blocks.length === 0) return `no parameter path contains ${JSON.stringify(filter)}\n`;
  return `${blocks.join('\n\n')}\n\nSet any of them with: lumbo run --task <task> --set <path>=<value>\n`;
}
