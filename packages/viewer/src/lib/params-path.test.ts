import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '@lumbo/model';
import { getNumberAt, mergeParams, setNumberAt } from './params-path.ts';

describe('parameter paths', () => {
  it('reads a muscle knob by its catalogue path', () => {
    expect(getNumberAt(DEFAULT_PARAMS, 'muscles.gluteusMedius.right.strength')).toBe(1);
    expect(getNumberAt(DEFAULT_PARAMS, 'muscles.nope.right.strength')).toBeUndefined();
  });

  it('writes a copy and leaves the original and the untouched branches shared', () => {
    const next = setNumberAt(DEFAULT_PARAMS, 'muscles.gluteusMedius.right.strength', 0.4);
    expect(next.muscles.gluteusMedius.right.strength).toBe(0.4);
    expect(DEFAULT_PARAMS.muscles.gluteusMedius.right.strength).toBe(1);
    expect(next.muscles.gluteusMedius.left).toBe(DEFAULT_PARAMS.muscles.gluteusMedius.left);
    expect(next.subject).toBe(DEFAULT_PARAMS.subject);
  });

  it('merges a partial preset over the defaults', () => {
    const merged = mergeParams(DEFAULT_PARAMS, { muscles: { iliopsoas: { left: { tightness: 0.6 } } }, subject: { massKg: 80 } });
    expect(merged.muscles.iliopsoas.left.tightness).toBe(0.6);
    expect(merged.muscles.iliopsoas.left.strength).toBe(1);
    expect(merged.subject.heightM).toBe(DEFAULT_PARAMS.subject.heightM);
    expect(merged.subject.massKg).toBe(80);
  });
});
