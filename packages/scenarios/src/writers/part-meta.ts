/**
 * The metadata file beside every sweep output, `<out>.meta.json`: which
 * sweep (the shard-independent hash), which shard, how many rows, the
 * columns with their units, and the size and SHA-256 of the output as
 * written. `lumbo verify` and `lumbo merge` read it to tell a complete part
 * from a missing, foreign, damaged or incomplete one; CSV and JSONL have no
 * room for metadata of their own (Parquet parts also carry `lumbo.*` keys).
 * Written after the output is in place, atomically (temporary file, rename).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Column } from '../sweep/columns.ts';
import { io } from './io-error.ts';

export const PART_FORMAT = 'lumbo-sweep-part';
export const PART_VERSION = 1;

export interface PartMeta {
  readonly format: typeof PART_FORMAT;
  readonly version: typeof PART_VERSION;
  /** The sweep's hash (fingerprint.ts): the same for every shard of one sweep. */
  readonly sweep: string;
  /** "K/N" */
  readonly shard: string;
  /** Design points and tasks of the whole sweep: rows = points × tasks. */
  readonly points: number;
  readonly tasks: number;
  /** Rows in this file. */
  readonly rows: number;
  readonly columns: readonly Pick<Column, 'name' | 'type' | 'unit'>[];
  /** The output file's name (no folder), its size and SHA-256 as written. */
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
}

export function metaPathOf(out: string): string {
  return `${out}.meta.json`;
}

export function writePartMeta(out: string, meta: PartMeta): void {
  const path = metaPathOf(out);
  const temporary = `${path}.tmp-${process.pid}`;
  io('write', temporary, () => writeFileSync(temporary, `${JSON.stringify(meta, null, 2)}\n`));
  io('replace', path, () => renameSync(temporary, path));
}

/** The part's metadata, or a reason why it cannot be read. */
export function readPartMeta(out: string): PartMeta | { readonly problem: string } {
  const path = metaPathOf(out);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? `no metadata file ${path} (a part is complete only once lumbo has written it; copy it with the part)` : `cannot read ${path}: ${(error as Error).message}` };
  }
  try {
    const meta = JSON.parse(text) as Partial<PartMeta>;
    if (meta.format !== PART_FORMAT || meta.version !== PART_VERSION || typeof meta.sweep !== 'string' || typeof meta.shard !== 'string') {
      return { problem: `${path} is not a lumbo part description (format ${PART_FORMAT} version ${PART_VERSION})` };
    }
    return meta as PartMeta;
  } catch {
    return { problem: `${path} is not valid JSON` };
  }
}
