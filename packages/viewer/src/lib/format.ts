/** Number formatting for the panels: fixed decimals by unit, and unit symbols. */
export function unitSymbol(unit: string): string {
  switch (unit) {
    case 'deg':
      return '°';
    case 'fraction':
      return '';
    default:
      return ` ${unit}`;
  }
}

export function decimalsForStep(step: number): number {
  if (step >= 1) return 0;
  return Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
}

export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  // avoid "-0.0"
  const fixed = value.toFixed(decimals);
  return /^-0\.?0*$/.test(fixed) ? fixed.slice(1) : fixed;
}
