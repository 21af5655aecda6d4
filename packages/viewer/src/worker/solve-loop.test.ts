import { describe, expect, it } from 'vitest';
import type { ModelParams } from '@lumbo/model';
import { createViewerStore } from '../store/store.ts';
import type { Channel, ModelClient } from './model-client.ts';
import { startSolveLoop } from './solve-loop.ts';

/** A client that records which channel each request went to. */
function recordingClient(): ModelClient<ModelParams> & { channels: Channel[] } {
  const channels: Channel[] = [];
  let id = 0;
  return {
    channels,
    request(_params, _task, channel = 'main') {
      channels.push(channel);
      return ++id;
    },
    killWorker() {},
    restarts: 0,
    dispose() {},
  };
}

describe('the solve loop', () => {
  it('asks for the main figure at once and for the compare figure only once the main figure is on screen', () => {
    const store = createViewerStore();
    const client = recordingClient();
    startSolveLoop(store, client);
    expect(client.channels).toEqual(['main']);
    store.getState().markFirstFrame(1234);
    expect(client.channels).toEqual(['main', 'compare']);
    // a later frame is not a first frame: no second compare request
    store.getState().markFirstFrame(2000);
    expect(client.channels).toEqual(['main', 'compare']);
    expect(store.getState().firstFrameAtMs).toBe(1234);
  });

  it('asks for both at once when the figure is already on screen (a restarted loop)', () => {
    const store = createViewerStore();
    store.getState().markFirstFrame(10);
    const client = recordingClient();
    startSolveLoop(store, client);
    expect(client.channels).toEqual(['main', 'compare']);
  });

  it('sends a changed compare set before the first frame too', () => {
    const store = createViewerStore();
    const client = recordingClient();
    startSolveLoop(store, client);
    store.getState().setComparePreset('lower-crossed-syndrome');
    expect(client.channels).toEqual(['main', 'compare']);
  });
});
