/**
 * Solver status for people (a short line, worker failures as an alert) and
 * for tests (data attributes: latest request id, id the shown result answers,
 * worker restarts and state).
 */
import { useViewer } from '../../store/use-viewer.ts';
import { formatNumber } from '../../lib/format.ts';
import { NOTICEABLE_WAIT_MS, useLastingFlag } from './use-lasting-flag.ts';

export function StatusBar() {
  const busy = useViewer((s) => s.busy);
  const requestId = useViewer((s) => s.requestId);
  const resultId = useViewer((s) => s.resultRequestId);
  const notice = useViewer((s) => s.workerNotice);
  const restarts = useViewer((s) => s.workerRestarts);
  const inputError = useViewer((s) => s.inputError);
  const lastMs = useViewer((s) => s.lastSolveMs);
  const hasResult = useViewer((s) => s.shown !== null);
  // a coarse gait cycle for the latest request is on screen, the full one is solving
  const refiningFrames = useViewer((s) => (s.shown?.refining && s.shown.requestId === s.requestId && s.shown.answer.kind === 'gait' ? s.shown.answer.gait.frames : null));
  // the line says "Updating…" only for a request a person could notice (use-lasting-flag.ts); the data attributes stay exact
  const updating = useLastingFlag(requestId !== resultId || busy, NOTICEABLE_WAIT_MS);
  return (
    <div
      className="status"
      data-testid="solve-status"
      data-request-id={requestId}
      data-result-id={resultId}
      data-busy={busy}
      data-refining={refiningFrames !== null}
      data-worker-restarts={restarts}
      data-worker-state={notice?.kind ?? 'ok'}
    >
      {notice && (
        <div role="alert" className={`banner ${notice.kind === 'recovered' ? 'banner--info' : 'banner--danger'}`}>
          {notice.message}
        </div>
      )}
      {inputError && (
        <div role="alert" className="banner banner--warning">
          The model rejected these settings: {inputError}. Showing the last good result.
        </div>
      )}
      <span className="status__line" aria-live="polite">
        {!hasResult
          ? 'Starting the model…'
          : refiningFrames !== null
            ? `Refining… ${refiningFrames}-frame preview (peaks can read low); full cycle solving`
            : updating
              ? 'Updating…'
              : `Up to date (solved in ${formatNumber(lastMs ?? Number.NaN, 0)} ms)`}
      </span>
    </div>
  );
}
