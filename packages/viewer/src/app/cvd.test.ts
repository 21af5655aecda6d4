/**
 * The viewer's colours under simulated colour-vision deficiency (Machado et
 * al. 2009, severity 1.0; cvd.ts): the two scales must stay monotonic in
 * CIELAB lightness, and colours that name different things in the same place
 * must stay at least MIN_DELTA_E00 apart (CIEDE2000) for every viewer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVATION, CIVIDIS, type ColourScale, type Rgb } from '../lib/colour-scales.ts';
import { DEFICIENCIES, deltaE2000, hexToRgb, over, seenDifference, simulate, toLab, type Deficiency } from '../lib/cvd.ts';
import * as P from '../figure/palette.ts';
import { LINE_LOOK } from '../features/plots/plot-style.ts';

/**
 * Smallest CIEDE2000 between colours that must be told apart. The
 * just-noticeable difference is about 1–2; 12 is several times that, where two
 * marks read as different categories at a glance rather than side by side.
 */
const MIN_DELTA_E00 = 12;
/** Smallest CIELAB lightness step between samples 1/32 of a scale apart. */
const MIN_L_STEP = 0.5;
const SAMPLES = 32;
const VIEWERS: readonly (Deficiency | null)[] = [null, ...DEFICIENCIES];
const name = (d: Deficiency | null) => d ?? 'normal vision';
const samples = (scale: ColourScale): Rgb[] => Array.from({ length: SAMPLES + 1 }, (_, i) => scale.at(i / SAMPLES));
const lightness = (rgb: Rgb, d: Deficiency | null) => toLab(simulate(rgb, d))[0];

function cssVar(css: string, variable: string): Rgb {
  const m = new RegExp(`${variable}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!m) throw new Error(`styles.css defines no ${variable}`);
  return hexToRgb(m[1]!);
}

describe('the colour-difference helpers', () => {
  // Sharma, Wu & Dalal 2005, test data pairs 1, 7, 17 and 25
  it('reproduce the CIEDE2000 reference pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3);
  });

  it('convert white, black and a primary to CIELAB', () => {
    const [Lw, aw, bw] = toLab([1, 1, 1]);
    expect(Lw).toBeCloseTo(100, 2);
    expect(Math.abs(aw) + Math.abs(bw)).toBeLessThan(0.01);
    expect(toLab([0, 0, 0])[0]).toBeCloseTo(0, 5);
    const red = toLab([1, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
  });

  it('simulate dichromacy: red and green merge for protanopes and deuteranopes, not for tritanopes', () => {
    const red = hexToRgb('#d62728');
    const green = hexToRgb('#2ca02c');
    expect(seenDifference(red, green, null)).toBeGreaterThan(50);
    expect(seenDifference(red, green, 'deuteranopia')).toBeLessThan(seenDifference(red, green, null) / 2);
    expect(seenDifference(red, green, 'protanopia')).toBeLessThan(seenDifference(red, green, null) / 2);
    expect(seenDifference(red, green, 'tritanopia')).toBeGreaterThan(30);
    // greys are left alone (each matrix row sums to 1)
    for (const d of DEFICIENCIES) for (const c of simulate([0.5, 0.5, 0.5], d)) expect(c).toBeCloseTo(0.5, 3);
  });
});

describe('colour scales under simulated colour-vision deficiency', () => {
  for (const d of VIEWERS) {
    it(`disc compression (cividis) gets lighter monotonically — ${name(d)}`, () => {
      const L = samples(CIVIDIS).map((c) => lightness(c, d));
      for (let i = 1; i < L.length; i++) expect(L[i]! - L[i - 1]!, `step ${i}`).toBeGreaterThan(MIN_L_STEP);
      expect(L.at(-1)! - L[0]!).toBeGreaterThan(60);
    });

    it(`muscle activation gets darker monotonically — ${name(d)}`, () => {
      const L = samples(ACTIVATION).map((c) => lightness(c, d));
      for (let i = 1; i < L.length; i++) expect(L[i - 1]! - L[i]!, `step ${i}`).toBeGreaterThan(MIN_L_STEP);
      expect(L[0]! - L.at(-1)!).toBeGreaterThan(60);
    });
  }
});

describe('colours that must be told apart, under simulated colour-vision deficiency', () => {
  const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
  const hex = hexToRgb;
  // [what, colour a, colours it must differ from]
  const pairs: readonly (readonly [string, Rgb, readonly Rgb[]])[] = [
    // the "tight" outline sheathes a rod coloured by activation: it must never look like an activation shade
    ['tension outline vs muscle activation', hex(P.TENSION), samples(ACTIVATION)],
    // the force arrows are drawn in front of the disc, over bones and muscle rods (no depth test)
    ['shear arrow vs compression arrow', hex(P.SHEAR_ARROW), [hex(P.COMPRESSION_ARROW)]],
    ['shear arrow vs bone', hex(P.SHEAR_ARROW), [hex(P.BONE), hex(P.BONE_DARK)]],
    ['shear arrow vs muscle activation', hex(P.SHEAR_ARROW), samples(ACTIVATION)],
    ['shear arrow vs disc compression', hex(P.SHEAR_ARROW), samples(CIVIDIS)],
    ['shear arrow vs tension outline', hex(P.SHEAR_ARROW), [hex(P.TENSION)]],
    ['compression arrow vs bone', hex(P.COMPRESSION_ARROW), [hex(P.BONE), hex(P.BONE_DARK)]],
    ['gravity line vs bone and background', hex(P.GRAVITY), [hex(P.BONE), hex(P.BACKGROUND), hex(P.FLOOR)]],
    // the translucent compare figure beside (or over) the opaque one
    ['compare figure vs bone', over(hex(P.REFERENCE), hex(P.BACKGROUND), P.REFERENCE_OPACITY), [hex(P.BONE), hex(P.BONE_DARK)]],
    // the demand/capacity bar turns from accent to danger when demand exceeds capacity
    ['capacity bar: within vs over capacity', cssVar(css, '--accent'), [cssVar(css, '--danger-fg')]],
    // the plots' left and right lines and bars (markers and L/R letters help too, but the hue must not fail)
    ['plots: left vs right', hex(LINE_LOOK.left.colour), [hex(LINE_LOOK.right.colour)]],
    ['plots: demand vs capacity', hex(LINE_LOOK.demand.colour), [hex(LINE_LOOK.capacity.colour)]],
  ];

  for (const d of VIEWERS) {
    it(`keeps ΔE00 ≥ ${MIN_DELTA_E00} — ${name(d)}`, () => {
      for (const [what, a, others] of pairs) {
        const closest = Math.min(...others.map((b) => seenDifference(a, b, d)));
        expect(closest, what).toBeGreaterThanOrEqual(MIN_DELTA_E00);
      }
    });
  }
});
