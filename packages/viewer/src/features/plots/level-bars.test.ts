import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, compileModel, solveTask } from '@lumbo/model';
import { mergeParams } from '../../lib/params-path.ts';
import { presetById } from '../../lib/presets.ts';
import { buildLevelBars, tickStepFor } from './level-bars.ts';

const task = { kind: 'single-leg-stance', side: 'right' } as const;
const current = solveTask(compileModel(DEFAULT_PARAMS), task);
// the compare set: the right Trendelenburg preset (weak right gluteus medius and minimus)
const compare = solveTask(compileModel(mergeParams(DEFAULT_PARAMS, presetById('trendelenburg-right').params)), task);

describe('per-level bars of a static task', () => {
  it('has the five lumbar levels top to bottom, each with a left and a right half in N', () => {
    const bars = buildLevelBars(current, compare);
    expect(bars.current.map((l) => l.level)).toEqual(['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1']);
    expect(bars.compare!.map((l) => l.level)).toEqual(['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1']);
    for (const [i, l] of bars.current.entries()) {
      const m = current.lumbar.levels[i]!;
      expect(l.leftN).toBe(m.leftCompressionN);
      expect(l.rightN).toBe(m.rightCompressionN);
      expect(bars.compare![i]!.rightN).toBe(compare.lumbar.levels[i]!.rightCompressionN);
    }
  });

  it('halves sum to the disc\'s share of the total compression (the facets carry the rest)', () => {
    for (const l of buildLevelBars(current, null).current) {
      expect(l.leftN + l.rightN).toBeCloseTo((1 - l.facetShare) * l.totalN, 6);
      expect(l.leftN + l.rightN).toBeLessThanOrEqual(l.totalN + 1e-9);
    }
  });

  it('a weak right gluteus medius in right stance changes the halves of the compare set', () => {
    const bars = buildLevelBars(current, compare);
    const diff = bars.current.some((l, i) => Math.abs(l.rightN - bars.compare![i]!.rightN) > 1 || Math.abs(l.leftN - bars.compare![i]!.leftN) > 1);
    expect(diff).toBe(true);
  });

  it('ends the axis on the first tick at or above the largest half of either set', () => {
    const bars = buildLevelBars(current, compare);
    const largest = Math.max(...[...bars.current, ...bars.compare!].flatMap((l) => [l.leftN, l.rightN]));
    expect(bars.axisMaxN).toBeGreaterThanOrEqual(largest);
    expect(bars.axisMaxN - bars.tickStepN).toBeLessThan(largest);
    expect(bars.axisMaxN % bars.tickStepN).toBe(0);
    expect(buildLevelBars(current, null).compare).toBeNull();
  });

  it('picks 1-2-5 tick steps', () => {
    expect(tickStepFor(480)).toBe(100);
    expect(tickStepFor(1900)).toBe(500);
    expect(tickStepFor(900)).toBe(200);
    expect(tickStepFor(0)).toBe(100);
  });
});
