/**
 * `--shard K/N`: run design points whose index i satisfies i mod N = K − 1
 * (K counts from 1). Every task of a point stays in the same shard, the
 * shards are disjoint, and together they are the whole design.
 */
export interface Shard {
  /** 1-based shard number K. */
  readonly index: number;
  /** Number of shards N. */
  readonly count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/** Throws a RangeError for a shard that is not K/N with 1 ≤ K ≤ N. */
export function checkShard(shard: Shard): Shard {
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new RangeError(`shard must be K/N with 1 ≤ K ≤ N, got ${index}/${count}`);
  }
  return shard;
}

/** How many of `pointCount` points fall in the shard. */
export function pointsInShard(pointCount: number, shard: Shard): number {
  const first = shard.index - 1;
  return first >= pointCount ? 0 : Math.floor((pointCount - 1 - first) / shard.count) + 1;
}

/** The design index of the shard's n-th point. */
export function shardPoint(n: number, shard: Shard): number {
  return shard.index - 1 + n * shard.count;
}
