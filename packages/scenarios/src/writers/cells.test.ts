import { describe, expect, it } from 'vitest';
import { csvLine, jsonlLine } from './cells.ts';

describe('CSV and JSONL cells', () => {
  it('writes numbers in their shortest round-trip form, nulls as empty cells', () => {
    expect(csvLine([0, 0.1 + 0.2, 1e-7, null, true, 'standing'])).toBe('0,0.30000000000000004,1e-7,,true,standing\n');
  });

  it('quotes text that holds a comma, a quote or a line break', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines'])).toBe('"a,b","say ""hi""","two\nlines"\n');
  });

  it('writes a JSON object per row with the columns in order', () => {
    expect(jsonlLine(['row', 'task', 'x'], [3, 'sitting', null])).toBe('{"row":3,"task":"sitting","x":null}\n');
  });
});
