/**
 * Strict decimal parsing for command-line values. `Number()` would accept
 * '' (0), '0x10' (16) and 'Infinity'; a parameter value must be written as a
 * plain finite decimal such as 0.5, -3, 1e-2.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number written in `text`, or undefined when it is not a plain finite decimal. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
