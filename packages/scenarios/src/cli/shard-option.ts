/** `--shard K/N` → Shard (K counts from 1), with a one-line error for anything else. */
import type { Shard } from '../sweep/shard.ts';
import { CliUsageError } from './usage-error.ts';

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new CliUsageError(`--shard expects K/N with 1 ≤ K ≤ N (shards are numbered from 1), e.g. 2/8, got ${JSON.stringify(text)}`);
  }
  return { index, count };
}
