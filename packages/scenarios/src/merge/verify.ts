/**
 * Checks that files are the complete parts of one sweep, without writing
 * anything: each part has its metadata file (part-meta.ts), its size and
 * SHA-256 match it, it holds all its shard's rows and no run is still
 * working on it (no journal, no lock); all parts share one sweep hash and
 * shard count N; every shard 1…N is there exactly once.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { journalPathOf } from '../writers/sweep-to-file.ts';
import { lockPathOf } from '../writers/lock.ts';
import { readPartMeta, type PartMeta } from '../writers/part-meta.ts';
import { pointsInShard } from '../sweep/shard.ts';

export interface PartCheck {
  readonly path: string;
  readonly meta: PartMeta | undefined;
  /** Shard K and N, when the metadata could be read. */
  readonly shard: { readonly index: number; readonly count: number } | undefined;
  readonly problems: string[];
}

export interface VerifyReport {
  /** True when the parts can be merged. */
  readonly ok: boolean;
  /** The sweep hash most parts carry. */
  readonly sweep: string | undefined;
  readonly shardCount: number | undefined;
  readonly parts: readonly PartCheck[];
  /** Shard numbers K with no part. */
  readonly missing: readonly number[];
  /** Every problem, one line each (part problems prefixed with the part's path). */
  readonly problems: readonly string[];
  /** Rows of the whole sweep (points × tasks). */
  readonly rows: number;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function checkPart(path: string): Promise<PartCheck> {
  const problems: string[] = [];
  const done = (meta?: PartMeta, shard?: PartCheck['shard']): PartCheck => ({ path, meta, shard, problems });
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    problems.push(existsSync(journalPathOf(path)) ? `missing: only its journal is there (the run was interrupted; finish it with --resume)` : 'missing: no such file');
    return done();
  }
  if (!stat.isFile()) {
    problems.push('not a regular file');
    return done();
  }
  if (existsSync(lockPathOf(path))) problems.push(`incomplete: a run is writing it (or died holding ${lockPathOf(path)})`);
  if (existsSync(journalPathOf(path))) problems.push(`incomplete: ${journalPathOf(path)} is beside it (a run on it was interrupted or is still going; finish it with --resume)`);
  const meta = readPartMeta(path);
  if ('problem' in meta) {
    problems.push(meta.problem);
    return done();
  }
  const match = /^(\d+)\/(\d+)$/.exec(meta.shard);
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
  if (!shard || shard.index < 1 || shard.index > shard.count) problems.push(`its metadata names no valid shard (${JSON.stringify(meta.shard)})`);
  else if (meta.rows !== pointsInShard(meta.points, shard) * meta.tasks) {
    problems.push(`incomplete: ${meta.rows} rows, shard ${meta.shard} of ${meta.points} points × ${meta.tasks} tasks has ${pointsInShard(meta.points, shard) * meta.tasks}`);
  }
  if (stat.size !== meta.bytes || (await sha256Of(path)) !== meta.sha256) {
    problems.push(`damaged or replaced: its ${stat.size !== meta.bytes ? `size (${stat.size} bytes, metadata says ${meta.bytes})` : 'SHA-256'} does not match its metadata`);
  }
  return done(meta, shard);
}

export async function verifyParts(paths: readonly string[]): Promise<VerifyReport> {
  const parts = await Promise.all(paths.map(checkPart));
  const withMeta = parts.filter((p) => p.meta);
  // the sweep is the hash most parts carry (the first part's on a tie); the others are foreign
  const votes = new Map<string, number>();
  for (const p of withMeta) votes.set(p.meta!.sweep, (votes.get(p.meta!.sweep) ?? 0) + 1);
  const sweep = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = withMeta.filter((p) => p.meta!.sweep === sweep);
  for (const p of withMeta) if (p.meta!.sweep !== sweep) p.problems.push(`foreign: from another sweep (hash ${p.meta!.sweep.slice(0, 12)}…, the others ${sweep!.slice(0, 12)}…)`);
  const counts = new Map<number, number>();
  for (const p of own) if (p.shard) counts.set(p.shard.count, (counts.get(p.shard.count) ?? 0) + 1);
  const shardCount = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byIndex = new Map<number, string>();
  for (const p of own) {
    if (!p.shard) continue;
    if (p.shard.count !== shardCount) p.problems.push(`foreign: shard ${p.meta!.shard} of a split into ${p.shard.count}, the others into ${shardCount}`);
    else if (byIndex.has(p.shard.index)) p.problems.push(`shard ${p.meta!.shard} is given twice (also ${byIndex.get(p.shard.index)})`);
    else byIndex.set(p.shard.index, p.path);
  }
  const missing = shardCount === undefined ? [] : Array.from({ length: shardCount }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  const problems = parts.flatMap((p) => p.problems.map((problem) => `${p.path}: ${problem}`));
  if (missing.length > 0) problems.push(`missing shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${shardCount}`).join(', ')}`);
  if (withMeta.length === 0 && problems.length === 0) problems.push('no parts given');
  const meta = own[0]?.meta;
  return { ok: problems.length === 0, sweep, shardCount, parts, missing, problems, rows: meta ? meta.points * meta.tasks : 0 };
}

/** The report as text: one line per part, then the verdict. */
export function formatVerifyReport(report: VerifyReport): string {
  const lines = report.parts.map((p) => {
    const what = p.meta ? `shard ${p.meta.shard}, ${p.meta.rows} rows` : '';
    return `${p.problems.length === 0 ? 'ok  ' : 'BAD '} ${p.path}${what ? `  (${what})` : ''}${p.problems.length ? `: ${p.problems.join('; ')}` : ''}`;
  });
  if (report.missing.length > 0) lines.push(`BAD  missing shard${report.missing.length === 1 ? '' : 's'} ${report.missing.map((k) => `${k}/${report.shardCount}`).join(', ')}`);
  const verdict = report.ok
    ? `mergeable: ${report.shardCount} of ${report.shardCount} shards of sweep ${report.sweep?.slice(0, 12)}…, ${report.rows} rows`
    : `not mergeable: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`;
  return `${lines.join('\n')}\n${verdict}\n`;
}
