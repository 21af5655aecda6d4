import { describe, expect, it } from 'vitest';
import { editDistance, nearestPaths } from './nearest-paths.ts';

const KNOWN = [
  'subject.massKg',
  'subject.heightM',
  'muscles.gluteusMedius.left.strength',
  'muscles.gluteusMedius.right.strength',
  'muscles.gluteusMinimus.right.strength',
  'muscles.iliopsoas.left.tightness',
];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, ignoring case', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('MassKg', 'masskg')).toBe(0);
  });
});

describe('nearestPaths', () => {
  it('puts the intended path first for a typo', () => {
    expect(nearestPaths('muscles.gluteusMedius.rigth.strength', KNOWN)[0]).toBe('muscles.gluteusMedius.right.strength');
  });

  it('finds the full path when only its end is given', () => {
    expect(nearestPaths('massKg', KNOWN)[0]).toBe('subject.massKg');
  });

  it('returns at most the number asked for', () => {
    expect(nearestPaths('x', KNOWN, 2)).toHaveLength(2);
  });
});
