import { describe, expect, it } from 'vitest';
import type { GaitResult, ModelParams } from '@lumbo/model';
import { createViewerStore } from '../store/store.ts';
import type { GaitTrial } from '../lib/gait-trial.ts';
import type { ViewerTask } from '../lib/viewer-task.ts';
import type { Channel, ModelClient, SolveRequest } from './model-client.ts';
import { solverEvents, startSolveLoop } from './solve-loop.ts';

/** A client that records each request. */
function recordingClient(): ModelClient<ModelParams> & { requests: SolveRequest<ModelParams>[] } {
  const requests: SolveRequest<ModelParams>[] = [];
  return {
    requests,
    request(params, task, channel: Channel = 'main') {
      const id = requests.length + 1;
      requests.push({ id, channel, params, task });
      return id;
    },
    killWorker() {},
    restarts: 0,
    dispose() {},
  };
}

const trial = (name: string): GaitTrial => ({ kinematics: { name, text: `${name} text` }, forces: { name: 'grf.mot', text: 'plates' }, subjectMassKg: 72.6 });
const gaitAnswer = { kind: 'gait', gait: { frames: 101 } as GaitResult } as const;

describe('the solve loop with a lab\'s own trial', () => {
  it('sends the trial to the figure and to the compare figure, so the healthy reference walks the same trial', () => {
    const store = createViewerStore();
    store.getState().markFirstFrame(1);
    store.getState().setComparePreset('healthy');
    const client = recordingClient();
    startSolveLoop(store, client);
    const walk = trial('walk.mot');
    store.getState().setTrial(walk);
    const last = (channel: Channel) => client.requests.filter((r) => r.channel === channel).at(-1)!.task;
    expect(last('main')).toEqual({ kind: 'gait', trial: walk });
    expect(last('compare')).toEqual({ kind: 'gait', trial: walk });
    store.getState().setTrial(null);
    expect(last('main')).toEqual({ kind: 'gait' });
    expect(last('compare')).toEqual({ kind: 'gait' });
  });

  it('goes back to the last good cycle when the model refuses a new trial, naming the file', () => {
    const store = createViewerStore({ task: { kind: 'gait' } });
    const events = solverEvents(store);
    const good = trial('good.mot');
    store.getState().setTrial(good);
    const goodRequest = { id: 1, channel: 'main' as const, params: store.getState().params, task: store.getState().task };
    events.result(gaitAnswer, goodRequest, 10, false, 'message');
    store.getState().setTrial(trial('bad.mot'));
    const badTask: ViewerTask = store.getState().task;
    events.inputError('motText: line 2: the header has no endheader line', { id: 2, channel: 'main', params: store.getState().params, task: badTask });
    expect(store.getState().trialError).toBe('Kinematics file bad.mot: line 2: the header has no endheader line');
    expect(store.getState().task).toEqual({ kind: 'gait', trial: good });
    expect(store.getState().shown?.task).toEqual({ kind: 'gait', trial: good });
    // choosing again clears the message
    store.getState().setTrial(null);
    expect(store.getState().trialError).toBeNull();
  });

  it('names the force-plate file for the plates\' errors', () => {
    const store = createViewerStore({ task: { kind: 'gait' } });
    store.getState().setTrial(trial('walk.mot'));
    solverEvents(store).inputError('groundReactionsText: ground reactions: no column ground_force_vy', { id: 1, channel: 'main', params: store.getState().params, task: store.getState().task });
    expect(store.getState().trialError).toBe('Force-plate file grf.mot: ground reactions: no column ground_force_vy');
    expect(store.getState().task).toEqual({ kind: 'gait' });
  });
});
