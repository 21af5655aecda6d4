import { describe, expect, it } from 'vitest';
import type { GaitResult, PartialModelParams, Task, TaskResult } from '@lumbo/model';
import { createSharedReplyBuffer, writeSharedReply } from '@lumbo/model/worker/shared-reply';
import type { SharedSolveReply } from '@lumbo/model/worker/api';
import { COARSE_GAIT_FRAMES, createModelClient, type ModelClientEvents, type SolveRequest, type WorkerConnection } from './model-client.ts';

/** A fake worker whose calls the test answers by hand. */
interface FakeCall {
  params: PartialModelParams;
  /** `gait` for simulateGait calls. */
  task: Task | 'gait';
  /** simulateGait's frames per cycle (undefined: the model's default, the full cycle). */
  frames?: number | undefined;
  /** simulateGait's named series (GaitCallOptions.continueFrom). */
  continueFrom?: string | undefined;
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
        simulateGait: (params, options) =>
          new Promise<GaitResult>((resolve, reject) => {
            w.calls.push({ params, task: 'gait', frames: options?.framesPerCycle, continueFrom: options?.continueFrom, resolve: (r) => resolve(r as GaitResult), reject });
          }),
        setTrial: () => Promise.resolve('trial-1'),
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
  const results: { id: number; channel: string; kind: string; marker: unknown; refining: boolean }[] = [];
  const events: ModelClientEvents = {
    result: (answer, request: SolveRequest, _elapsed, refining) =>
      results.push({
        id: request.id,
        channel: request.channel,
        kind: answer.kind,
        marker: answer.kind === 'static' ? answer.result.bodyWeightN : answer.gait.frames,
        refining,
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
const gait = { kind: 'gait' } as const;
/** A gait result tagged by its frame count (the only field the client's events read here). */
const gaitTagged = (frames: number) => ({ frames }) as unknown as GaitResult;
/** Answers a worker's calls in order as they come: a gait call with its own frame count, a static one with its call index. */
async function answerAll(w: ReturnType<typeof fakeWorld>, worker = 0): Promise<void> {
  for (let k = 0; k < w.workers[worker]!.calls.length; k++) {
    const c = w.workers[worker]!.calls[k]!;
    if (c.task === 'gait') c.resolve(gaitTagged(c.frames ?? 101));
    else c.resolve(resultTagged(k));
    await flush();
  }
}

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

  it('calls simulateGait for the gait task and hands back its result as a gait answer (coarse to fine off)', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait' });
    expect(w.workers[0]!.calls[0]!.task).toBe('gait');
    expect(w.workers[0]!.calls[0]!.frames).toBeUndefined();
    w.workers[0]!.calls[0]!.resolve(gaitTagged(101));
    await flush();
    expect(w.results).toEqual([{ id: 1, channel: 'main', kind: 'gait', marker: 101, refining: false }]);
    expect(w.workers[0]!.calls).toHaveLength(1);
  });

  it('has each figure continue its own series of gait cycles: the main figure from its last, the compare figure from its last', async () => {
    const w = fakeWorld();
    const client = createModelClient(w.events, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, { kind: 'gait' });
    client.request({}, { kind: 'gait' }, 'compare');
    w.workers[0]!.calls[0]!.resolve(gaitTagged(101));
    await flush();
    w.workers[0]!.calls[1]!.resolve(gaitTagged(101));
    await flush();
    expect(w.workers[0]!.calls.map((c) => c.continueFrom)).toEqual(['main', 'compare']);
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

  describe('coarse to fine in gait', () => {
    it('answers a main gait request first with the coarse cycle (refining), then the full one; busy until the full one', async () => {
      const w = fakeWorld();
      const client = createModelClient(w.events, { connect: w.connect });
      client.request({ subject: { massKg: 70 } }, gait);
      const calls = w.workers[0]!.calls;
      expect(calls[0]!.frames).toBe(COARSE_GAIT_FRAMES);
      calls[0]!.resolve(gaitTagged(COARSE_GAIT_FRAMES));
      await flush();
      expect(w.results).toEqual([{ id: 1, channel: 'main', kind: 'gait', marker: COARSE_GAIT_FRAMES, refining: true }]);
      expect(w.log.at(-1)).toBe('busy=true');
      // the full cycle for the same parameters follows at once
      expect(calls[1]!.frames).toBeUndefined();
      expect(calls[1]!.params).toEqual({ subject: { massKg: 70 } });
      calls[1]!.resolve(gaitTagged(101));
      await flush();
      expect(w.results.at(-1)).toEqual({ id: 1, channel: 'main', kind: 'gait', marker: 101, refining: false });
      expect(w.log.at(-1)).toBe('busy=false');
      expect(calls).toHaveLength(2);
    });

    it('skips the full solve of a request superseded while its coarse cycle was solving', async () => {
      const w = fakeWorld();
      const client = createModelClient(w.events, { connect: w.connect });
      client.request({ subject: { massKg: 70 } }, gait);
      client.request({ subject: { massKg: 71 } }, gait);
      const calls = w.workers[0]!.calls;
      calls[0]!.resolve(gaitTagged(COARSE_GAIT_FRAMES));
      await flush();
      // the newer request goes next, coarse; the older one is never solved in full
      expect(calls[1]!.params).toEqual({ subject: { massKg: 71 } });
      expect(calls[1]!.frames).toBe(COARSE_GAIT_FRAMES);
      await answerAll(w);
      expect(calls.map((c) => `${(c.params as { subject: { massKg: number } }).subject.massKg}:${c.frames ?? 'full'}`)).toEqual(['70:26', '71:26', '71:full']);
      expect(w.results.map((r) => `${r.id}:${r.marker}`)).toEqual(['1:26', '2:26', '2:101']);
    });

    it('drops the full cycle of a request superseded while it was solving: the screen never goes back to it', async () => {
      const w = fakeWorld();
      const client = createModelClient(w.events, { connect: w.connect });
      client.request({ subject: { massKg: 70 } }, gait);
      const calls = w.workers[0]!.calls;
      calls[0]!.resolve(gaitTagged(COARSE_GAIT_FRAMES));
      await flush();
      expect(calls[1]!.frames).toBeUndefined(); // request 1's full cycle is solving
      client.request({ subject: { massKg: 71 } }, gait);
      calls[1]!.resolve(gaitTagged(101));
      await flush();
      expect(w.results.map((r) => `${r.id}:${r.marker}`)).toEqual(['1:26']);
      await answerAll(w);
      expect(w.results.map((r) => `${r.id}:${r.marker}:${r.refining}`)).toEqual(['1:26:true', '2:26:true', '2:101:false']);
    });

    it('solves the compare figure in full, between the main coarse and full cycles', async () => {
      const w = fakeWorld();
      const client = createModelClient(w.events, { connect: w.connect });
      client.request({}, gait);
      client.request({ subject: { massKg: 80 } }, gait, 'compare');
      await answerAll(w);
      expect(w.results.map((r) => `${r.channel}:${r.marker}:${r.refining}`)).toEqual(['main:26:true', 'compare:101:false', 'main:101:false']);
    });

    it('uses no coarse step for static tasks', async () => {
      const w = fakeWorld();
      const client = createModelClient(w.events, { connect: w.connect });
      client.request({}, standing);
      await answerAll(w);
      expect(w.workers[0]!.calls).toHaveLength(1);
      expect(w.results.map((r) => r.refining)).toEqual([false]);
    });

    it('never delivers an older main request after a newer one, and ends on the latest request in full (random interleavings)', async () => {
      // a small deterministic pseudo-random schedule of requests and answers
      let seed = 7;
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      for (let run = 0; run < 40; run++) {
        const w = fakeWorld();
        const client = createModelClient(w.events, { connect: w.connect });
        let answeredCalls = 0;
        let lastId = client.request({ subject: { massKg: 49 } }, gait);
        for (let step = 0; step < 30; step++) {
          const calls = w.workers[0]!.calls;
          if ((rand() < 0.4 || answeredCalls >= calls.length) && step < 25) {
            lastId = client.request({ subject: { massKg: 50 + step } }, rand() < 0.8 ? gait : standing);
          } else if (answeredCalls < calls.length) {
            const c = calls[answeredCalls++]!;
            if (c.task === 'gait') c.resolve(gaitTagged(c.frames ?? 101));
            else c.resolve(resultTagged(101));
            await flush();
          }
        }
        for (let k = answeredCalls; k < w.workers[0]!.calls.length; k++) {
          const c = w.workers[0]!.calls[k]!;
          if (c.task === 'gait') c.resolve(gaitTagged(c.frames ?? 101));
          else c.resolve(resultTagged(101));
          await flush();
        }
        const main = w.results.filter((r) => r.channel === 'main');
        for (let k = 1; k < main.length; k++) {
          expect(main[k]!.id).toBeGreaterThanOrEqual(main[k - 1]!.id);
          // within one request: coarse before full, never full then coarse
          if (main[k]!.id === main[k - 1]!.id) expect([main[k - 1]!.refining, main[k]!.refining]).toEqual([true, false]);
        }
        expect(main.at(-1)).toMatchObject({ id: lastId, marker: 101, refining: false });
        expect(w.log.at(-1)).toBe('busy=false');
      }
    });
  });
});

describe('model client with a shared reply buffer (a cross-origin-isolated page)', () => {
  /** A fake worker with `solveShared`: the test rings the bell (writes the buffer) and answers the reply message by hand. */
  function sharedWorld() {
    const w = fakeWorld();
    const shared = createSharedReplyBuffer();
    const calls: { ticket: number; task: Task; reply(answer: SharedSolveReply): void; fail(error: unknown): void }[] = [];
    const connect = (): WorkerConnection => {
      const base = w.connect();
      return {
        ...base,
        shared,
        api: {
          ...base.api,
          solveShared: (_params, task, ticket) =>
            new Promise<SharedSolveReply>((reply, fail) => {
              calls.push({ ticket, task, reply, fail });
            }),
        },
      };
    };
    return { ...w, connect, shared, calls };
  }

  it('shows a static answer when the worker rings, without waiting for its reply message (Chromium holds that one after a key press)', async () => {
    const w = sharedWorld();
    const client = createModelClient({ ...w.events }, { connect: w.connect });
    const id = client.request({}, standing);
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]!.ticket).toBe(id);
    expect(writeSharedReply(w.shared, id, resultTagged(42))).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(w.results).toEqual([{ id, channel: 'main', kind: 'static', marker: 42, refining: false }]);
    // the reply message that follows changes nothing, and the next request goes out at once
    w.calls[0]!.reply({ shared: true });
    const next = client.request({ subject: { massKg: 80 } }, standing);
    await flush();
    expect(w.results).toHaveLength(1);
    expect(w.calls.map((c) => c.ticket)).toEqual([id, next]);
  });

  it('takes the answer from the reply message when the buffer could not carry it', async () => {
    const w = sharedWorld();
    const client = createModelClient({ ...w.events }, { connect: w.connect });
    const id = client.request({}, standing);
    w.calls[0]!.reply({ shared: false, result: resultTagged(7) });
    await flush();
    expect(w.results).toEqual([{ id, channel: 'main', kind: 'static', marker: 7, refining: false }]);
  });

  it('reads the buffer when the reply message says the answer is there before the waiter woke', async () => {
    const w = sharedWorld();
    const client = createModelClient({ ...w.events }, { connect: w.connect });
    const id = client.request({}, standing);
    writeSharedReply(w.shared, id, resultTagged(9));
    w.calls[0]!.reply({ shared: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(w.results).toEqual([{ id, channel: 'main', kind: 'static', marker: 9, refining: false }]);
  });

  it('reports bad input from the reply, as without the buffer', async () => {
    const w = sharedWorld();
    const client = createModelClient({ ...w.events }, { connect: w.connect });
    client.request({ subject: { massKg: 500 } }, standing);
    w.calls[0]!.fail(Object.assign(new Error('subject.massKg must be within [30, 200] kg, got 500'), { name: 'ModelParamsError' }));
    await flush();
    expect(w.results).toEqual([]);
    expect(w.log).toContain('input: subject.massKg must be within [30, 200] kg, got 500');
  });

  it('still solves gait through simulateGait', async () => {
    const w = sharedWorld();
    const client = createModelClient({ ...w.events }, { connect: w.connect, coarseGaitFrames: null });
    client.request({}, gait);
    expect(w.calls).toHaveLength(0);
    expect(w.workers[0]!.calls.map((c) => c.task)).toEqual(['gait']);
  });
});
