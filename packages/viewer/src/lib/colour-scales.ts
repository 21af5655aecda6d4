/**
 * Colour scales readable with colour-vision deficiencies: both rise
 * monotonically in lightness, so order survives in greyscale too.
 * - compression: cividis (Nuñez, Anderton & Renslow 2018), stops from matplotlib;
 * - activation: a light-to-dark red ramp (ColorBrewer OrRd/Reds family).
 * Colours are sRGB in 0–1; the scene converts them to linear.
 */
export type Rgb = readonly [number, number, number];

export interface ColourScale {
  readonly stops: readonly string[];
  at(t: number): Rgb;
  /** CSS linear-gradient for a legend, left = 0. */
  readonly css: string;
}

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

function makeScale(stops: readonly string[]): ColourScale {
  const rgb = stops.map(hexToRgb);
  return {
    stops,
    css: `linear-gradient(to right, ${stops.join(', ')})`,
    at(t) {
      const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (rgb.length - 1);
      const i = Math.min(rgb.length - 2, Math.floor(x));
      const f = x - i;
      const a = rgb[i]!;
      const b = rgb[i + 1]!;
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
    },
  };
}

export const CIVIDIS = makeScale(['#00204d', '#31446b', '#666970', '#958f78', '#cbba69', '#fee838']);
export const ACTIVATION = makeScale(['#f7d9cc', '#f4a582', '#e0603a', '#b52a1c', '#67000d']);

/** Disc-half compression scale ceilings (N): the smallest that holds the largest half, so the scale is stable within a task. */
const COMPRESSION_CEILINGS_N = [500, 1000, 2000, 4000, 8000];

export function compressionCeilingN(maxHalfN: number): number {
  return COMPRESSION_CEILINGS_N.find((c) => maxHalfN <= c) ?? Math.ceil(maxHalfN / 1000) * 1000;
}
