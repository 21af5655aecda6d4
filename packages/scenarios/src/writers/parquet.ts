/**
 * Parquet output (hyparquet-writer): one column per sweep column, typed
 * (INT64 indices, DOUBLE numbers, BOOLEAN, UTF-8 strings; every column
 * nullable), SNAPPY-compressed, with the units and the sweep fingerprint in
 * the file's key–value metadata (`lumbo.units`, `lumbo.fingerprint`).
 * The whole table is built in memory: shard very large sweeps.
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { CellValue, Column } from '../sweep/columns.ts';

const PARQUET_TYPE = { int: 'INT64', number: 'DOUBLE', boolean: 'BOOLEAN', string: 'STRING' } as const;

export interface ParquetTable {
  add(cells: readonly CellValue[]): void;
  toBytes(metadata: Record<string, string>): Uint8Array;
}

export function parquetTable(columns: readonly Column[]): ParquetTable {
  const data: unknown[][] = columns.map(() => []);
  return {
    add(cells) {
      columns.forEach((column, i) => {
        const value = cells[i] ?? null;
        data[i]!.push(column.type === 'int' && typeof value === 'number' ? BigInt(value) : value);
      });
    },
    toBytes(metadata) {
      const columnData: ColumnSource[] = columns.map((column, i) => ({
        name: column.name,
        data: data[i]!,
        type: PARQUET_TYPE[column.type],
        nullable: true,
      }));
      const kvMetadata = Object.entries(metadata).map(([key, value]) => ({ key, value }));
      return new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata, createdBy: 'lumbo (hyparquet-writer 0.17.0)' }));
    },
  };
}
