/**
 * Colours of the muscle bellies, per tube and frame (linear RGB written into
 * the vertex colours): activation (light to dark red) normally; during a
 * story step, the highlighted muscles in one strong, saturated violet and
 * the rest greyed. The violet stays ≥ 15 ΔE00 from every activation shade,
 * the tension blue, the bones and the background for normal, protan,
 * deutan and tritan vision (muscle-colours.test.ts, the scene/cvd.ts check).
 */
import { ACTIVATION } from '../../lib/colour-scales.ts';
import { linearLut, writeLut } from '../motion/colour-lut.ts';
import type { MotionSampler } from '../motion/sampler.ts';
import { VERTICES_PER_TUBE, type TubeLayout } from './tube-layout.ts';

/** Story highlight (sRGB). */
export const HIGHLIGHT = '#4a148c';
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const HIGHLIGHT_LINEAR = [1, 3, 5].map((i) => toLinear(parseInt(HIGHLIGHT.slice(i, i + 2), 16) / 255)) as [number, number, number];

const ACTIVATION_LUT = linearLut(ACTIVATION);
/** Share of the dimmed colour that is the neutral grey (linear RGB of #c9ced6). */
const DIM_MIX = 0.8;
const DIM_GREY = [0.584, 0.617, 0.672] as const;
const rgb = new Float32Array(3);

/**
 * `emphasis`: per tube 1 = highlighted, 0 = dimmed; null = no highlight.
 * Writes the same colour to every vertex of a tube.
 */
export function writeTubeColours(layout: TubeLayout, sampler: MotionSampler, emphasis: Uint8Array | null, colours: Float32Array): void {
  const { motion } = sampler;
  const elements = motion.pose.muscles.length;
  for (let k = 0; k < layout.elements.length; k++) {
    if (emphasis && emphasis[k]) {
      rgb[0] = HIGHLIGHT_LINEAR[0];
      rgb[1] = HIGHLIGHT_LINEAR[1];
      rgb[2] = HIGHLIGHT_LINEAR[2];
    } else {
      writeLut(ACTIVATION_LUT, sampler.value(motion.activation, elements, layout.elements[k]!), rgb, 0);
      if (emphasis) {
        for (let c = 0; c < 3; c++) rgb[c] = rgb[c]! * (1 - DIM_MIX) + DIM_GREY[c]! * DIM_MIX;
      }
    }
    const base = k * VERTICES_PER_TUBE * 3;
    for (let v = 0; v < VERTICES_PER_TUBE; v++) {
      colours[base + v * 3] = rgb[0]!;
      colours[base + v * 3 + 1] = rgb[1]!;
      colours[base + v * 3 + 2] = rgb[2]!;
    }
  }
}
