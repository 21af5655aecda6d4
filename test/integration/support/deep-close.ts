/**
 * Float comparison for whole results: numbers are close when
 * |a − b| ≤ tol · max(1, |a|, |b|) (gl-matrix's `equals`: absolute near zero,
 * relative above one); everything else must be equal. Returns the first path
 * that differs, so a failing test says where.
 */
export const DEFAULT_TOLERANCE = 1e-9;

export function firstDifference(actual: unknown, expected: unknown, tol = DEFAULT_TOLERANCE, path = '$'): string | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Number.isNaN(actual) && Number.isNaN(expected)) return undefined;
    const close = Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(actual), Math.abs(expected));
    return close ? undefined : `${path}: ${actual} vs ${expected}`;
  }
  if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null) {
    return Object.is(actual, expected) ? undefined : `${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) return `${path}: array vs object`;
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    const diff = firstDifference(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      tol,
      `${path}.${key}`,
    );
    if (diff) return diff;
  }
  return undefined;
}

/** The largest relative difference between two results of the same shape (for reporting). */
export function maxRelativeDifference(actual: unknown, expected: unknown): number {
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Math.abs(actual - expected) / Math.max(1, Math.abs(actual), Math.abs(expected));
  }
  if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null) return 0;
  let max = 0;
  for (const key of Object.keys(expected)) {
    max = Math.max(max, maxRelativeDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]));
  }
  return max;
}
