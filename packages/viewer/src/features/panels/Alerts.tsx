/** The "muscles cannot hold this posture" banner (non-empty reserves) and the model's warnings. */
import type { TaskResult } from '@lumbo/model';
import { formatNumber } from '../../lib/format.ts';
import { WhyButton } from '../why/WhyButton.tsx';

export function ReservesBanner({ result }: { result: TaskResult }) {
  if (result.reserves.length === 0) return null;
  return (
    <div className="banner banner--danger" role="status" data-metric="reserves" data-value={String(result.reserves.length)}>
      <strong>The muscles cannot hold this posture.</strong> <WhyButton topic="reserves" /> Moments the muscles could not supply:
      <ul>
        {result.reserves.map((r) => (
          <li key={r.dof}>
            {r.dof}: {formatNumber(r.momentNm, 1)} N·m
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Warnings({ result }: { result: TaskResult }) {
  const items = result.converged ? result.warnings : ['The solver did not meet its tolerances; read these numbers with care.', ...result.warnings];
  if (items.length === 0) return null;
  return (
    <div className="banner banner--warning" data-metric="warnings" data-value={String(items.length)}>
      <strong>Warnings</strong>
      <ul>
        {items.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
