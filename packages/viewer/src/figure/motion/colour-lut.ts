/**
 * Colour scales as 256-entry lookup tables of linear RGB (what three's
 * instance colours hold), so per-frame colouring is an index, not a
 * conversion.
 */
import type { ColourScale } from '../../lib/colour-scales.ts';

const SIZE = 256;

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function linearLut(scale: ColourScale): Float32Array {
  const lut = new Float32Array(SIZE * 3);
  for (let i = 0; i < SIZE; i++) {
    const [r, g, b] = scale.at(i / (SIZE - 1));
    lut[i * 3] = srgbToLinear(r);
    lut[i * 3 + 1] = srgbToLinear(g);
    lut[i * 3 + 2] = srgbToLinear(b);
  }
  return lut;
}

/** Writes the colour at t ∈ [0, 1] (clamped; NaN → 0) to out[o …]. */
export function writeLut(lut: Float32Array, t: number, out: Float32Array, o: number): void {
  const i = t > 0 ? (t < 1 ? Math.round(t * (SIZE - 1)) : SIZE - 1) : 0;
  out[o] = lut[i * 3]!;
  out[o + 1] = lut[i * 3 + 1]!;
  out[o + 2] = lut[i * 3 + 2]!;
}
