/** Highlighted muscle groups: thicker bellies in the strong highlight colour, the others thinner and greyed; nothing changes without a highlight. */
import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask } from '@lumbo/model';
import { mergeParams } from '../../lib/params-path.ts';
import { buildFigureModel } from '../motion/figure-model.ts';
import { createSampler } from '../motion/sampler.ts';
import { DIMMED_SCALE, EMPHASIS_SCALE, radiusFactor, tubeEmphasis, WHOLE_BODY_SCALE } from './emphasis.ts';
import { HIGHLIGHT, writeTubeColours } from './muscle-colours.ts';
import { layoutTubes, VERTICES_PER_TUBE } from './tube-layout.ts';

const params = mergeParams(DEFAULT_PARAMS, { muscles: { iliopsoas: { left: { tightness: 0.6 }, right: { tightness: 0.6 } } } });
const result = solveTask(compileModel(params), { kind: 'standing' });
const model = buildFigureModel({ answer: { kind: 'static', result }, params, task: { kind: 'standing' }, requestId: 1 })!;
const { motion } = model;
const layout = layoutTubes(motion, motion.pose.muscles.map((_, e) => e));
const groupOf = (k: number) => motion.pose.muscles[layout.elements[k]!]!.group;

function colours(emphasis: Uint8Array | null) {
  const c = new Float32Array(layout.vertexCount * 3);
  writeTubeColours(layout, createSampler(motion), emphasis, c);
  return (k: number) => [0, 1, 2].map((i) => c[k * VERTICES_PER_TUBE * 3 + i]!);
}
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

describe('muscle highlight', () => {
  it('is null (every belly as usual) when nothing is highlighted', () => {
    expect(tubeEmphasis(layout, motion, [])).toBeNull();
    expect(radiusFactor(null, 3, 1)).toBe(1);
    expect(radiusFactor(null, 3, WHOLE_BODY_SCALE)).toBe(WHOLE_BODY_SCALE);
  });

  it('marks exactly the bellies of the highlighted groups', () => {
    const e = tubeEmphasis(layout, motion, ['iliopsoas', 'piriformis'])!;
    for (let k = 0; k < layout.elements.length; k++) expect(e[k], groupOf(k)).toBe(['iliopsoas', 'piriformis'].includes(groupOf(k)) ? 1 : 0);
    expect(e.includes(1) && e.includes(0)).toBe(true);
  });

  it('thickens and paints highlighted bellies in the strong violet, thins and greys the others', () => {
    const e = tubeEmphasis(layout, motion, ['iliopsoas'])!;
    const hi = e.indexOf(1);
    const lo = e.indexOf(0);
    expect(radiusFactor(e, hi, 1)).toBe(EMPHASIS_SCALE);
    expect(radiusFactor(e, lo, 1)).toBe(DIMMED_SCALE);
    const plain = colours(null);
    const lit = colours(e);
    const violet = [1, 3, 5].map((i) => toLinear(parseInt(HIGHLIGHT.slice(i, i + 2), 16) / 255));
    lit(hi).forEach((c, i) => expect(c).toBeCloseTo(violet[i]!, 6));
    const spread = (rgb: number[]) => Math.max(...rgb) - Math.min(...rgb);
    expect(spread(lit(lo))).toBeLessThan(spread(plain(lo)));
  });

  it('gives tight muscles a sheath wider than their belly', () => {
    const raised = [...new Set(Array.from(model.muscles.element).filter((_, k) => model.muscles.sheathOf[k]! >= 0))];
    expect(raised.map((e) => motion.pose.muscles[e]!.group)).toEqual(expect.arrayContaining(['iliopsoas']));
    expect(raised.every((e) => motion.pose.muscles[e]!.group === 'iliopsoas')).toBe(true);
  });
});
