/**
 * The fixed structure of one static-optimisation problem (docs/model.md §4.4): its equation
 * rows, the compliance and reserve columns, which elements act on which row and the QP's
 * sparsity pattern. It depends only on the anatomy's path topology and the equation set, never
 * on body size, strength or tone, so it is built once per (topology, equation set) and shared.
 * A layout is immutable: nothing writes its arrays after `build`; every solver owns its own
 * mutable buffers (QP matrix, multipliers, loads), so no state passes between engines or models.
 */
import type { ElementTable } from '../geometry/elements.ts';
import { CENTRE_LEVEL, crossingElements, type JointGroup } from './equilibrium.ts';
import type { QpPattern } from './qp.ts';

export interface StaticLayout {
  /** Rows (equations) m and columns n = elements + compliance + reserves. */
  readonly m: number;
  readonly n: number;
  readonly complianceStart: number;
  readonly reserveStart: number;
  /** Equation row of each compliance column. */
  readonly complianceRow: Int32Array;
  /** (group, axis) of each equation row. */
  readonly rowGroup: Int32Array;
  readonly rowAxis: Int32Array;
  /** Per equation row, the elements whose paths cross that row's free body. */
  readonly rowElements: readonly Int32Array[];
  /** Per equation row, its index base in the free-body loads' unitMoment: group·3E + axis (+ 3·element). */
  readonly rowMomentBase: Int32Array;
  /** The QP's non-zero pattern (element, compliance and reserve columns). */
  readonly pattern: QpPattern;
}

const layouts = new WeakMap<Int32Array, Map<string, StaticLayout>>();

/** What defines an equation set: each group's free body, centre, index and axes (labels aside). */
function groupsKey(groups: readonly JointGroup[]): string {
  return groups.map((g) => `${g.mask}:${g.centre}:${g.index}:${g.axes.join(',')}`).join('|');
}

/** The layout of `groups` over the anatomy of `t` (cached per path topology and equation set). */
export function staticLayout(t: ElementTable, groups: readonly JointGroup[]): StaticLayout {
  let byGroups = layouts.get(t.pointBody);
  if (!byGroups) {
    byGroups = new Map();
    layouts.set(t.pointBody, byGroups);
  }
  const key = groupsKey(groups);
  let layout = byGroups.get(key);
  if (!layout) {
    layout = build(t, groups);
    byGroups.set(key, layout);
  }
  return layout;
}

function build(t: ElementTable, groups: readonly JointGroup[]): StaticLayout {
  const rows: [number, number][] = [];
  groups.forEach((g, gi) => g.axes.forEach((a) => rows.push([gi, a])));
  const m = rows.length;
  const complianceRows = rows.flatMap(([g, a], j) => (groups[g]!.centre === CENTRE_LEVEL && a !== 1 ? [j] : []));
  const complianceStart = t.count;
  const reserveStart = t.count + complianceRows.length;
  const n = reserveStart + m;
  const rowElements = rows.map(([g]) => crossingElements(t, groups[g]!.mask));
  // column-wise non-zeros: element columns on the rows they act on, one compliance or reserve entry per column
  const colStart = new Int32Array(n + 1);
  const colRows: number[] = [];
  const acting = rowElements.map((els) => new Set(els));
  const complianceOf = new Map<number, number>();
  complianceRows.forEach((row, c) => complianceOf.set(complianceStart + c, row));
  for (let col = 0; col < n; col++) {
    colStart[col] = colRows.length;
    for (let row = 0; row < m; row++) {
      const nonZero = col < t.count ? acting[row]!.has(col) : col >= reserveStart ? col - reserveStart === row : complianceOf.get(col) === row;
      if (nonZero) colRows.push(row);
    }
  }
  colStart[n] = colRows.length;
  const colOf = new Int32Array(colRows.length);
  for (let col = 0; col < n; col++) colOf.fill(col, colStart[col]!, colStart[col + 1]!);
  const rowMomentBase = Int32Array.from(rows, ([g, a]) => g * 3 * t.count + a);
  return {
    m,
    n,
    complianceStart,
    reserveStart,
    complianceRow: Int32Array.from(complianceRows),
    rowGroup: Int32Array.from(rows.map((r) => r[0])),
    rowAxis: Int32Array.from(rows.map((r) => r[1])),
    rowElements,
    rowMomentBase,
    pattern: { colStart, colRows: Int32Array.from(colRows), colOf },
  };
}
