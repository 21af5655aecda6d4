/**
 * `--summary`: which input moves an output most. For each task and each
 * summarised output, over the rows whose output is a finite number:
 * standardised regression coefficients of a linear fit on all design factors
 * (with the fit's R²) and each factor's Spearman rank correlation. Derived
 * parameters are left out of the fit: they are functions of the factors.
 * For a Saltelli design, also Sobol' first-order and total indices with
 * bootstrap confidence intervals (sobol.ts), from the base samples whose
 * k + 2 rows are all in this run with finite outputs.
 */
import type { CellValue, Column } from '../sweep/columns.ts';
import { renderTable } from '../format/text-table.ts';
import { spearman, standardisedRegression } from './stats.ts';
import { sobolIndices, type SobolIndex } from './sobol.ts';

export interface SensitivityRow {
  readonly input: string;
  /** Standardised regression coefficient, null when the input is constant or collinear. */
  readonly src: number | null;
  readonly spearman: number | null;
}

export interface SobolRow extends SobolIndex {
  readonly input: string;
}

export interface SobolSummary {
  /** Base samples used. */
  readonly samples: number;
  readonly confidence: number;
  /** In factor order. */
  readonly inputs: readonly SobolRow[];
}

export interface SummaryOptions {
  /** The rows come from a Saltelli design: add Sobol' indices. */
  readonly saltelli?: boolean;
  /** Bootstrap resamples for the Sobol' intervals (default 500). */
  readonly bootstrap?: number;
}

export interface Sensitivity {
  readonly task: string;
  readonly output: string;
  readonly unit: string;
  readonly rows: number;
  readonly r2: number;
  /** Sorted by |SRC|, largest first. */
  readonly inputs: readonly SensitivityRow[];
  /** Saltelli designs only. */
  readonly sobol?: SobolSummary;
}

/** Collects the needed columns row by row (from the renderer), then computes the tables. */
export function createSummary(columns: readonly Column[], outputs: readonly string[], options: SummaryOptions = {}) {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const factors = columns.filter((c) => c.role === 'factor').map((c) => c.name);
  const kindAt = index.get('task')!;
  const sideAt = index.get('task.side');
  const angleAt = index.get('task.angleDeg');
  const trialAt = index.get('task.trial');
  // two trials' gait rows are two tasks: a fit across them would mix subjects
  const taskOf = (cells: readonly CellValue[]) => {
    const side = sideAt === undefined ? null : cells[sideAt];
    const angle = angleAt === undefined ? null : cells[angleAt];
    const trial = trialAt === undefined ? null : cells[trialAt];
    return `${String(cells[kindAt])}${side === null ? '' : ` ${String(side)}`}${angle === null ? '' : ` ${String(angle)}°`}${trial === null ? '' : ` ${String(trial)}`}`;
  };
  const pointAt = index.get('point')!;
  const groups = new Map<string, { inputs: number[][]; outputs: (number | null)[][]; points: number[] }>();

  /** Sobol' indices of one output of one task, from the rows' design points (saltelli.ts order). */
  const sobolOf = (group: { outputs: (number | null)[][]; points: number[] }, k: number): SobolSummary | undefined => {
    const K = factors.length;
    const byPoint = new Map<number, number | null>();
    group.points.forEach((point, i) => byPoint.set(point, group.outputs[k]![i]!));
    const complete: number[] = [];
    const samples = new Set(group.points.map((p) => Math.floor(p / (K + 2))));
    for (const j of [...samples].sort((a, b) => a - b)) {
      let ok = true;
      for (let m = 0; m < K + 2 && ok; m++) ok = typeof byPoint.get(j * (K + 2) + m) === 'number';
      if (ok) complete.push(j);
    }
    if (complete.length < 2) return undefined;
    const value = (j: number, m: number) => byPoint.get(j * (K + 2) + m) as number;
    const fA = Float64Array.from(complete, (j) => value(j, 0));
    const fB = Float64Array.from(complete, (j) => value(j, K + 1));
    const fAB = factors.map((_, i) => Float64Array.from(complete, (j) => value(j, i + 1)));
    const result = sobolIndices(fA, fB, fAB, options.bootstrap === undefined ? {} : { bootstrap: options.bootstrap });
    return { samples: result.samples, confidence: result.confidence, inputs: result.indices.map((ix, i) => ({ input: factors[i]!, ...ix })) };
  };

  return {
    add(cells: readonly CellValue[]): void {
      const task = taskOf(cells);
      let group = groups.get(task);
      if (!group) groups.set(task, (group = { inputs: factors.map(() => []), outputs: outputs.map(() => []), points: [] }));
      group.points.push(cells[pointAt] as number);
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
          const sobol = options.saltelli ? sobolOf(group, k) : undefined;
          results.push({ task, output, unit, rows: y.length, r2: fit.r2, inputs, ...(sobol ? { sobol } : {}) });
        });
      }
      return results;
    },
  };
}

const fixed = (v: number) => (Number.isNaN(v) ? 'n/a' : `${v < 0 ? '−' : ''}${Math.abs(v).toFixed(3)}`);

function sobolBlock(sobol: SobolSummary, maxInputs: number): string {
  const percent = Math.round(sobol.confidence * 100);
  const sorted = [...sobol.inputs].sort((a, b) => (Number.isNaN(b.total) ? -1 : b.total) - (Number.isNaN(a.total) ? -1 : a.total));
  const shown = sorted.slice(0, maxInputs);
  const table = renderTable(
    [{ header: 'input', align: 'left' }, { header: 'S1 (first order)' }, { header: `${percent} % CI` }, { header: 'ST (total)' }, { header: `${percent} % CI` }],
    shown.map((r) => [r.input, fixed(r.first), `[${fixed(r.firstLow)}, ${fixed(r.firstHigh)}]`, fixed(r.total), `[${fixed(r.totalLow)}, ${fixed(r.totalHigh)}]`]),
  ).join('\n');
  const more = sorted.length > shown.length ? `  … ${sorted.length - shown.length} more inputs with smaller total effects\n` : '';
  return `Sobol' indices from ${sobol.samples} Saltelli base samples (bootstrap ${percent} % intervals):\n${table}\n${more}`;
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
    return `${heading}\n${table}\n${more}${s.sobol ? sobolBlock(s.sobol, maxInputs) : ''}`;
  });
  return `${blocks.join('\n')}
SRC: standardised regression coefficient, the output's change in standard deviations per standard deviation of the input,
     the other inputs held fixed by a linear fit; trust it when R² is high (near 1). n/a: the input was constant or collinear.
Spearman ρ: rank correlation of input and output, robust to monotone non-linearity.${
    results.some((r) => r.sobol)
      ? `
S1: share of the output's variance due to the input alone (Saltelli 2010); ST: including all its interactions (Jansen 1999).
     ST ≈ 0: the input can be fixed; ST − S1 large: it acts through interactions. Intervals: bootstrap over base samples.`
      : ''
  }
`;
}
