/**
 * The story highlight and the ghost outline under simulated colour-vision
 * deficiency (lib/cvd.ts): the highlight must read as its own category
 * against every activation shade, the tension blue, the bones and the
 * background for every viewer; the outline against the bones, the
 * background and the ghost's own slate.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION } from '../../lib/colour-scales.ts';
import { DEFICIENCIES, hexToRgb, seenDifference } from '../../lib/cvd.ts';
import { GHOST_OUTLINE } from '../ghost/ghost-passes.tsx';
import { BACKGROUND, BONE, REFERENCE, SHEAR_ARROW, TENSION } from '../palette.ts';
import { HIGHLIGHT } from './muscle-colours.ts';

const VIEWERS = [null, ...DEFICIENCIES] as const;
const smallest = (colour: string, others: readonly (readonly [number, number, number])[]) =>
  Math.min(...VIEWERS.flatMap((d) => others.map((o) => seenDifference(hexToRgb(colour), o, d))));

describe('anatomy colours for every viewer', () => {
  it('the story highlight stays ≥ 12 ΔE00 from every activation shade, the tension blue, the bones and the background', () => {
    const activation = Array.from({ length: 33 }, (_, i) => ACTIVATION.at(i / 32));
    expect(smallest(HIGHLIGHT, [...activation, ...[TENSION, BONE, BACKGROUND, SHEAR_ARROW, REFERENCE].map(hexToRgb)])).toBeGreaterThanOrEqual(12);
  });

  it('the ghost outline stands apart from the bones, the background and the ghost slate', () => {
    expect(smallest(GHOST_OUTLINE, [BONE, BACKGROUND, REFERENCE].map(hexToRgb))).toBeGreaterThanOrEqual(12);
  });
});
