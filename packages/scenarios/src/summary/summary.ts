/**
 * `--summary`: which input moves an output most. For each task and each
 * summarised output, over the rows whose output is a finite number:
 * standardised regression coefficients of a linear fit on all design factors
 * (with the fit's R²) and each factor's Spearman rank correlation. Derived
 * parameters are left out of the fit: they are functions of the factors.
 */
import type { CellValue, Column } from '../sweep/columns.ts';
import { renderTable } from '../format/text-table.ts';
import { spearman, standardisedRegression } from './stats.ts';

export interface SensitivityRow {
  readonly input: string;
  /** Standardised regression coefficient, null when the input is constant or collinear. */
  readonly src: number | null;
  readonly spearman: number | null;
}

export interface Sensitivity {
  readonly task: string;
  readonly output: string;
  readonly unit: string;
  readonly rows: number;
  readonly r2: number;
  /** Sorted by |SRC|, largest first. */
  readonly inputs: readonly SensitivityRow[];
}

/** Collects the needed columns row by row (from the renderer), then computes the tables. */
export function createSummary(columns: readonly Column[], outputs: readonly string[]) {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const factors = columns.filter((c) => c.role === 'factor').map((c) => c.name);
  const kindAt = index.get('task')!;
  const sideAt = index.get('task.side');
  const angleAt = index.get('task.angleDeg');
  const taskOf = (cells: readonly CellValue[]) => {
    const side = sideAt === undefined ? null : cells[sideAt];
    const angle = angleAt === undefined ? null : cells[angleAt];
    return `${String(cells[kindAt])}${side === null ? '' : ` ${String(side)}`}${angle === null ? '' : ` ${String(angle)}°`}`;
  };
  const groups = new Map<string, { inputs: number[][]; outputs: (number | null)[][] }>();

  return {
    add(cells: readonly CellValue[]): void {
      const task = taskOf(cells);
      let group = groups.get(task);
      if (!group) groups.set(task, (group = { inputs: factors.map(() => []), outputs: outputs.map(() => []) }));
      factors.forEach((name, k) => group.inputs[k]!.push(cells[index.get(name)!] as number));
      outputs.forEach((name, k) => {
        const v = cells[index.get(name)!];
        group.outputs[k]!.push(typeof v === 'number' && Number.isFinite(v) ? v : null);
      });
    },
    results(): Sensitivity[] {
      const results: Sensitivity[] = [];
      for (const [task, group] of groups) {
        outputs.forEach((output, k) => {
          const keep = group.outputs[k]!.flatMap((v, i) => (v === null ? [] : [i]));
          const y = keep.map((i) => group.outputs[k]![i]!);
          const xs = group.inputs.map((column) => keep.map((i) => column[i]!));
          const fit = standardisedRegression(xs, y);
          const inputs = factors.map((input, j) => {
            const rho = spearman(xs[j]!, y);
            return { input, src: fit.coefficients[j] ?? null, spearman: Number.isNaN(rho) ? null : rho };
          });
          inputs.sort((a, b) => Math.abs(b.src ?? 0) - Math.abs(a.src ?? 0) || Math.abs(b.spearman ?? 0) - Math.abs(a.spearman ?? 0));
          const unit = columns.find((c) => c.name === output)?.unit ?? '';
          results.push({ task, output, unit, rows: y.length, r2: fit.r2, inputs });
        });
      }
      return results;
    },
  };
}

const signed = (v: number | null) => (v === null ? 'n/a' : `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(3)}`);

export function formatSummary(results: readonly Sensitivity[], maxInputs = 15): string {
  const blocks = results.map((s) => {
    const heading = `Sensitivity of ${s.output} (${s.unit}) in ${s.task}: ${s.rows} rows, linear fit R² = ${Number.isNaN(s.r2) ? 'n/a (output constant)' : s.r2.toFixed(3)}`;
    const shown = s.inputs.slice(0, maxInputs);
    const table = renderTable(
      [{ header: 'input', align: 'left' }, { header: 'SRC' }, { header: 'Spearman ρ' }],
      shown.map((r) => [r.input, signed(r.src), signed(r.spearman)]),
    ).join('\n');
    const more = s.inputs.length > shown.length ? `  … ${s.inputs.length - shown.length} more inputs with smaller effects\n` : '';
    return `${heading}\n${table}\n${more}`;
  });
  return `${blocks.join('\n')}
SRC: standardised regression coefficient, the output's change in standard deviations per standard deviation of the input,
     the other inputs held fixed by a linear fit; trust it when R² is high (near 1). n/a: the input was constant or collinear.
Spearman ρ: rank correlation of input and output, robust to monotone non-linearity.
`;
}
