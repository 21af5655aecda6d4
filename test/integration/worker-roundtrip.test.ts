/**
 * The model in a real Node worker_threads Worker, booted the way the sweep
 * engine and scripts will boot it (createNodeModelWorker → tsx boot file →
 * node-expose.ts), compared with calling the model directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileModel, ModelParamsError, solveTask, type PartialModelParams, type Task } from '@lumbo/model';
import { createNodeModelWorker, type NodeModelWorker } from '@lumbo/model/worker';
import { firstDifference } from './support/deep-close.ts';

const TASKS: readonly Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'left' },
  { kind: 'trunk-flexion', angleDeg: 45 },
  { kind: 'sitting' },
];
const WEAK_RIGHT_ABDUCTORS: PartialModelParams = { muscles: { gluteusMedius: { right: { strength: 0.4 } } } };

describe('the model worker (Node worker_threads)', () => {
  let worker: NodeModelWorker;
  beforeAll(() => {
    worker = createNodeModelWorker();
  });
  afterAll(async () => {
    await worker.terminate();
  });

  it('answers ping once booted', async () => {
    await expect(worker.api.ping()).resolves.toBe('pong');
  });

  // the worker reuses its compiled model, whose solvers warm-start from the previous task, so the
  // numbers agree to round-off rather than bit for bit; names, shapes and non-numbers must be equal
  for (const task of TASKS) {
    it(`returns what a direct solveTask call returns for ${JSON.stringify(task)}`, async () => {
      expect(firstDifference(await worker.api.solve({}, task), solveTask(compileModel(), task))).toBeUndefined();
      expect(
        firstDifference(await worker.api.solve(WEAK_RIGHT_ABDUCTORS, task), solveTask(compileModel(WEAK_RIGHT_ABDUCTORS), task)),
      ).toBeUndefined();
    });
  }

  it('serves many calls with the same parameters (compiled once, cached)', async () => {
    const results = await Promise.all([0, 15, 30, 60].map((angleDeg) => worker.api.solve({}, { kind: 'trunk-flexion', angleDeg })));
    expect(results.map((r) => r.task)).toEqual([0, 15, 30, 60].map((angleDeg) => ({ kind: 'trunk-flexion', angleDeg })));
  });

  it('rejects bad parameters with the ModelParamsError name, message, path and received value', async () => {
    const tooStrong: PartialModelParams = { muscles: { gluteusMedius: { right: { strength: 2 } } } };
    const direct = (() => {
      try {
        compileModel(tooStrong);
      } catch (e) {
        return e as ModelParamsError;
      }
      throw new Error('compileModel accepted strength 2');
    })();
    await expect(worker.api.solve(tooStrong, { kind: 'standing' })).rejects.toMatchObject({
      name: 'ModelParamsError',
      message: direct.message,
      path: 'muscles.gluteusMedius.right.strength',
      received: 2,
    });
  });

  it('rejects a bad task with a TaskError', async () => {
    const bad = { kind: 'trunk-flexion', angleDeg: 200 } as Task;
    await expect(worker.api.solve({}, bad)).rejects.toMatchObject({ name: 'TaskError' });
  });

  it('keeps working after a rejected call', async () => {
    await expect(worker.api.ping()).resolves.toBe('pong');
  });
});

describe('a model worker that stops', () => {
  it('rejects a call in flight instead of leaving it pending forever', async () => {
    const worker = createNodeModelWorker();
    await worker.api.ping();
    const inFlight = worker.api.solve({}, { kind: 'standing' });
    await worker.terminate();
    await expect(inFlight).rejects.toThrow(/terminated/);
  });
});
