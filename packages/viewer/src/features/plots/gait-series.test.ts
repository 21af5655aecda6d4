import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, GRAVITY_M_PER_S2, compileModel, simulateGait, type GaitResult } from '@lumbo/model';
import { buildGaitPlots, flaggedIntervals, lineSummary, nearestFrame, onCycle } from './gait-series.ts';

const gait = simulateGait(compileModel(DEFAULT_PARAMS));
// the compare set: a weak right gluteus medius (a right Trendelenburg gait)
const weak = structuredClone(DEFAULT_PARAMS);
weak.muscles.gluteusMedius.right.strength = 0.3;
const compare = simulateGait(compileModel(weak));
const input = { gait, currentLabel: 'Model defaults', compare, compareLabel: 'Weak right gluteus medius', massKg: DEFAULT_PARAMS.subject.massKg };
const plots = buildGaitPlots(input);
const byId = new Map(plots.plots.map((p) => [p.id, p]));

describe('gait plot series', () => {
  it('has one plot per quantity, each line one value per frame, x in % of the cycle from 0 to 100', () => {
    expect([...byId.keys()]).toEqual([
      'obliquity',
      'trunk-lean',
      'tilt',
      'compression-l4l5',
      'compression-l5s1',
      'abductors-left',
      'abductors-right',
      'hip-flexion-left',
      'hip-flexion-right',
      'hip-contact',
    ]);
    expect(plots.percentCycle.length).toBe(gait.frames);
    expect(plots.percentCycle[0]).toBe(0);
    expect(plots.percentCycle[gait.frames - 1]).toBe(100);
    for (const p of plots.plots) {
      for (const l of p.lines) expect(l.values.length).toBe(gait.frames);
      expect(new Set(p.lines.map((l) => l.key)).size).toBe(p.lines.length);
    }
  });

  it('labels every axis with its unit, and the unit matches the quantity', () => {
    const units = Object.fromEntries(plots.plots.map((p) => [p.id, p.yUnit]));
    expect(units).toEqual({
      obliquity: 'deg',
      'trunk-lean': 'deg',
      tilt: 'deg',
      'compression-l4l5': 'N',
      'compression-l5s1': 'N',
      'abductors-left': 'N·m',
      'abductors-right': 'N·m',
      'hip-flexion-left': 'N·m',
      'hip-flexion-right': 'N·m',
      'hip-contact': 'BW',
    });
    for (const p of plots.plots) expect(p.yLabel.endsWith(`(${p.yUnit})`)).toBe(true);
  });

  it('plots the model\'s own arrays for the current figure and the compare set', () => {
    const obliquity = byId.get('obliquity')!.lines;
    expect(obliquity.map((l) => l.role)).toEqual(['current', 'compare']);
    expect(obliquity[0]!.values).toBe(gait.pelvicObliquityDeg);
    expect(obliquity[1]!.values).toBe(compare.pelvicObliquityDeg);
    const l4 = byId.get('compression-l4l5')!.lines;
    expect(l4.map((l) => `${l.kind}/${l.role}`)).toEqual(['left/current', 'left/compare', 'right/current', 'right/compare']);
    expect(l4[0]!.values).toBe(gait.levels['L4/L5'].leftCompressionN);
    expect(l4[3]!.values).toBe(compare.levels['L4/L5'].rightCompressionN);
    const right = byId.get('abductors-right')!.lines;
    expect(right.map((l) => `${l.kind}/${l.role}`)).toEqual(['demand/current', 'demand/compare', 'capacity/current', 'capacity/compare']);
    expect(right[0]!.values).toBe(gait.hipAbductorDemandNm.right);
    expect(right[3]!.values).toBe(compare.hipAbductorCapacityNm.right);
    // the compare set really differs where it should: less right abductor capacity
    expect(Math.max(...right[3]!.values)).toBeLessThan(Math.max(...right[2]!.values));
  });

  it('splits each level\'s compression into halves that sum to the disc\'s share of the total', () => {
    for (const [id, level] of [['compression-l4l5', 'L4/L5'], ['compression-l5s1', 'L5/S1']] as const) {
      const [left, , right] = byId.get(id)!.lines;
      const total = gait.levels[level].compressionN;
      for (let i = 0; i < gait.frames; i++) {
        const halves = left!.values[i]! + right!.values[i]!;
        expect(left!.values[i]).toBeGreaterThan(0);
        expect(right!.values[i]).toBeGreaterThan(0);
        // the facet joints carry the rest (a share of the total, well under half in walking)
        expect(halves).toBeLessThanOrEqual(total[i]! + 1e-9);
        expect(halves).toBeGreaterThan(0.5 * total[i]!);
      }
    }
  });

  it('draws no dashed lines without a compare answer', () => {
    const alone = buildGaitPlots({ ...input, compare: null });
    for (const p of alone.plots) expect(p.lines.every((l) => l.role === 'current')).toBe(true);
    expect(alone.plots.find((p) => p.id === 'compression-l4l5')!.lines.length).toBe(2);
  });

  it('gives the angle plots and the hip moment plots a corridor with the mean between ±1 SD; none for disc loads', () => {
    for (const p of plots.plots) {
      if (p.id.startsWith('compression')) {
        expect(p.corridor).toBeNull();
        continue;
      }
      if (p.id === 'hip-contact') continue; // a published peak range, no corridor (below)
      const c = p.corridor!;
      const mean = c.mean!;
      expect(mean.length).toBe(gait.frames);
      for (let i = 0; i < gait.frames; i++) {
        expect(c.lower[i]).toBeLessThan(mean[i]!);
        expect(c.upper[i]).toBeGreaterThan(mean[i]!);
      }
      expect(p.caption).toContain('CGM2.3 normative mean ± 1 SD');
    }
    // each side's normative abductor moment peaks in that side's stance
    const peakAt = (id: string) => {
      const m = byId.get(id)!.corridor!.mean!;
      return plots.percentCycle[m.indexOf(Math.max(...m))]!;
    };
    expect(peakAt('abductors-right')).toBeLessThan(50);
    expect(peakAt('abductors-left')).toBeGreaterThan(50);
  });

  it('signs the normative hip flexion–extension moment as the model does: extensor after heel strike, flexor in late stance, each side from its own heel strike', () => {
    const mean = (id: string) => byId.get(id)!.corridor!.mean!;
    const pctOf = (i: number) => plots.percentCycle[i]!;
    for (const [id, hs] of [['hip-flexion-right', 0], ['hip-flexion-left', 50]] as const) {
      const m = mean(id);
      const minAt = pctOf(m.indexOf(Math.min(...m)));
      const maxAt = pctOf(m.indexOf(Math.max(...m)));
      // CGM's extensor peak (here negative) in that side's loading response, its flexor peak (positive) in its late stance
      expect((minAt - hs + 100) % 100).toBeLessThan(20);
      expect((maxAt - hs + 100) % 100).toBeGreaterThan(40);
      expect((maxAt - hs + 100) % 100).toBeLessThan(65);
      expect(Math.min(...m)).toBeLessThan(0);
      expect(Math.max(...m)).toBeGreaterThan(0);
    }
    // the model's own net moment, plotted as is, has the corridor's shape (validation row G5 tests it as an extensor moment)
    const right = byId.get('hip-flexion-right')!;
    expect(right.lines[0]!.values).toBe(gait.hipMomentNm.right.flexionNm);
    const a = Array.from(right.lines[0]!.values), b = Array.from(mean('hip-flexion-right'));
    const ma = a.reduce((x, v) => x + v, 0) / a.length, mb = b.reduce((x, v) => x + v, 0) / b.length;
    let ab = 0, aa = 0, bb = 0;
    for (let i = 0; i < a.length; i++) [ab, aa, bb] = [ab + (a[i]! - ma) * (b[i]! - mb), aa + (a[i]! - ma) ** 2, bb + (b[i]! - mb) ** 2];
    expect(ab / Math.sqrt(aa * bb)).toBeGreaterThan(0.6);
  });

  it('plots each hip\'s contact force in body weights against the implants\' peak range, drawn as a band without a mean line', () => {
    const p = byId.get('hip-contact')!;
    expect(p.lines.map((l) => `${l.kind}/${l.role}`)).toEqual(['left/current', 'left/compare', 'right/current', 'right/compare']);
    const bw = DEFAULT_PARAMS.subject.massKg * GRAVITY_M_PER_S2;
    const right = p.lines[2]!.values;
    for (let i = 0; i < gait.frames; i++) expect(right[i]).toBeCloseTo(gait.hipContactForceN.right[i]! / bw, 12);
    // the plot's peak is the summary's (the number validation row G1 reports)
    expect(Math.max(...right)).toBeCloseTo(gait.summary.peakHipContactForceBW.right, 9);
    const band = p.corridor!;
    expect(band.mean).toBeNull();
    expect(new Set(band.lower)).toEqual(new Set([2.4]));
    expect(new Set(band.upper)).toEqual(new Set([2.8]));
    expect(p.caption).toContain('Bergmann 2001');
    expect(p.caption).toContain('not a curve through the cycle');
  });

  it('gives the compare set\'s hip contact in its own subject\'s body weight', () => {
    const heavy = structuredClone(DEFAULT_PARAMS);
    heavy.subject.massKg = 95;
    const heavyGait = simulateGait(compileModel(heavy));
    const p = buildGaitPlots({ ...input, compare: heavyGait, compareMassKg: 95 }).plots.find((q) => q.id === 'hip-contact')!;
    const compareRight = p.lines[3]!.values;
    expect(Math.max(...compareRight)).toBeCloseTo(heavyGait.summary.peakHipContactForceBW.right, 9);
    // in newtons the heavier subject's joint carries more; in body weights about the same
    expect(Math.max(...heavyGait.hipContactForceN.right)).toBeGreaterThan(Math.max(...gait.hipContactForceN.right));
    expect(Math.abs(Math.max(...compareRight) - Math.max(...p.lines[2]!.values))).toBeLessThan(0.3);
  });

  it('shades double support: two stretches, each starting at a heel strike', () => {
    expect(plots.rightHeelStrikePct).toBe(0);
    expect(plots.leftHeelStrikePct).toBe(50);
    expect(plots.doubleSupport.map((d) => d.fromPct)).toEqual([0, 50]);
    for (const d of plots.doubleSupport) {
      expect(d.toPct - d.fromPct).toBeGreaterThan(8);
      expect(d.toPct - d.fromPct).toBeLessThan(20);
    }
  });

  it('resamples a compare cycle with another frame count onto the current cycle', () => {
    const coarse = simulateGait(compileModel(DEFAULT_PARAMS), { framesPerCycle: 51 });
    const alone = buildGaitPlots({ ...input, compare: coarse as GaitResult });
    const obliquity = alone.plots[0]!.lines[1]!.values;
    expect(obliquity.length).toBe(gait.frames);
    // every other frame of the fine grid lies exactly on the coarse one
    for (let i = 0; i < coarse.frames; i++) expect(obliquity[2 * i]).toBeCloseTo(coarse.pelvicObliquityDeg[i]!, 9);
    // a straight line survives resampling exactly
    const line = onCycle(Float64Array.of(0, 10, 20), [0, 50, 100], [0, 25, 60, 100]);
    expect(Array.from(line)).toEqual([0, 5, 12, 20]);
  });
});

describe('scrub and summary helpers', () => {
  it('finds the frame nearest a clicked percentage, clamped to the cycle', () => {
    const pct = plots.percentCycle;
    expect(nearestFrame(pct, 75)).toBe(75);
    expect(nearestFrame(pct, 74.6)).toBe(75);
    expect(nearestFrame(pct, 74.4)).toBe(74);
    expect(nearestFrame(pct, -5)).toBe(0);
    expect(nearestFrame(pct, 130)).toBe(gait.frames - 1);
    expect(nearestFrame(pct, Number.NaN)).toBe(0);
  });

  it('summarises a line over one cycle (the closing repeat frame left out)', () => {
    const s = lineSummary([1, 4, -2, 3, 1], [0, 25, 50, 75, 100]);
    expect(s).toEqual({ min: -2, minAtPct: 50, max: 4, maxAtPct: 25, mean: 1.5 });
  });

  it('turns runs of flagged frames into % intervals, dropping single frames', () => {
    const flags = [1, 1, 0, 0, 1, 1, 1, 0, 1];
    const pct = flags.map((_, i) => i * 12.5);
    expect(flaggedIntervals(flags.length, (i) => flags[i] === 1, pct)).toEqual([
      { fromPct: 0, toPct: 12.5 },
      { fromPct: 50, toPct: 75 },
    ]);
  });
});
