import { describe, expect, it } from 'vitest';
import { compileModel, simulateGait } from '@lumbo/model';
import { FrameStrings, frameSeries, level3dSeries, levelSeries, postureSeries } from './live-series.ts';

const gait = simulateGait(compileModel({}), { framesPerCycle: 21 });

describe('gait read-outs prepared per frame', () => {
  it('gives every frame its text and its raw model value', () => {
    const obliquity = postureSeries(gait).find((s) => s.path === 'gait.pelvicObliquityDeg')!;
    expect(obliquity.texts.length).toBe(gait.frames);
    for (let i = 0; i < gait.frames; i++) expect(Number(obliquity.raws.at(i))).toBe(gait.pelvicObliquityDeg[i]);
    const frame = frameSeries(gait);
    expect(frame.raws.at(7)).toBe('7');
    expect(frame.texts.at(7)).toMatch(/^7 of 20 \(35 %, (right stance|left stance|double support)\)$/);
  });

  it('scales the disc-half bars on the shared ceiling', () => {
    const l4l5 = levelSeries(gait, 2000).find((l) => l.level === 'L4/L5')!;
    const left = gait.levels['L4/L5'].leftCompressionN[3]!;
    expect(l4l5.bars[0]!.widths.at(3)).toBe(`scaleX(${Math.min(1, left / 2000).toFixed(3)})`);
  });

  it('gives each level its side bend in words and its facet forces, frame by frame, from the model', () => {
    const l5s1 = level3dSeries(gait).find((l) => l.level === 'L5/S1')!;
    const [bend, leftFacet, rightFacet] = l5s1.values;
    expect(bend!.path).toBe('gait.levels.L5/S1.lateralBendDeg');
    for (let i = 0; i < gait.frames; i++) {
      expect(Number(bend!.raws.at(i))).toBe(gait.levels['L5/S1'].lateralBendDeg[i]);
      expect(Number(leftFacet!.raws.at(i))).toBe(gait.levels['L5/S1'].leftFacetForceN[i]);
      expect(Number(rightFacet!.raws.at(i))).toBe(gait.levels['L5/S1'].rightFacetForceN[i]);
    }
    // a side bend is named by its side, never by a bare sign
    const i = gait.levels['L5/S1'].lateralBendDeg.findIndex((v) => Math.abs(v) > 0.05);
    expect(bend!.texts.at(i)).toMatch(/left|right/);
    expect(bend!.texts.at(i)).not.toMatch(/^-/);
  });

  it('formats a frame the first time it is shown and never again, and no frame that is not shown', () => {
    const made: number[] = [];
    const strings = new FrameStrings(101, (i) => {
      made.push(i);
      return `frame ${i}`;
    });
    expect(strings.at(0)).toBe('frame 0');
    expect(strings.at(5)).toBe('frame 5');
    expect(strings.at(5)).toBe('frame 5'); // the second loop of the cycle reads what the first made
    expect(strings.at(101)).toBe(''); // outside the cycle
    expect(strings.at(-1)).toBe('');
    expect(made).toEqual([0, 5]);
  });
});
