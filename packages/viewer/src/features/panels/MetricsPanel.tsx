/** Everything the model returned, as numbers: a static result or a gait cycle. Faded while a newer request is being solved. */
import { memo, useDeferredValue, useMemo } from 'react';
import type { Shown } from '../../store/types.ts';
import { ceilingForAnswers } from '../../figure/motion/ceiling.ts';
import { selectVisibleCompare } from '../../store/store.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { ReservesBanner, Warnings } from './Alerts.tsx';
import { Disclaimer } from './Disclaimer.tsx';
import { GaitLive } from './GaitLive.tsx';
import { GaitAlerts, GaitSummary } from './GaitSummary.tsx';
import { DiscDetails } from './DiscDetails.tsx';
import { HipMetrics } from './HipMetrics.tsx';
import { LumbarLevels } from './LumbarLevels.tsx';
import { MuscleForces } from './MuscleForces.tsx';
import { PostureMetrics } from './PostureMetrics.tsx';
import { ThreeDMetrics } from './ThreeDMetrics.tsx';
import { readFeasible } from '../../lib/three-d-outputs.ts';
import { NOTICEABLE_WAIT_MS, useLastingFlag } from './use-lasting-flag.ts';

export function MetricsPanel() {
  // a new answer reaches the figure first and these numbers in a deferred render right after it, so rendering
  // the panels never holds the frame that draws the answer (docs/performance.md, "Deferred panels")
  const shown = useDeferredValue(useViewer((s) => s.shown));
  const compare = useDeferredValue(useViewer(selectVisibleCompare));
  const stale = useLastingFlag(useViewer((s) => s.resultRequestId !== s.requestId), NOTICEABLE_WAIT_MS);
  return <MetricsBody shown={shown} compare={compare} stale={stale} />;
}

/** Memoised: the urgent render of a new answer passes the previous (deferred) props and skips this whole tree. */
const MetricsBody = memo(function MetricsBody({ shown, compare, stale }: { readonly shown: Shown | null; readonly compare: Shown | null; readonly stale: boolean }) {
  const ceilingN = useMemo(() => ceilingForAnswers(shown?.answer, compare?.answer), [shown, compare]);
  if (!shown) {
    return (
      <div className="metrics metrics--empty" aria-busy="true">
        <p>Solving the model…</p>
        <Disclaimer />
      </div>
    );
  }
  const { answer } = shown;
  // an answer the model could not balance is marked as such on every number (an alert state, not a normal answer)
  const infeasible = readFeasible(answer.kind === 'static' ? answer.result : answer.gait) === false;
  return (
    // data-shows-request: which request these (deferred) numbers answer, for tests that read them (docs/viewer.md, testability)
    <div
      className={`metrics${stale ? ' metrics--stale' : ''}${infeasible ? ' metrics--infeasible' : ''}`}
      aria-busy={stale}
      data-feasible={infeasible ? 'false' : 'true'}
      data-shows-request={shown.requestId}
    >
      <Disclaimer />
      {answer.kind === 'static' ? (
        <>
          <ReservesBanner result={answer.result} />
          <PostureMetrics result={answer.result} />
          <LumbarLevels result={answer.result} ceilingN={ceilingN} />
          <ThreeDMetrics result={answer.result} />
          <DiscDetails result={answer.result} />
          <HipMetrics result={answer.result} />
          <MuscleForces result={answer.result} />
          <Warnings result={answer.result} />
        </>
      ) : (
        <>
          {infeasible && (
            <div className="banner banner--danger" role="alert" data-testid="infeasible">
              <strong>Cannot balance without reserves:</strong> in part of this cycle the muscles cannot hold the posture. The numbers below are not a balanced answer.
            </div>
          )}
          <GaitAlerts gait={answer.gait} />
          <GaitLive gait={answer.gait} ceilingN={ceilingN} />
          <GaitSummary gait={answer.gait} />
        </>
      )}
    </div>
  );
});
