/**
 * The static tasks' bar chart data: per lumbar level (L1/L2 … L5/S1, top to
 * bottom as in the spine) the compression of the disc's left and right
 * halves, for the current figure and its compare set. Pure, built once per
 * answer.
 */
import type { LevelName, TaskResult } from '@lumbo/model';

export interface LevelHalves {
  readonly level: LevelName;
  readonly leftN: number;
  readonly rightN: number;
  /** The whole joint compression (disc and facets); the halves sum to the disc's share. */
  readonly totalN: number;
  readonly facetShare: number;
}

export interface LevelBarsData {
  readonly current: readonly LevelHalves[];
  /** Same levels in the same order, or null without a compare answer for this task. */
  readonly compare: readonly LevelHalves[] | null;
  /** End of the bars' axis: the largest half rounded up to a tick. */
  readonly axisMaxN: number;
  /** Tick spacing of that axis. */
  readonly tickStepN: number;
}

function halves(result: TaskResult): LevelHalves[] {
  return result.lumbar.levels.map((l) => ({
    level: l.level,
    leftN: l.leftCompressionN,
    rightN: l.rightCompressionN,
    totalN: l.compressionN,
    facetShare: l.facetShare,
  }));
}

/** A 1-2-5 tick step giving about four to eight ticks up to `maxN`. */
export function tickStepFor(maxN: number): number {
  if (!(maxN > 0)) return 100;
  const raw = maxN / 5;
  const decade = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * decade >= raw) return m * decade;
  return 10 * decade;
}

export function buildLevelBars(current: TaskResult, compare: TaskResult | null): LevelBarsData {
  const cur = halves(current);
  // matched by level name, so a compare answer can never pair with the wrong disc
  const byLevel = compare ? new Map(halves(compare).map((l) => [l.level, l])) : null;
  const cmp = byLevel ? cur.map((l) => byLevel.get(l.level)).filter((l): l is LevelHalves => l !== undefined) : null;
  let max = 0;
  for (const l of [...cur, ...(cmp ?? [])]) max = Math.max(max, l.leftN, l.rightN);
  const tickStepN = tickStepFor(max);
  return { current: cur, compare: cmp, axisMaxN: Math.max(tickStepN, Math.ceil(max / tickStepN) * tickStepN), tickStepN };
}
