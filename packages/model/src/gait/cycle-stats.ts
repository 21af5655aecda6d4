/**
 * Statistics over one gait cycle's distinct frames: a cycle series repeats
 * its first frame at the end (so it closes), and that frame must count once.
 */

/** Mean over the distinct frames (all but the last). */
export function cycleMean(a: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length - 1; i++) sum += a[i]!;
  return sum / (a.length - 1);
}

/** Largest value over the distinct frames (all but the last). */
export function cycleMax(a: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < a.length - 1; i++) max = Math.max(max, a[i]!);
  return max;
}
