import { describe, expect, it } from 'vitest';
import type { GaitResult } from '@lumbo/model';
import type { GaitCallOptions } from './worker-api.ts';
import type { GaitTrial } from '../lib/gait-trial.ts';
import { createModelClient, type ModelClientEvents, type WorkerConnection } from './model-client.ts';

const flush = () => new Promise((r) => setTimeout(r, 0));
const trial: GaitTrial = { kinematics: { name: 'walk.mot', text: 'kinematics text' }, forces: { name: 'grf.mot', text: 'plates text' }, subjectMassKg: 72.6, subjectHeightM: 1.8 };

/** A fake worker that records each simulateGait call's options and leaves its answer to the test. */
function fakeWorker() {
  const calls: { options: GaitCallOptions | undefined; resolve(r: GaitResult): void; reject(e: unknown): void }[] = [];
  const connect = (): WorkerConnection => ({
    api: {
      solve: () => new Promise(() => {}),
      simulateGait: (_params, options) => new Promise<GaitResult>((resolve, reject) => calls.push({ options, resolve, reject })),
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
  return { calls, connect, log, events };
}

describe('the model client with a lab\'s own trial', () => {
  it('sends the trial\'s texts, mass and height with every gait request of both channels', async () => {
    const w = fakeWorker();
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait', trial });
    client.request({}, { kind: 'gait', trial }, 'compare');
    w.calls[0]!.resolve({ frames: 101 } as GaitResult);
    await flush();
    const expected = { motText: 'kinematics text', groundReactionsText: 'plates text', subjectMassKg: 72.6, subjectHeightM: 1.8 };
    expect(w.calls.map((c) => c.options)).toEqual([
      { continueFrom: 'main', ...expected },
      { continueFrom: 'compare', ...expected },
    ]);
  });

  it('sends no trial for the built-in cycle', () => {
    const w = fakeWorker();
    createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null }).request({}, { kind: 'gait' });
    expect(w.calls[0]!.options).toEqual({ continueFrom: 'main' });
  });

  it('reports a bad file (StorageFormatError) as bad input, without restarting the worker', async () => {
    const w = fakeWorker();
    createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null }).request({}, { kind: 'gait', trial });
    w.calls[0]!.reject(Object.assign(new Error('motText: line 3: no time column'), { name: 'StorageFormatError' }));
    await flush();
    expect(w.log).toEqual(['input: motText: line 3: no time column']);
  });
});
