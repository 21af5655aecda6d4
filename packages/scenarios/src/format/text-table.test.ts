import { describe, expect, it } from 'vitest';
import { renderPairs, renderTable } from './text-table.ts';

describe('renderTable', () => {
  it('pads every column to its widest cell, numbers right and text left', () => {
    const lines = renderTable(
      [{ header: 'level', align: 'left' }, { header: 'N' }],
      [
        ['L4/L5', '512'],
        ['L5/S1', '1024'],
      ],
    );
    expect(lines).toEqual(['  level     N', '  -----  ----', '  L4/L5   512', '  L5/S1  1024']);
  });

  it('prints the header and rule even with no rows', () => {
    expect(renderTable([{ header: 'a' }], [])).toHaveLength(2);
  });
});

describe('renderPairs', () => {
  it('aligns labels and values and appends notes', () => {
    expect(
      renderPairs([
        ['tilt', '13.0°', '+ = anterior'],
        ['lordosis', '45.0°'],
      ]),
    ).toEqual(['  tilt      13.0°   + = anterior', '  lordosis  45.0°']);
  });
});
