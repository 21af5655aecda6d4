/** Shown wherever outputs are shown. */
export const DISCLAIMER = 'Education and research tool — not a diagnostic device';

export function Disclaimer({ className }: { className?: string }) {
  return <p className={className ?? 'disclaimer'}>{DISCLAIMER}</p>;
}
