/**
 * Connects the store to the model client: every change of params or task
 * becomes a request for the figure (the client coalesces them), and every
 * change of task, subject or compare set a request for the compare figure.
 * Every answer lands in the store.
 */
import type { ModelParams } from '@lumbo/model';
import type { ModelClient, ModelClientEvents } from './model-client.ts';
import { compareParams } from '../lib/presets.ts';
import { trialErrorMessage } from '../lib/gait-trial.ts';
import type { ViewerStoreApi } from '../store/store.ts';
import { recordSolve } from '../store/debug-handle.ts';

/** How long the "worker restarted" notice stays after recovery. */
const RECOVERED_NOTICE_MS = 8000;

export function solverEvents(store: ViewerStoreApi): ModelClientEvents<ModelParams> {
  let clearNotice: ReturnType<typeof setTimeout> | undefined;
  return {
    result(answer, request, elapsedMs, refining, via) {
      const shown = { answer, params: request.params, task: request.task, requestId: request.id, refining };
      if (request.channel === 'compare') {
        store.setState({ compareShown: shown });
        return;
      }
      recordSolve({ requestId: request.id, refining, ms: elapsedMs, via });
      const first = store.getState().firstResultAtMs;
      store.setState({
        shown,
        resultRequestId: request.id,
        lastSolveMs: elapsedMs,
        inputError: null,
        firstResultAtMs: first ?? performance.now(),
      });
    },
    inputError(message, request) {
      if (request.channel !== 'main') return;
      const { task, shown } = store.getState();
      const trial = request.task.kind === 'gait' ? request.task.trial : undefined;
      const shownTrial = shown?.task.kind === 'gait' ? shown.task.trial : undefined;
      // a newly chosen trial the model refused: back to the cycle on screen (the last good one), the error
      // naming the file or field (docs/viewer.md, "Your own trial")
      if (trial && trial !== shownTrial && task === request.task) {
        store.setState({
          trialError: trialErrorMessage(message, trial),
          task: shown?.task.kind === 'gait' ? shown.task : { kind: 'gait' },
        });
        return;
      }
      store.setState({ inputError: message });
    },
    workerFailed(message, willRetry) {
      clearTimeout(clearNotice);
      const text = willRetry
        ? `The model worker stopped unexpectedly (${message}). Showing the last good result while it restarts…`
        : `The model worker stopped unexpectedly again (${message}). Showing the last good result; change a setting to try again.`;
      store.setState((s) => ({
        workerNotice: { kind: willRetry ? 'restarting' : 'failed', message: text },
        workerRestarts: s.workerRestarts + 1,
      }));
    },
    workerRecovered() {
      store.setState({
        workerNotice: { kind: 'recovered', message: 'The model worker stopped unexpectedly and was restarted; results are current again.' },
      });
      clearTimeout(clearNotice);
      clearNotice = setTimeout(() => store.setState({ workerNotice: null }), RECOVERED_NOTICE_MS);
    },
    busy(busy) {
      store.setState({ busy });
    },
  };
}

/** Sends the current requests now and on every later change; returns the unsubscribe function. */
export function startSolveLoop(store: ViewerStoreApi, client: ModelClient<ModelParams>): () => void {
  const send = () => {
    const { params, task } = store.getState();
    store.setState({ requestId: client.request(params, task) });
  };
  const sendCompare = () => {
    const { params, task, compareSet } = store.getState();
    if (compareSet) client.request(compareParams(compareSet.params, params), task, 'compare');
  };
  send();
  // the compare figure's first answer waits until the main figure is on screen: solved at once, it competed
  // with building the first frame for the two cores (docs/performance.md, "The worker starts with the page")
  if (store.getState().firstFrameAtMs !== null) sendCompare();
  return store.subscribe((state, prev) => {
    if (state.params !== prev.params || state.task !== prev.task) send();
    if (state.firstFrameAtMs !== null && prev.firstFrameAtMs === null) sendCompare();
    if (state.task !== prev.task || state.params.subject !== prev.params.subject || state.compareSet !== prev.compareSet) sendCompare();
  });
}
