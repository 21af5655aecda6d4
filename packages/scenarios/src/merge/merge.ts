/**
 * `lumbo merge`: the parts of a sharded sweep as one file. verifyParts first
 * (nothing is written unless every part checks out), then the rows in global
 * row order: row r belongs to point ⌊r / T⌋, whose shard is point mod N, so
 * each row is taken from the one part that holds it, and its row index is
 * checked on the way. Rendered like a sweep's own output (temporary file,
 * rename, metadata file with shard 1/1), so the merged file is byte-identical
 * to the unsharded run's output.
 */
import { basename, resolve } from 'node:path';
import type { CellValue, Column } from '../sweep/columns.ts';
import { SweepFileError } from '../writers/sweep-file-error.ts';
import { acquireLock } from '../writers/lock.ts';
import { PART_FORMAT, PART_VERSION, writePartMeta, type PartMeta } from '../writers/part-meta.ts';
import { formatOfPath, OUTPUT_FORMATS, renderOutput } from '../writers/render.ts';
import { statSync } from 'node:fs';
import { PartsError } from './parts-error.ts';
import { readPartRows } from './read-part.ts';
import { verifyParts, type VerifyReport } from './verify.ts';

export interface MergeOptions {
  readonly out: string;
  /** Replace an existing output (only once the merged file is complete). */
  readonly force?: boolean;
  readonly signal?: AbortSignal;
}

export interface MergeResult {
  readonly rows: number;
  readonly report: VerifyReport;
}

export async function mergeParts(parts: readonly string[], options: MergeOptions): Promise<MergeResult> {
  const { out } = options;
  const format = formatOfPath(out);
  if (!format) throw new SweepFileError(`--out must end in ${OUTPUT_FORMATS.map((f) => `.${f}`).join(', ')}, got ${JSON.stringify(out)}`);
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new SweepFileError(`--out ${out} is a directory; give a file name`);
  if (stat && !options.force) throw new SweepFileError(`${out} already exists; overwrite it with --force`);
  if (parts.some((p) => resolve(p) === resolve(out))) throw new SweepFileError(`--out ${out} is one of the parts`);
  const report = await verifyParts(parts);
  if (!report.ok) throw new PartsError(`cannot merge: ${report.problems.join('; ')}`);

  const ordered = [...report.parts].sort((a, b) => a.shard!.index - b.shard!.index);
  const first = ordered[0]!.meta!;
  const N = report.shardCount!;
  const T = first.tasks;
  const rowCount = first.points * T;
  const columns = first.columns as readonly Column[];
  const readers = await Promise.all(ordered.map((p) => readPartRows(p.path, first.columns)));

  function* rows(): Generator<readonly CellValue[]> {
    for (let row = 0; row < rowCount; row++) {
      const k = Math.floor(row / T) % N;
      const next = readers[k]!.next();
      if (next.done) throw new PartsError(`${ordered[k]!.path}: ends before row ${row}`);
      if (next.value[0] !== row) throw new PartsError(`${ordered[k]!.path}: expected row ${row} next, found row ${String(next.value[0])}`);
      yield next.value;
    }
    readers.forEach((reader, k) => {
      if (!reader.next().done) throw new PartsError(`${ordered[k]!.path}: holds more rows than its shard`);
    });
  }

  const release = acquireLock(out);
  try {
    const rendered = await renderOutput({
      out,
      format,
      columns,
      rows: rows(),
      metadata: {
        'lumbo.fingerprint': first.sweep,
        'lumbo.shard': '1/1',
        'lumbo.units': JSON.stringify(Object.fromEntries(columns.filter((c) => c.unit).map((c) => [c.name, c.unit]))),
      },
      signal: options.signal,
    });
    const meta: PartMeta = {
      format: PART_FORMAT,
      version: PART_VERSION,
      sweep: first.sweep,
      shard: '1/1',
      points: first.points,
      tasks: first.tasks,
      rows: rendered.rows,
      columns: first.columns,
      file: basename(out),
      bytes: rendered.bytes,
      sha256: rendered.sha256,
    };
    writePartMeta(out, meta);
    return { rows: rendered.rows, report };
  } finally {
    release();
  }
}
