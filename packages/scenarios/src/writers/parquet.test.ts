import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { Column } from '../sweep/columns.ts';
import { parquetTable } from './parquet.ts';

const COLUMNS: Column[] = [
  { name: 'row', type: 'int', role: 'index', unit: '' },
  { name: 'task', type: 'string', role: 'task', unit: '' },
  { name: 'task.side', type: 'string', role: 'task', unit: '' },
  { name: 'strategy.duchenne', type: 'number', role: 'factor', unit: 'fraction' },
  { name: 'lumbar.levels.L4/L5.compressionN', type: 'number', role: 'output', unit: 'N' },
  { name: 'converged', type: 'boolean', role: 'output', unit: 'boolean' },
];

describe('Parquet output', () => {
  it('round-trips rows, types, nulls and column names through a Parquet reader', async () => {
    const table = parquetTable(COLUMNS);
    table.add([0, 'standing', null, 0.25, 612.5, true]);
    table.add([1, 'single-leg-stance', 'right', 0.75, 1024.125, false]);
    const bytes = table.toBytes({ 'lumbo.units': '{"lumbar.levels.L4/L5.compressionN":"N"}' });
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const rows = await parquetReadObjects({ file });
    expect(rows).toEqual([
      { row: 0n, task: 'standing', 'task.side': null, 'strategy.duchenne': 0.25, 'lumbar.levels.L4/L5.compressionN': 612.5, converged: true },
      { row: 1n, task: 'single-leg-stance', 'task.side': 'right', 'strategy.duchenne': 0.75, 'lumbar.levels.L4/L5.compressionN': 1024.125, converged: false },
    ]);
    expect(parquetMetadata(file).key_value_metadata).toContainEqual({ key: 'lumbo.units', value: '{"lumbar.levels.L4/L5.compressionN":"N"}' });
  });

  it('writes the same bytes for the same rows', () => {
    const make = () => {
      const table = parquetTable(COLUMNS);
      table.add([0, 'standing', null, 0.5, 600, true]);
      return Buffer.from(table.toBytes({})).toString('hex');
    };
    expect(make()).toBe(make());
  });
});
