import { describe, expect, it } from 'vitest';
import type { GaitResult } from '@lumbo/model';
import type { GaitCallOptions, TrialTexts } from './worker-api.ts';
import type { GaitTrial } from '../lib/gait-trial.ts';
import { createModelClient, type ModelClientEvents, type WorkerConnection } from './model-client.ts';

const flush = () => new Promise((r) => setTimeout(r, 0));
const trial: GaitTrial = { kinematics: { name: 'walk.mot', text: 'kinematics text' }, forces: { name: 'grf.mot', text: 'plates text' }, subjectMassKg: 72.6, subjectHeightM: 1.8, rightPrefix: 'FP1_', leftPrefix: 'FP2_' };

/**
 * A fake worker that records each simulateGait call's options and leaves its answer to the test; setTrial records
 * the texts and answers `trial-<n>`, or rejects with `refuse` if set.
 */
function fakeWorker() {
  const calls: { options: GaitCallOptions | undefined; resolve(r: GaitResult): void; reject(e: unknown): void }[] = [];
  const trials: TrialTexts[] = [];
  let refuse: Error | null = null;
  const connect = (): WorkerConnection => ({
    api: {
      solve: () => new Promise(() => {}),
      simulateGait: (_params, options) => new Promise<GaitResult>((resolve, reject) => calls.push({ options, resolve, reject })),
      setTrial: (texts) => {
        trials.push(texts);
        return refuse ? Promise.reject(refuse) : Promise.resolve(`trial-${trials.length}`);
      },
      ping: () => Promise.resolve('pong'),
    },
    onFailure() {},
    terminate() {},
  });
  const log: string[] = [];
  const events: ModelClientEvents = {
    result: (_a, request) => log.push(`result ${request.channel}`),
    inputError: (message) => log.push(`input: ${message}`),
    workerFailed: (message) => log.push(`failed: ${message}`),
    workerRecovered: () => {},
    busy: () => {},
  };
  return { calls, trials, connect, log, events, refuseWith: (e: Error | null) => (refuse = e) };
}

describe('the model client with a lab\'s own trial', () => {
  it('gives the worker the trial\'s texts, subject and foot columns once, and names its id in every gait request of both channels', async () => {
    const w = fakeWorker();
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait', trial });
    client.request({}, { kind: 'gait', trial }, 'compare');
    await flush();
    w.calls[0]!.resolve({ frames: 101 } as GaitResult);
    await flush();
    client.request({ strategy: { duchenne: 1 } }, { kind: 'gait', trial });
    await flush();
    expect(w.trials).toEqual([{ motText: 'kinematics text', groundReactionsText: 'plates text', subjectMassKg: 72.6, subjectHeightM: 1.8, rightPrefix: 'FP1_', leftPrefix: 'FP2_' }]);
    expect(w.calls.map((c) => c.options)).toEqual([
      { continueFrom: 'main', trialId: 'trial-1' },
      { continueFrom: 'compare', trialId: 'trial-1' },
    ]);
    w.calls[1]!.resolve({ frames: 101 } as GaitResult);
    await flush();
    expect(w.calls[2]!.options).toEqual({ continueFrom: 'main', trialId: 'trial-1' });
  });

  it('gives a newly chosen trial (another object) to the worker again, under its own id', async () => {
    const w = fakeWorker();
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait', trial });
    await flush();
    w.calls[0]!.resolve({ frames: 101 } as GaitResult);
    await flush();
    client.request({}, { kind: 'gait', trial: { ...trial } });
    await flush();
    expect(w.trials).toHaveLength(2);
    expect(w.calls[1]!.options).toEqual({ continueFrom: 'main', trialId: 'trial-2' });
  });

  it('gives the trial again to a worker started after a crash (it has no trials of the old one\'s)', async () => {
    const w = fakeWorker();
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait', trial });
    await flush();
    client.killWorker();
    await flush();
    expect(w.trials).toHaveLength(2);
    expect(w.calls.at(-1)!.options).toEqual({ continueFrom: 'main', trialId: 'trial-2' });
  });

  it('sends no trial for the built-in cycle', () => {
    const w = fakeWorker();
    createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null }).request({}, { kind: 'gait' });
    expect(w.calls[0]!.options).toEqual({ continueFrom: 'main' });
  });

  it('reports a bad file (StorageFormatError) refused by setTrial as bad input, without a gait request or a restart', async () => {
    const w = fakeWorker();
    w.refuseWith(Object.assign(new Error('motText: line 3: no time column'), { name: 'StorageFormatError' }));
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait', trial });
    await flush();
    expect(w.log).toEqual(['input: motText: line 3: no time column']);
    expect(w.calls).toEqual([]);
    // the refused trial is not held: asked for again, it is given again
    w.refuseWith(null);
    client.request({}, { kind: 'gait', trial });
    await flush();
    expect(w.trials).toHaveLength(2);
    expect(w.calls[0]!.options).toEqual({ continueFrom: 'main', trialId: 'trial-2' });
  });
});
