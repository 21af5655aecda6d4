import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import type { Task } from '../result/types.ts';
import { solveTask, solveTaskValues } from './solve-task.ts';

const tasks: Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 40 },
  { kind: 'sitting' },
];

describe('solveTaskValues (what sweeps call)', () => {
  it('gives every number solveTask gives, for every task kind, and no drawing pose', () => {
    const params = { muscles: { gluteusMedius: { right: { strength: 0.3 } }, iliopsoas: { left: { tone: 0.1 } } } };
    for (const task of tasks) {
      const { pose, ...full } = solveTask(compileModel(params), task);
      const values = solveTaskValues(compileModel(params), task);
      expect(pose.muscles.length).toBeGreaterThan(0);
      expect('pose' in values).toBe(false);
      expect(values).toEqual(full);
    }
  });
});
