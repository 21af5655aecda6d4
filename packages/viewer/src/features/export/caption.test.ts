import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '@lumbo/model';
import { findPreset } from '@lumbo/scenarios/presets';
import { mergeParams, setNumberAt } from '../../lib/params-path.ts';
import { baseParams, captionLayout, captionText, changedParameters, cycleTimeText, fitList } from './caption.ts';
import { EXPORT_DISCLAIMER } from './tables.ts';

const PRESET = 'lower-crossed-syndrome';

describe('changed parameters', () => {
  it('lists the slider moved away from the preset, with its label and both values', () => {
    const base = baseParams(PRESET);
    expect(base.name).toBe('preset');
    const params = setNumberAt(base.params, 'muscles.gluteusMedius.right.strength', 0.4);
    const changes = changedParameters(params, base.params);
    expect(changes.map((c) => c.path)).toEqual(['muscles.gluteusMedius.right.strength']);
    const text = captionText({ presetLabel: 'Lower crossed syndrome', modified: true, baseName: base.name, changes, task: { kind: 'standing' } });
    expect(text.title).toBe('Lumbo · Lower crossed syndrome (modified)');
    expect(text.changesPrefix).toBe('Changed from the preset: ');
    expect(text.changes).toEqual([`Gluteus medius strength (right) 0.40 (preset ${base.params.muscles.gluteusMedius.right.strength.toFixed(2)})`]);
    expect(text.task).toBe('Task: Standing');
    expect(text.disclaimer).toBe(EXPORT_DISCLAIMER);
  });

  it('is empty for the unmodified preset, and the caption says the parameters are the preset', () => {
    const base = baseParams(PRESET);
    expect(changedParameters(base.params, base.params)).toEqual([]);
    const text = captionText({ presetLabel: 'Lower crossed syndrome', modified: false, baseName: 'preset', changes: [], task: { kind: 'gait' } });
    expect(text.changesPrefix).toBe('Parameters as in the preset');
    expect(text.changes).toEqual([]);
  });

  it('without a named preset, lists every difference from the model defaults (a preset applied under another label)', () => {
    const preset = findPreset(PRESET)!;
    const params = mergeParams(DEFAULT_PARAMS, preset.params);
    const base = baseParams(null);
    expect(base.name).toBe('model defaults');
    const changes = changedParameters(params, base.params);
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.value).not.toBe(c.base);
    const text = captionText({ presetLabel: 'Custom', modified: false, baseName: base.name, changes, task: { kind: 'sitting' } });
    expect(text.changesPrefix).toBe('Changed from the model defaults: ');
    expect(text.changes[0]).toMatch(/\(default [-0-9.]+/);
  });

  it('shows units of non-fraction fields', () => {
    const params = setNumberAt(DEFAULT_PARAMS, 'subject.massKg', 90);
    const [change] = changedParameters(params, DEFAULT_PARAMS);
    const text = captionText({ presetLabel: 'Model defaults', modified: true, baseName: 'model defaults', changes: [change!], task: { kind: 'standing' } });
    expect(text.changes[0]).toBe('Body mass 90 kg (default 75 kg)');
  });
});

describe('task line', () => {
  it('names the static task the way the CLI does', () => {
    const text = captionText({ presetLabel: 'x', modified: false, baseName: 'preset', changes: [], task: { kind: 'single-leg-stance', side: 'right' } });
    expect(text.task).toBe('Task: Single-leg stance on the right leg');
  });

  it('gives the time in a gait cycle and its share of the cycle', () => {
    expect(cycleTimeText({ timeS: 0.55, cycleDurationS: 1.1 })).toBe('t = 0.550 s of 1.100 s (50 % of the cycle)');
    const text = captionText({ presetLabel: 'x', modified: false, baseName: 'preset', changes: [], task: { kind: 'gait' }, time: { timeS: 0, cycleDurationS: 1.1 } });
    expect(text.task).toBe('Task: Gait cycle · t = 0.000 s of 1.100 s (0 % of the cycle)');
  });
});

describe('fitting the list of changes to the width', () => {
  const measure = (t: string) => t.length;

  it('keeps every item when they fit', () => {
    expect(fitList('Changed: ', ['a 1', 'b 2'], 100, measure)).toBe('Changed: a 1; b 2');
  });

  it('drops items from the end and says how many', () => {
    const text = fitList('Changed: ', ['alpha 1', 'beta 2', 'gamma 3'], 30, measure);
    expect(text).toBe('Changed: alpha 1; … +2 more');
    expect(text.length).toBeLessThanOrEqual(30);
  });

  it('never drops the count even when nothing fits', () => {
    expect(fitList('Changed: ', ['a very long item indeed'], 5, measure)).toBe('Changed: … +1 more');
  });
});

describe('caption layout', () => {
  it('has an even height (H.264 frames) that grows with the width, within bounds', () => {
    for (const w of [320, 812, 1280, 2560, 4000]) expect(captionLayout(w).heightPx % 2).toBe(0);
    expect(captionLayout(1280).heightPx).toBeGreaterThan(captionLayout(640).heightPx);
    expect(captionLayout(100).fontPx).toBe(12);
    expect(captionLayout(10_000).fontPx).toBe(28);
  });
});
