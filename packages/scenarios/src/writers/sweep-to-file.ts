/**
 * A sweep written to a file, safely: rows go to the journal as they finish
 * (in order), the output is rendered from the journal at the end and renamed
 * into place, its metadata file (part-meta.ts) is written, then the journal
 * is removed. `resume` continues from the journal's last good row; without it
 * an existing journal or output is refused rather than overwritten (unless
 * `force`). `force` never deletes the previous output: it is replaced by the
 * rename only once the new one is complete, so an interrupted forced run
 * leaves the old file as it was. A lock file (lock.ts) keeps a second run off
 * the same output.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { CellValue } from '../sweep/columns.ts';
import { fingerprintOf } from '../sweep/fingerprint.ts';
import type { SweepPlan } from '../sweep/plan.ts';
import { runSweep, type RunSweepOptions } from '../sweep/run-sweep.ts';
import { io, SweepIoError } from './io-error.ts';
import { JOURNAL_FORMAT, JOURNAL_VERSION, openJournal, openJournalReader, type JournalHeader } from './journal.ts';
import { acquireLock } from './lock.ts';
import { PART_FORMAT, PART_VERSION, writePartMeta } from './part-meta.ts';
import { formatOfPath, OUTPUT_FORMATS, renderOutput } from './render.ts';
import { SweepFileError } from './sweep-file-error.ts';

export interface SweepToFileOptions extends Omit<RunSweepOptions, 'skipRows' | 'shard'> {
  readonly out: string;
  readonly resume?: boolean;
  readonly force?: boolean;
  /** Sees every row of the finished output (e.g. to summarise it). */
  readonly onRow?: (cells: readonly CellValue[]) => void;
  /** Told how many rows the journal already held when resuming. */
  readonly onResume?: (rows: number) => void;
}

export interface SweepToFileResult {
  readonly rows: number;
  /** Rows taken from the journal of an earlier, interrupted run. */
  readonly resumedRows: number;
  /** True when `resume` found the output already complete (nothing was run). */
  readonly alreadyComplete: boolean;
}

export function journalPathOf(out: string): string {
  return `${out}.journal`;
}

/** Refuses an `--out` that cannot be a results file before anything runs. */
function checkOut(out: string): void {
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SweepFileError(`--out ${JSON.stringify(out)}: the folder ${JSON.stringify(folder)} does not exist (create it first)`);
  }
  const stat = io('check', out, () => statSync(out, { throwIfNoEntry: false }));
  if (stat?.isDirectory()) throw new SweepIoError(out, 'EISDIR', `cannot write ${out}: it is a directory (EISDIR); choose a file name such as ${out.replace(/\/*$/, '')}/results.csv`);
  if (stat && !stat.isFile()) throw new SweepIoError(out, 'EINVAL', `cannot write ${out}: it is not a regular file (a device, FIFO or socket)`);
}

export async function sweepToFile(plan: SweepPlan, options: SweepToFileOptions): Promise<SweepToFileResult> {
  const { out } = options;
  const format = formatOfPath(out);
  if (!format) throw new SweepFileError(`--out must end in ${OUTPUT_FORMATS.map((f) => `.${f}`).join(', ')}, got ${JSON.stringify(out)}`);
  checkOut(out);
  const release = acquireLock(out);
  try {
    return await writeLocked(plan, options, format);
  } finally {
    release();
  }
}

async function writeLocked(plan: SweepPlan, options: SweepToFileOptions, format: NonNullable<ReturnType<typeof formatOfPath>>): Promise<SweepToFileResult> {
  const { out } = options;
  const journal = journalPathOf(out);
  const shard = `${plan.shard.index}/${plan.shard.count}`;
  const header: JournalHeader = {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    fingerprint: fingerprintOf(plan),
    columns: plan.columns.map((c) => c.name),
    shard,
    rows: plan.shardRowCount,
  };
  const rowIndexAt = (n: number) => plan.shardRow(n).row;

  let keepBytes: number | undefined;
  let resumedRows = 0;
  const journalExists = existsSync(journal);
  if (journalExists && options.force) {
    // --force discards an interrupted run's journal; the previous output stays until the new one replaces it
    io('remove', journal, () => rmSync(journal, { force: true }));
  } else if (journalExists) {
    if (!options.resume) {
      throw new SweepFileError(`an interrupted run left ${journal}; continue it with --resume, or start over with --force`);
    }
    const reader = openJournalReader(journal, rowIndexAt);
    for (const _row of reader.rows()); // counts the good prefix, line by line
    const scan = reader.scan();
    if (reader.otherVersion !== undefined) {
      throw new SweepFileError(`${journal} was written by another version of lumbo (journal version ${reader.otherVersion}, this one reads ${JOURNAL_VERSION}); start over with --force`);
    }
    if (scan.header && (scan.header.fingerprint !== header.fingerprint || scan.header.shard !== shard)) {
      const what = scan.header.fingerprint === header.fingerprint ? `shard ${scan.header.shard}, not ${shard}` : 'a different sweep (the file or the preset changed since it was written)';
      throw new SweepFileError(`${journal} belongs to ${what}; start over with --force or choose another --out`);
    }
    // a journal whose header itself is torn holds no rows: start it afresh
    if (scan.header) {
      keepBytes = scan.goodBytes;
      resumedRows = scan.rowCount;
      options.onResume?.(resumedRows);
    }
  } else if (existsSync(out) && !options.force) {
    if (options.resume) return { rows: 0, resumedRows: 0, alreadyComplete: true };
    throw new SweepFileError(`${out} already exists; overwrite it with --force`);
  }

  const writer = openJournal(journal, header, keepBytes);
  try {
    for await (const row of runSweep(plan, { ...options, skipRows: resumedRows })) writer.append(row.cells);
  } finally {
    writer.close();
  }
  const reader = openJournalReader(journal, rowIndexAt);
  const rendered = await renderOutput({
    out,
    format,
    columns: plan.columns,
    rows: reader.rows(),
    metadata: {
      'lumbo.fingerprint': header.fingerprint,
      'lumbo.shard': shard,
      'lumbo.units': JSON.stringify(Object.fromEntries(plan.columns.filter((c) => c.unit).map((c) => [c.name, c.unit]))),
    },
    signal: options.signal,
    ...(options.onRow ? { onRow: options.onRow } : {}),
  });
  if (rendered.rows !== plan.shardRowCount) throw new Error(`the journal holds ${rendered.rows} rows, expected ${plan.shardRowCount}; it was kept as ${journal}`);
  writePartMeta(out, {
    format: PART_FORMAT,
    version: PART_VERSION,
    sweep: header.fingerprint,
    shard,
    points: plan.pointCount,
    tasks: plan.tasks.length,
    rows: rendered.rows,
    columns: plan.columns.map(({ name, type, unit }) => ({ name, type, unit })),
    file: basename(out),
    bytes: rendered.bytes,
    sha256: rendered.sha256,
  });
  io('remove', journal, () => rmSync(journal, { force: true }));
  return { rows: rendered.rows, resumedRows, alreadyComplete: false };
}
