import { describe, expect, it } from 'vitest';
import { readUrlSwitches } from './url-switches.ts';

describe('the address query switches', () => {
  it('default to no coarse gait preview and holding playback while solving', () => {
    expect(readUrlSwitches('')).toEqual({ gaitPreview: false, renderHold: true, errors: [] });
  });

  it('read on and off', () => {
    expect(readUrlSwitches('?gait-preview=on&render-hold=off')).toEqual({ gaitPreview: true, renderHold: false, errors: [] });
    expect(readUrlSwitches('?gait-preview=off&render-hold=on')).toEqual({ gaitPreview: false, renderHold: true, errors: [] });
  });

  it('refuse any other value with the switch, its values and the value received, and keep the default', () => {
    const s = readUrlSwitches('?gait-preview=maybe&render-hold=1');
    expect(s.gaitPreview).toBe(false);
    expect(s.renderHold).toBe(true);
    expect(s.errors).toEqual([
      '?gait-preview: expected on or off, got "maybe"; the default (off) is used',
      '?render-hold: expected on or off, got "1"; the default (on) is used',
    ]);
  });

  it('refuse a switch given twice', () => {
    expect(readUrlSwitches('?render-hold=off&render-hold=on').errors).toEqual(['?render-hold: appears 2 times; expected once (on or off); the default (on) is used']);
  });

  it('leave other query fields alone', () => {
    expect(readUrlSwitches('?utm_source=lecture').errors).toEqual([]);
  });
});
