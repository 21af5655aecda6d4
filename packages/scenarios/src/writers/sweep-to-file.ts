/**
 * A sweep written to a file, safely: rows go to the journal as they finish
 * (in order), the output is rendered from the journal at the end and renamed
 * into place, then the journal is removed. `resume` continues from the
 * journal's last good row; without it an existing journal or output is
 * refused rather than overwritten (unless `force`).
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CellValue } from '../sweep/columns.ts';
import { fingerprintOf } from '../sweep/fingerprint.ts';
import type { SweepPlan } from '../sweep/plan.ts';
import { runSweep, type RunSweepOptions } from '../sweep/run-sweep.ts';
import { JOURNAL_FORMAT, JOURNAL_VERSION, openJournal, scanJournal, type JournalHeader } from './journal.ts';
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

export async function sweepToFile(plan: SweepPlan, options: SweepToFileOptions): Promise<SweepToFileResult> {
  const { out } = options;
  const format = formatOfPath(out);
  if (!format) throw new SweepFileError(`--out must end in ${OUTPUT_FORMATS.map((f) => `.${f}`).join(', ')}, got ${JSON.stringify(out)}`);
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SweepFileError(`--out ${JSON.stringify(out)}: the folder ${JSON.stringify(folder)} does not exist (create it first)`);
  }
  const journal = journalPathOf(out);
  const header: JournalHeader = {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    fingerprint: fingerprintOf(plan),
    columns: plan.columns.map((c) => c.name),
    shard: `${plan.shard.index}/${plan.shard.count}`,
    rows: plan.shardRowCount,
  };
  const rowIndexAt = (n: number) => plan.shardRow(n).row;

  if (options.force) {
    rmSync(journal, { force: true });
    rmSync(out, { force: true });
  }
  let keepBytes: number | undefined;
  let resumedRows = 0;
  if (existsSync(journal)) {
    if (!options.resume) {
      throw new SweepFileError(`an interrupted run left ${journal}; continue it with --resume, or start over with --force`);
    }
    const scan = scanJournal(journal, rowIndexAt);
    if (scan.header && scan.header.fingerprint !== header.fingerprint) {
      throw new SweepFileError(
        `${journal} belongs to a different sweep (the file, the shard or the preset changed since it was written); start over with --force or choose another --out`,
      );
    }
    // a journal whose header itself is torn holds no rows: start it afresh
    if (scan.header) {
      keepBytes = scan.goodBytes;
      resumedRows = scan.rowCount;
      options.onResume?.(resumedRows);
    }
  } else if (existsSync(out)) {
    if (options.resume) return { rows: 0, resumedRows: 0, alreadyComplete: true };
    throw new SweepFileError(`${out} already exists; overwrite it with --force`);
  }

  const writer = openJournal(journal, header, keepBytes);
  try {
    for await (const row of runSweep(plan, { ...options, skipRows: resumedRows })) writer.append(row.cells);
  } finally {
    writer.close();
  }
  const rows = await renderOutput({
    journal,
    out,
    format,
    columns: plan.columns,
    rowIndexAt,
    metadata: {
      'lumbo.fingerprint': header.fingerprint,
      'lumbo.shard': header.shard,
      'lumbo.units': JSON.stringify(Object.fromEntries(plan.columns.filter((c) => c.unit).map((c) => [c.name, c.unit]))),
    },
    ...(options.onRow ? { onRow: options.onRow } : {}),
  });
  if (rows !== plan.shardRowCount) throw new Error(`the journal holds ${rows} rows, expected ${plan.shardRowCount}; it was kept as ${journal}`);
  rmSync(journal, { force: true });
  return { rows, resumedRows, alreadyComplete: false };
}
