import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-number.ts';

describe('parseDecimal', () => {
  it.each([
    ['0.5', 0.5],
    ['-3', -3],
    ['+2', 2],
    ['.25', 0.25],
    ['1.', 1],
    ['1e-2', 0.01],
    [' 7 ', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', '0x10', '1,5', 'Infinity', 'NaN', '1e999', '--1', '1..2', '5kg'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});
