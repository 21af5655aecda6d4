import { describe, expect, it } from 'vitest';
import { MUSCLE_FIELDS } from '@lumbo/model';
import { KNOB_MEANING, knobAppliesTo } from './knob-meaning.ts';

describe('what a muscle slider says', () => {
  it('reads strength as a percentage of normal, with the meaning in the value text', () => {
    expect(KNOB_MEANING.strength.reading(1)).toBe('100 % of normal strength');
    expect(KNOB_MEANING.strength.valueText(0.6)).toBe('60 % of normal strength, weak');
    expect(KNOB_MEANING.strength.valueText(1.2)).toContain('stronger than normal');
  });

  it('names the clinical meaning of each end for tone, tightness and stiffness', () => {
    expect(KNOB_MEANING.tone.minLabel).toContain('normal');
    expect(KNOB_MEANING.tone.maxLabel).toContain('raised tone');
    expect(KNOB_MEANING.activationFloor.minLabel).toContain('relaxes fully');
    expect(KNOB_MEANING.tightness.maxLabel).toContain('tight');
    expect(KNOB_MEANING.stiffness.maxLabel).toContain('stiff');
    expect(KNOB_MEANING.tightness.valueText(0)).toContain('normal');
    expect(KNOB_MEANING.stiffness.valueText(2)).toContain('2.0 times as stiff');
  });

  it('has a meaning for every knob in the model’s catalogue, and says the default is normal', () => {
    for (const f of MUSCLE_FIELDS) {
      const m = KNOB_MEANING[f.knob];
      expect(m, f.path).toBeDefined();
      expect(m.valueText(f.default), f.path).toMatch(/normal|on time/);
    }
  });

  it('shows the onset delay only in gait', () => {
    expect(knobAppliesTo('onsetDelayMs', 'standing')).toBe(false);
    expect(knobAppliesTo('onsetDelayMs', 'gait')).toBe(true);
    expect(knobAppliesTo('strength', 'single-leg-stance')).toBe(true);
  });
});
