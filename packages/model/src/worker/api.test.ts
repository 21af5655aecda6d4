import { describe, expect, it } from 'vitest';
import { compileModel, ModelParamsError, solveTask, TaskError, type Task } from '../index.ts';
import { createWorkerApi } from './api.ts';

describe('createWorkerApi (in process)', () => {
  it('answers ping with pong', async () => {
    await expect(createWorkerApi().ping()).resolves.toBe('pong');
  });

  it('solves a task for partial parameters like compileModel + solveTask', async () => {
    const params = { subject: { massKg: 82 } };
    const task: Task = { kind: 'single-leg-stance', side: 'right' };
    const viaApi = await createWorkerApi().solve(params, task);
    const direct = solveTask(compileModel(params), task);
    expect(viaApi.task).toEqual(task);
    expect(viaApi.bodyWeightN).toBeCloseTo(direct.bodyWeightN, 9);
    expect(viaApi.lumbar.levels.map((l) => l.level)).toEqual(direct.lumbar.levels.map((l) => l.level));
  });

  it('rejects out-of-range parameters with a ModelParamsError', async () => {
    await expect(createWorkerApi().solve({ subject: { massKg: 500 } }, { kind: 'standing' })).rejects.toBeInstanceOf(ModelParamsError);
  });

  it('rejects a malformed task with a TaskError', async () => {
    await expect(createWorkerApi().solve({}, { kind: 'cartwheel' } as unknown as Task)).rejects.toBeInstanceOf(TaskError);
  });
});
