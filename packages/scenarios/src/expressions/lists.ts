/**
 * The list builders scenario expressions may call. All are capped so a typo
 * (`linspace(0, 1, 1e9)`, a `concat` of long lists) fails with a message
 * instead of exhausting memory; the result of every expression is checked
 * against the same cap (restricted-math.ts), so no list-producing route
 * escapes it.
 */
import { ExpressionError } from './allow-list.ts';

export const MAX_LIST_LENGTH = 100_000;

/**
 * Rounds to 15 significant digits, so `linspace(0.05, 0.3, 6)` gives 0.15
 * rather than 0.15000000000000002: the values in the results are the ones a
 * person would have typed. (Deterministic: toPrecision is exact by spec.)
 */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

function finite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ExpressionError(`${name} must be a finite number, got ${String(value)}`);
  return value;
}

/** `count` evenly spaced numbers from `start` to `stop`, both included (the last is exactly `stop`). */
export function linspace(start: unknown, stop: unknown, count: unknown): number[] {
  const a = finite('linspace start', start);
  const b = finite('linspace stop', stop);
  const n = finite('linspace count', count);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIST_LENGTH) {
    throw new ExpressionError(`linspace count must be an integer within [1, ${MAX_LIST_LENGTH}], got ${n}`);
  }
  if (n === 1) return [a];
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? b : tidy(a + ((b - a) * i) / (n - 1))));
}

/** Numbers from `start` up to but excluding `stop`, by `step` (mathjs's `range` semantics, numbers only). */
export function range(start: unknown, stop: unknown, step: unknown = 1): number[] {
  const a = finite('range start', start);
  const b = finite('range stop', stop);
  const s = finite('range step', step);
  if (s === 0) throw new ExpressionError('range step must not be 0');
  const count = Math.max(0, Math.ceil((b - a) / s));
  if (count > MAX_LIST_LENGTH) throw new ExpressionError(`range would make ${count} numbers; at most ${MAX_LIST_LENGTH} are allowed`);
  return Array.from({ length: count }, (_, i) => tidy(a + i * s));
}

/**
 * Joins numbers and flat lists into one flat list (replaces mathjs's matrix
 * `concat`, which also accepts a dimension and returns matrices). Checks the
 * total length before building anything; loops rather than spreads, so long
 * lists cannot overflow the call stack.
 */
export function concat(...args: unknown[]): number[] {
  // a list literal may arrive as a mathjs matrix: take its plain array
  const parts = args.map((a) => (typeof a === 'object' && a !== null && typeof (a as { toArray?: unknown }).toArray === 'function' ? (a as { toArray(): unknown }).toArray() : a));
  if (parts.length === 0) throw new ExpressionError('concat needs at least one number or list');
  let total = 0;
  for (const part of parts) total += Array.isArray(part) ? part.length : 1;
  if (total > MAX_LIST_LENGTH) throw new ExpressionError(`concat would make ${total} numbers; at most ${MAX_LIST_LENGTH} are allowed`);
  const out: number[] = [];
  for (const part of parts) {
    if (Array.isArray(part)) for (const item of part) out.push(finite('concat item', item));
    else out.push(finite('concat argument', part));
  }
  return out;
}
