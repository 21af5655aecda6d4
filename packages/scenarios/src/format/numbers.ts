/** Number formatting for tables: fixed decimals, no "-0.0", non-finite values spelled out. */
export function fixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const text = value.toFixed(digits);
  // -0.04 rounds to "-0.0": show it as 0.0
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** `part / whole` with fixed decimals, or "—" when the whole is zero or not finite. */
export function ratio(part: number, whole: number, digits: number): string {
  return whole === 0 || !Number.isFinite(whole) ? '—' : fixed(part / whole, digits);
}
