/** Everything the model returned, as numbers. Faded while a newer request is being solved. */
import { useViewer } from '../state/use-viewer.ts';
import { ReservesBanner, Warnings } from './Alerts.tsx';
import { Disclaimer } from './Disclaimer.tsx';
import { HipMetrics } from './HipMetrics.tsx';
import { LumbarLevels } from './LumbarLevels.tsx';
import { PostureMetrics } from './PostureMetrics.tsx';

export function MetricsPanel() {
  const result = useViewer((s) => s.result);
  const stale = useViewer((s) => s.resultRequestId !== s.requestId);
  if (!result) {
    return (
      <div className="metrics metrics--empty" aria-busy="true">
        <p>Solving the model…</p>
        <Disclaimer />
      </div>
    );
  }
  return (
    <div className={stale ? 'metrics metrics--stale' : 'metrics'} aria-busy={stale}>
      <Disclaimer />
      <ReservesBanner result={result} />
      <PostureMetrics result={result} />
      <LumbarLevels result={result} />
      <HipMetrics result={result} />
      <Warnings result={result} />
    </div>
  );
}
