/** The "muscles cannot hold this posture" banner (non-empty reserves) and the model's warnings. */
import type { TaskResult } from '@lumbo/model';
import { formatNumber } from '../../lib/format.ts';
import { readFeasible } from '../../lib/three-d-outputs.ts';
import { WhyButton } from '../why/WhyButton.tsx';

/**
 * The model could not balance the posture with the muscles as set: an alert,
 * never a normal answer. Driven by the model's `feasible` flag where it has
 * one, and by non-empty reserves.
 */
export function ReservesBanner({ result }: { result: TaskResult }) {
  const infeasible = readFeasible(result) === false;
  if (result.reserves.length === 0 && !infeasible) return null;
  return (
    <div className="banner banner--danger" role="alert" data-testid="infeasible" data-metric="reserves" data-value={String(result.reserves.length)}>
      <strong>Cannot balance without reserves: the muscles cannot hold this posture.</strong> <WhyButton topic="reserves" /> The numbers below are not a balanced answer. Moments the muscles could not supply:
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
