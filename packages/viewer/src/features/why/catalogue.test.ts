/**
 * The Why? catalogue is complete (every preset, every metric that shows a
 * button), every entry is well formed, and the "on screen now" sentences are
 * computed from the answer shown (real model results, not stored numbers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, simulateGait, solveTask, type ModelParams, type Task } from '@lumbo/model';
import { PRESET_IDS, findPreset } from '@lumbo/scenarios/presets';
import { mergeParams } from '../../lib/params-path.ts';
import type { Shown } from '../../store/store.ts';
import { ALL_WHY, METRIC_WHY, whyEntry, WHY_METRICS } from './catalogue.ts';
import { formatNumber } from '../../lib/format.ts';
import { ORPHAN_PRESET_MECHANISMS, PRESET_WHY } from './presets.ts';
import type { WhyContext } from './types.ts';

/** Sentences: a full stop, question or exclamation mark followed by a space and a capital, or the end. */
function sentenceCount(text: string): number {
  return (text.trim().match(/[.!?](?=\s+[A-Z“(]|\s*$)/g) ?? []).length;
}

function shownFor(presetId: string, task: Task): Shown {
  const params: ModelParams = mergeParams(DEFAULT_PARAMS, findPreset(presetId)!.params);
  const result = solveTask(compileModel(params), task);
  return { answer: { kind: 'static', result }, params, task, requestId: 1 };
}

describe('the Why? catalogue', () => {
  it('has an entry for every preset of @lumbo/scenarios/presets, and none for a preset that is gone', () => {
    for (const id of PRESET_IDS) expect(whyEntry(id), id).toBeDefined();
    expect(PRESET_WHY.map((e) => e.id)).toEqual(PRESET_IDS);
    expect(ORPHAN_PRESET_MECHANISMS).toEqual([]);
  });

  it('has an entry for every metric in the one list of Why? metrics, in its order', () => {
    for (const topic of WHY_METRICS) expect(whyEntry(topic), topic).toBeDefined();
    expect(METRIC_WHY.map((e) => e.id)).toEqual([...WHY_METRICS]);
  });

  it('leads every entry with everyday words: no citations, units, section marks or model terms before the mechanism', () => {
    for (const e of ALL_WHY) {
      expect(e.plain.length, e.id).toBeGreaterThan(30);
      expect(sentenceCount(e.plain), e.id).toBeLessThanOrEqual(4);
      expect(e.plain, e.id).not.toMatch(/§|\bN·m\b|\bet al\b|\bspec\b|\bactivation floor\b|\bmoment arm\b/i);
    }
  });

  it('gives every entry a title, a 2–4 sentence mechanism, at least one source and a simplification', () => {
    expect(new Set(ALL_WHY.map((e) => e.id)).size).toBe(ALL_WHY.length);
    for (const e of ALL_WHY) {
      expect(e.title.length, e.id).toBeGreaterThan(3);
      const n = sentenceCount(e.mechanism);
      expect(n, `${e.id}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${e.id}: ${n} sentences`).toBeLessThanOrEqual(4);
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
      for (const s of e.sources) {
        // author and year at least: "Name … 1999" or a named clinical description / specification section
        expect(s.citation, e.id).toMatch(/(\b(1[89]|20)\d\d\b|clinical-background|docs\/model\.md|specification)/i);
        expect(s.finding.length, `${e.id}: ${s.citation}`).toBeGreaterThan(20);
      }
      expect(e.simplification.length, e.id).toBeGreaterThan(40);
    }
  });

  it('is used by the panels with ids of its own: every Why? button in the source names an entry, and every metric topic has a button', () => {
    // every component under src/, whatever folder it lives in
    const root = new URL('../../', import.meta.url);
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => readFileSync(new URL(f, root), 'utf8'));
    const used = new Set(files.flatMap((text) => [...text.matchAll(/(?:topic|why)="([a-z-]+)"/g)].map((m) => m[1]!)));
    for (const topic of used) expect(whyEntry(topic), `Why? button for "${topic}"`).toBeDefined();
    for (const topic of WHY_METRICS) expect(used.has(topic), `no panel shows a Why? button for "${topic}"`).toBe(true);
  });
});

describe('"on screen now" is computed from the answer shown', () => {
  const standing: Task = { kind: 'standing' };
  const lcs = shownFor('lower-crossed-syndrome', standing);
  const healthy = shownFor('healthy', standing);
  const ctx: WhyContext = { shown: lcs, compare: healthy, compareLabel: 'Healthy reference' };
  const r = lcs.answer.kind === 'static' ? lcs.answer.result : null;
  const h = healthy.answer.kind === 'static' ? healthy.answer.result : null;

  it('anterior tilt: the figure’s tilt, the compare set’s, and their difference, as the model solved them', () => {
    const text = whyEntry('anterior-tilt')!.now!(ctx)!;
    const diff = r!.pelvis.anteriorTiltDeg - h!.pelvis.anteriorTiltDeg;
    expect(diff).toBeGreaterThan(1);
    expect(text).toContain(`${formatNumber(r!.pelvis.anteriorTiltDeg, 1)}°`);
    expect(text).toContain(`${formatNumber(h!.pelvis.anteriorTiltDeg, 1)}°`);
    expect(text).toContain(`${formatNumber(diff, 1)}° more forward`);
    expect(text).toContain('Healthy reference');
  });

  it('compression: L4/L5 in newtons and body weights; without a compare set the comparison is left out', () => {
    const l45 = r!.lumbar.levels.find((l) => l.level === 'L4/L5')!;
    const alone = whyEntry('compression')!.now!({ shown: lcs, compare: null, compareLabel: null })!;
    expect(alone).toContain(`${formatNumber(l45.compressionN, 0)} N`);
    expect(alone).toContain(`${formatNumber(l45.compressionN / r!.bodyWeightN, 2)} × body weight`);
    expect(alone).not.toContain('compare');
  });

  it('asymmetry: names the level, side and bending moment of the largest split in single-leg stance', () => {
    const stance = shownFor('trendelenburg-right', { kind: 'single-leg-stance', side: 'right' });
    const res = stance.answer.kind === 'static' ? stance.answer.result : null;
    const worst = res!.lumbar.levels.reduce((a, b) => (Math.abs(b.asymmetryIndex) > Math.abs(a.asymmetryIndex) ? b : a));
    const text = whyEntry('asymmetry')!.now!({ shown: stance, compare: null, compareLabel: null })!;
    expect(text).toContain(worst.level);
    expect(text).toContain(`index ${formatNumber(worst.asymmetryIndex, 2)}`);
    expect(text).toContain(`The ${worst.asymmetryIndex > 0 ? 'right' : 'left'} half carries more`);
    expect(text).toContain(`${formatNumber(Math.abs(worst.lateralMomentNm), 1)} N·m`);
  });

  it('abductor demand: zero on two legs; demand and capacity of the stance side on one leg', () => {
    expect(whyEntry('abductor-demand')!.now!(ctx)).toContain('no demand');
    const stance = shownFor('trendelenburg-right', { kind: 'single-leg-stance', side: 'right' });
    const hip = stance.answer.kind === 'static' ? stance.answer.result.hips.right : null;
    const text = whyEntry('abductor-demand')!.now!({ shown: stance, compare: null, compareLabel: null })!;
    expect(text).toContain(`right abductors are asked for ${formatNumber(hip!.abductorDemandNm, 0)} N·m`);
    expect(text).toContain(`${formatNumber(hip!.abductorCapacityNm, 0)} N·m`);
  });

  it('piriformis: the pull of each side and the pelvic turn it causes in standing, as the model solved them', () => {
    const stiff = shownFor('piriformis-syndrome', { kind: 'standing' });
    const res = stiff.answer.kind === 'static' ? stiff.answer.result : null;
    const turn = res!.pelvis.axialRotationDeg;
    // a stiff right piriformis turns the pelvis to the left (+, docs/model.md §2)
    expect(turn).toBeGreaterThan(0.05);
    const text = whyEntry('piriformis')!.now!({ shown: stiff, compare: null, compareLabel: null })!;
    const right = res!.muscles.find((m) => m.group === 'piriformis' && m.side === 'right')!;
    expect(text).toContain(`right ${formatNumber(right.forceN, 0)} N`);
    expect(text).toContain(`the pelvis is turned ${formatNumber(turn, 1)}° to the left`);
    expect(whyEntry('piriformis')!.now!(ctx)).toContain('the pelvis faces forward');
  });

  it('facet share: the numbers its mechanism states are the model’s (16 % at neutral, +4 points per degree of extension)', () => {
    const text = whyEntry('facet-share')!.mechanism;
    expect(text).toContain('16 % when the level is at its neutral standing angle');
    expect(text).toContain('4 percentage points more for each degree of extension');
    const neutral = h!.lumbar.levels.find((l) => l.level === 'L4/L5')!;
    expect(neutral.facetShare).toBeCloseTo(0.16, 3);
    // the lower crossed syndrome extends every level: each level's share follows 0.16 + 0.04 per degree (below the cap)
    r!.lumbar.levels.forEach((l, k) => {
      const extension = l.angleDeg - h!.lumbar.levels[k]!.angleDeg;
      expect(l.facetShare, l.level).toBeCloseTo(Math.min(0.35, Math.max(0, 0.16 + 0.04 * extension)), 2);
    });
  });

  it('every entry answers a static result without throwing, and the preset entries compare with the compare set', () => {
    for (const e of ALL_WHY) expect(() => e.now?.(ctx), e.id).not.toThrow();
    const text = whyEntry('lower-crossed-syndrome')!.now!(ctx)!;
    expect(text).toContain(`${formatNumber(r!.pelvis.anteriorTiltDeg, 1)}°`);
    expect(text).toContain('compare set');
  });
});

describe('"on screen now" in gait', () => {
  const params: ModelParams = mergeParams(DEFAULT_PARAMS, findPreset('trendelenburg-right')!.params);
  const gait = simulateGait(compileModel(params));
  const shown: Shown = { answer: { kind: 'gait', gait }, params, task: { kind: 'gait' }, requestId: 1 };
  const ctx: WhyContext = { shown, compare: null, compareLabel: null };

  it('reads the cycle summary: mean tilt, obliquity range and the drop per stance', () => {
    expect(whyEntry('anterior-tilt')!.now!(ctx)).toContain(`${formatNumber(gait.summary.meanAnteriorPelvicTiltDeg, 1)}°`);
    const obliquity = whyEntry('pelvic-obliquity')!.now!(ctx)!;
    expect(obliquity).toContain(`${formatNumber(gait.summary.pelvicObliquityRangeDeg, 1)}°`);
    expect(obliquity).toContain(`${formatNumber(gait.summary.rightStance.peakContralateralDropDeg, 1)}° in right stance`);
  });

  it('every entry answers a gait cycle without throwing', () => {
    for (const e of ALL_WHY) expect(() => e.now?.(ctx), e.id).not.toThrow();
  });

  it('states the healthy gait peak of abductor demand the model computes (abductor-demand, where it simplifies)', () => {
    const stated = whyEntry('abductor-demand')!.simplification.match(/about (\d+\.\d+) N·m\/kg at its healthy peak/);
    expect(stated).not.toBeNull();
    const healthy = simulateGait(compileModel(DEFAULT_PARAMS)).summary.peakHipAbductorDemandNmPerKg;
    expect(Math.abs(healthy - Number(stated![1]))).toBeLessThan(0.01);
  });
});
