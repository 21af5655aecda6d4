/** Highlighted muscle groups: thicker rods in their activation colour, the others thinner and greyed; nothing changes without a highlight. */
import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask } from '@lumbo/model';
import { buildFigureModel } from './figure-model.ts';
import { muscleEmphasis, writeMuscleRods, writeMuscleSheaths } from './muscle-layout.ts';
import { createSampler } from './sampler.ts';
import { mergeParams } from '../../lib/params-path.ts';

const params = mergeParams(DEFAULT_PARAMS, { muscles: { iliopsoas: { left: { tightness: 0.6 }, right: { tightness: 0.6 } } } });
const result = solveTask(compileModel(params), { kind: 'standing' });
const model = buildFigureModel({ answer: { kind: 'static', result }, params, task: { kind: 'standing' }, requestId: 1 })!;
const { muscles: layout, motion } = model;

/** Length of a matrix's first column: the rod's radius (the unit cylinder's x axis scaled by r). */
const columnLength = (m: Float32Array, k: number) => Math.hypot(m[k * 16]!, m[k * 16 + 1]!, m[k * 16 + 2]!);
const groupOf = (k: number) => motion.pose.muscles[layout.element[k]!]!.group;

function draw(emphasis: Uint8Array | null) {
  const sampler = createSampler(motion);
  const m = new Float32Array(layout.count * 16);
  const c = new Float32Array(layout.count * 3);
  writeMuscleRods(layout, sampler, m, c, emphasis);
  const sheaths = new Float32Array(Math.max(1, layout.sheathCount) * 16);
  writeMuscleSheaths(layout, sampler, sheaths, emphasis);
  return { m, c, sheaths };
}

describe('muscle highlight', () => {
  it('is null (every rod as usual) when nothing is highlighted', () => {
    expect(muscleEmphasis(layout, motion, [])).toBeNull();
    const plain = draw(null);
    const sampler = createSampler(motion);
    const m = new Float32Array(layout.count * 16);
    writeMuscleRods(layout, sampler, m, null);
    expect(Array.from(plain.m)).toEqual(Array.from(m));
  });

  it('marks exactly the rods of the highlighted groups', () => {
    const e = muscleEmphasis(layout, motion, ['iliopsoas', 'piriformis'])!;
    for (let k = 0; k < layout.count; k++) expect(e[k], groupOf(k)).toBe(['iliopsoas', 'piriformis'].includes(groupOf(k)) ? 1 : 0);
    expect(e.includes(1) && e.includes(0)).toBe(true);
  });

  it('thickens highlighted rods, thins and greys the others, and scales the tension sheaths with their rods', () => {
    const e = muscleEmphasis(layout, motion, ['iliopsoas'])!;
    const plain = draw(null);
    const lit = draw(e);
    const hi = e.indexOf(1);
    const lo = e.indexOf(0);
    expect(columnLength(lit.m, hi) / columnLength(plain.m, hi)).toBeCloseTo(1.5, 4);
    expect(columnLength(lit.m, lo) / columnLength(plain.m, lo)).toBeCloseTo(0.6, 4);
    // the highlighted rod keeps its activation colour; the dimmed one moves toward grey (less red than green difference)
    for (let c = 0; c < 3; c++) expect(lit.c[hi * 3 + c]).toBe(plain.c[hi * 3 + c]);
    const spread = (a: Float32Array, k: number) => Math.max(a[k * 3]!, a[k * 3 + 1]!, a[k * 3 + 2]!) - Math.min(a[k * 3]!, a[k * 3 + 1]!, a[k * 3 + 2]!);
    expect(spread(lit.c, lo)).toBeLessThan(spread(plain.c, lo));
    // the tight iliopsoas has sheaths; each stays wider than its (now thicker) rod
    const s = layout.sheathOf[hi]!;
    expect(s).toBeGreaterThanOrEqual(0);
    expect(columnLength(lit.sheaths, s)).toBeGreaterThan(columnLength(lit.m, hi));
  });
});
