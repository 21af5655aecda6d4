import { describe, expect, it } from 'vitest';
import type { GaitResult, PartialModelParams, Task, TaskResult } from '@lumbo/model';
import { createModelClient, type ModelClientEvents, type SolveRequest, type WorkerConnection } from './model-client.ts';

/** A fake worker whose calls the test answers by hand. */
interface FakeCall {
  params: PartialModelParams;
  /** `gait` for simulateGait calls. */
  task: Task | 'gait';
  resolve(result: TaskResult | GaitResult): void;
  reject(error: unknown): void;
}

function fakeWorld() {
  const workers: { calls: FakeCall[]; terminated: boolean; crash(message: string): void }[] = [];
  const connect = (): WorkerConnection => {
    let failure: (message: string) => void = () => undefined;
    const w = { calls: [] as FakeCall[], terminated: false, crash: (m: string) => failure(m) };
    workers.push(w);
    return {
      api: {
        solve: (params, task) =>
          new Promise<TaskResult>((resolve, reject) => {
            w.calls.push({ params, task, resolve: (r) => resolve(r as TaskResult), reject });
          }),
        simulateGait: (params) =>
          new Promise<GaitResult>((resolve, reject) => {
            w.calls.push({ params, task: 'gait', resolve: (r) => resolve(r as GaitResult), reject });
          }),
        ping: () => Promise.resolve('pong'),
      },
      onFailure(cb) {
        failure = cb;
      },
      terminate() {
        w.terminated = true;
      },
    };
  };
  const log: string[] = [];
  const results: { id: number; channel: string; kind: string; marker: unknown }[] = [];
  const events: ModelClientEvents = {
    result: (answer, request: SolveRequest) =>
      results.push({
        id: request.id,
        channel: request.channel,
        kind: answer.kind,
        marker: answer.kind === 'static' ? answer.result.bodyWeightN : answer.gait.frames,
      }),
    inputError: (message) => log.push(`input: ${message}`),
    workerFailed: (message, retry) => log.push(`failed: ${message} retry=${retry}`),
    workerRecovered: () => log.push('recovered'),
    busy: (busy) => log.push(`busy=${busy}`),
  };
  return { workers, connect, log, results, events };
}

/** Only the field the tests look at: a tag that says which request produced it. */
const resultTagged = (tag: number) => ({ bodyWeightN: tag }) as unknown as TaskResult;
const flush = () => new Promise((r) => setTimeout(r, 0));
const standing: Task = { kind: 'standing' };

describe('model client', () => {
  it('keeps one request in flight and only the latest one pending while a slider is dragged', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect });
    for (let i = 0; i < 5; i++) client.request({ subject: { massKg: 60 + i } }, standing);
    expect(w.workers).toHaveLength(1);
    expect(w.workers[0]!.calls).toHaveLength(1);
    w.workers[0]!.calls[0]!.resolve(resultTagged(1));
    await flush();
    // the three intermediate requests were dropped: the next call is the last one
    expect(w.workers[0]!.calls).toHaveLength(2);
    expect(w.workers[0]!.calls[1]!.params).toEqual({ subject: { massKg: 64 } });
    w.workers[0]!.calls[1]!.resolve(resultTagged(5));
    await flush();
    expect(w.results.map((r) => r.id)).toEqual([1, 5]);
    expect(w.log.at(-1)).toBe('busy=false');
  });

  it('restarts a crashed worker and re-sends the latest request', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect });
    client.request({}, standing);
    w.workers[0]!.calls[0]!.resolve(resultTagged(1));
    await flush();
    client.request({ subject: { massKg: 90 } }, standing);
    w.workers[0]!.crash('boom');
    expect(w.workers[0]!.terminated).toBe(true);
    expect(w.workers).toHaveLength(2);
    expect(w.workers[1]!.calls[0]!.params).toEqual({ subject: { massKg: 90 } });
    // a late answer from the dead worker is ignored
    w.workers[0]!.calls[1]!.resolve(resultTagged(99));
    w.workers[1]!.calls[0]!.resolve(resultTagged(2));
    await flush();
    expect(w.results.map((r) => r.marker)).toEqual([1, 2]);
    expect(w.log).toContain('failed: boom retry=true');
    expect(w.log).toContain('recovered');
    expect(client.restarts).toBe(1);
  });

  it('treats a worker that stops answering as dead (watchdog)', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect, timeoutMs: 20 });
    client.request({}, standing);
    await new Promise((r) => setTimeout(r, 40));
    expect(w.workers[0]!.terminated).toBe(true);
    expect(w.workers[1]!.calls).toHaveLength(1);
    client.dispose();
  });

  it('reports bad input without restarting the worker', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect });
    client.request({ subject: { massKg: 1 } }, standing);
    w.workers[0]!.calls[0]!.reject(Object.assign(new Error('subject.massKg must be within [35, 150] kg, got 1'), { name: 'ModelParamsError' }));
    await flush();
    expect(w.workers).toHaveLength(1);
    expect(w.log[1]).toBe('input: subject.massKg must be within [35, 150] kg, got 1');
    expect(client.restarts).toBe(0);
  });

  it('stops re-sending after repeated crashes on the same request', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect, maxRetries: 2 });
    client.request({}, standing);
    for (let i = 0; i < 3; i++) {
      w.workers[i]!.calls[0]!.reject(new Error('model bug'));
      await flush();
    }
    expect(w.workers).toHaveLength(3);
    expect(w.log.filter((l) => l.startsWith('failed'))).toEqual([
      'failed: model bug retry=true',
      'failed: model bug retry=true',
      'failed: model bug retry=false',
    ]);
  });

  it('calls simulateGait for the gait task and hands back its result as a gait answer', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect });
    client.request({}, { kind: 'gait' });
    expect(w.workers[0]!.calls[0]!.task).toBe('gait');
    w.workers[0]!.calls[0]!.resolve({ frames: 101 } as unknown as GaitResult);
    await flush();
    expect(w.results).toEqual([{ id: 1, channel: 'main', kind: 'gait', marker: 101 }]);
  });

  it('serves the main figure before the compare figure and keeps each channel’s latest request', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect });
    client.request({}, standing, 'compare');
    client.request({ subject: { massKg: 70 } }, standing);
    client.request({ subject: { massKg: 71 } }, standing);
    client.request({ subject: { massKg: 80 } }, standing, 'compare');
    // the first compare request went out at once; then main (latest: 71 kg), then the latest compare
    w.workers[0]!.calls[0]!.resolve(resultTagged(1));
    await flush();
    expect(w.workers[0]!.calls[1]!.params).toEqual({ subject: { massKg: 71 } });
    w.workers[0]!.calls[1]!.resolve(resultTagged(2));
    await flush();
    expect(w.workers[0]!.calls[2]!.params).toEqual({ subject: { massKg: 80 } });
    w.workers[0]!.calls[2]!.resolve(resultTagged(3));
    await flush();
    expect(w.results.map((r) => `${r.channel}:${r.marker}`)).toEqual(['compare:1', 'main:2', 'compare:3']);
  });

  it('re-sends an unanswered compare request after a crash, but not an answered one', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect });
    client.request({}, standing);
    client.request({}, standing, 'compare');
    w.workers[0]!.calls[0]!.resolve(resultTagged(1));
    await flush();
    w.workers[0]!.crash('boom');
    // main (answered, re-sent to prove the new worker) then the unanswered compare
    w.workers[1]!.calls[0]!.resolve(resultTagged(2));
    await flush();
    expect(w.workers[1]!.calls).toHaveLength(2);
    w.workers[1]!.calls[1]!.resolve(resultTagged(3));
    await flush();
    w.workers[1]!.crash('boom again');
    expect(w.workers[2]!.calls).toHaveLength(1);
    client.dispose();
  });
});
