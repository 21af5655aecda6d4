import { describe, expect, it } from 'vitest';
import { taskFromOptions, type TaskOptions } from './task-options.ts';
import { CliUsageError } from './usage-error.ts';

function usageMessage(options: TaskOptions): string {
  try {
    taskFromOptions(options);
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error('expected a CliUsageError');
}

describe('taskFromOptions', () => {
  it('builds each task from its options', () => {
    expect(taskFromOptions({ task: 'standing' })).toEqual({ kind: 'standing' });
    expect(taskFromOptions({ task: 'sitting' })).toEqual({ kind: 'sitting' });
    expect(taskFromOptions({ task: 'single-leg-stance', side: 'left' })).toEqual({ kind: 'single-leg-stance', side: 'left' });
    expect(taskFromOptions({ task: 'trunk-flexion', angle: '45' })).toEqual({ kind: 'trunk-flexion', angleDeg: 45 });
  });

  it('requires --task and lists the tasks', () => {
    const message = usageMessage({});
    expect(message).toContain('--task');
    expect(message).toContain('standing, single-leg-stance, trunk-flexion, sitting');
    expect(message).toContain('got nothing');
  });

  it('rejects an unknown task, naming it', () => {
    expect(usageMessage({ task: 'walking' })).toContain('got "walking"');
  });

  it('requires --side for single-leg stance', () => {
    const message = usageMessage({ task: 'single-leg-stance' });
    expect(message).toContain('--side');
    expect(message).toContain('"left" or "right"');
    expect(message).toContain('got nothing');
  });

  it('rejects a side that is neither left nor right', () => {
    expect(usageMessage({ task: 'single-leg-stance', side: 'both' })).toContain('got "both"');
  });

  it('requires a numeric --angle for trunk flexion', () => {
    expect(usageMessage({ task: 'trunk-flexion' })).toMatch(/^--angle .*\[0, 90\].*got nothing$/);
    expect(usageMessage({ task: 'trunk-flexion', angle: 'forty' })).toContain('got "forty"');
  });

  it('rejects a trunk-flexion angle outside 0–90 degrees, naming the value', () => {
    expect(usageMessage({ task: 'trunk-flexion', angle: '120' })).toMatch(/^--angle .*\[0, 90\].*got 120$/);
    expect(usageMessage({ task: 'trunk-flexion', angle: '-10' })).toMatch(/got -10$/);
  });

  it('rejects options that do not belong to the task', () => {
    expect(usageMessage({ task: 'standing', side: 'left' })).toContain('--side applies only to --task single-leg-stance');
    expect(usageMessage({ task: 'sitting', angle: '30' })).toContain('--angle applies only to --task trunk-flexion');
  });
});
