/**
 * Colour-vision-deficiency simulation and colour differences, for the unit
 * test that keeps the viewer's scales and category colours readable
 * (docs/viewer.md, "Colour scales"). Test-support code: nothing in the scene
 * imports it, so it never reaches the bundle.
 *
 * - Simulation: Machado, Oliveira & Fernandes 2009, "A physiologically-based
 *   model for simulation of color vision deficiency", IEEE TVCG 15(6):1291–1298,
 *   severity 1.0 (dichromacy), applied to linear sRGB and clamped to the gamut.
 *   These are the matrices Chrome's and Firefox's DevTools use. Machado's model
 *   is weakest for tritanopia (the paper says so); we use it for all three so
 *   the check is one method.
 * - Lightness and differences in CIELAB (D65 white); the difference is
 *   CIEDE2000 (Sharma, Wu & Dalal 2005, Color Res Appl 30:21), which, unlike
 *   ΔE76, does not overstate differences between saturated colours.
 */
import type { Rgb } from './colour-scales.ts';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
export const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

type Mat3 = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

/** Machado et al. 2009, Table 1 at severity 1.0 (linear RGB → linear RGB). */
export const MACHADO_2009: Record<Deficiency, Mat3> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export type Lab = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** What a dichromat sees of an sRGB colour (0–1), as sRGB (0–1). */
export function simulate(rgb: Rgb, deficiency: Deficiency | null): Rgb {
  if (deficiency === null) return rgb;
  const m = MACHADO_2009[deficiency];
  const lin = rgb.map(toLinear);
  const out = m.map((row) => toGamma(clamp01(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!)));
  return [out[0]!, out[1]!, out[2]!];
}

/** sRGB (0–1) over `under` at `opacity` (what a translucent surface shows), mixed in linear light as WebGL does. */
export function over(rgb: Rgb, under: Rgb, opacity: number): Rgb {
  const mix = (a: number, b: number) => toGamma(toLinear(a) * opacity + toLinear(b) * (1 - opacity));
  return [mix(rgb[0], under[0]), mix(rgb[1], under[1]), mix(rgb[2], under[2])];
}

/** sRGB (0–1) → CIELAB, D65. */
export function toLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const fx = f(x), fy = f(y), fz = f(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const DEG = Math.PI / 180;

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / DEG + 360) % 360);
  const h1p = hue(a1p, b1);
  const h2p = hue(a2p, b2);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * DEG);
  const Lmp = (L1 + L2) / 2;
  const Cmp = (C1p + C2p) / 2;
  let hmp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hmp = (h1p + h2p) / 2;
    else hmp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T = 1 - 0.17 * Math.cos((hmp - 30) * DEG) + 0.24 * Math.cos(2 * hmp * DEG) + 0.32 * Math.cos((3 * hmp + 6) * DEG) - 0.2 * Math.cos((4 * hmp - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hmp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lmp - 50) ** 2) / Math.sqrt(20 + (Lmp - 50) ** 2);
  const Sc = 1 + 0.045 * Cmp;
  const Sh = 1 + 0.015 * Cmp * T;
  const Rt = -Math.sin(2 * dTheta * DEG) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

/** CIEDE2000 between two sRGB colours as seen with `deficiency` (null: normal vision). */
export function seenDifference(a: Rgb, b: Rgb, deficiency: Deficiency | null): number {
  return deltaE2000(toLab(simulate(a, deficiency)), toLab(simulate(b, deficiency)));
}
