import { describe, expect, it } from 'vitest';
import { parseShard } from './shard-option.ts';

describe('--shard', () => {
  it('takes K/N as written', () => {
    expect(parseShard('3/8', {})).toEqual({ index: 3, count: 8 });
    expect(() => parseShard('0/8', {})).toThrow(/1 ≤ K ≤ N.*"0\/8"/);
    expect(() => parseShard('auto/x', {})).toThrow(/auto\/N must be an integer/);
  });

  describe('auto, in a Slurm array job', () => {
    it('counts shards from 1 whether the array starts at 0 or at 1', () => {
      expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '16' })).toEqual({ index: 1, count: 16 });
      expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '16', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '16' })).toEqual({ index: 16, count: 16 });
      expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 3, count: 4 });
    });

    it('follows a step (--array=0-30:10 is shards 1…4)', () => {
      expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '20', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '10', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 3, count: 4 });
    });

    it('refuses an array whose ids do not map onto 1…N, and an N that disagrees with auto/N', () => {
      expect(() => parseShard('auto', { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '2' })).toThrow(/gives shard 3 of SLURM_ARRAY_TASK_COUNT 2/);
      expect(() => parseShard('auto/8', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toThrow(/auto\/8 does not match SLURM_ARRAY_TASK_COUNT=4/);
      expect(() => parseShard('auto', { SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '4' })).toThrow(/SLURM_ARRAY_TASK_ID must be an integer, got "x"/);
      expect(() => parseShard('auto', { SLURM_ARRAY_TASK_ID: '1' })).toThrow(/needs SLURM_ARRAY_TASK_COUNT/);
    });
  });

  describe('auto, in a Kubernetes Indexed Job', () => {
    it('adds 1 to JOB_COMPLETION_INDEX and takes N from auto/N or LUMBO_SHARD_COUNT', () => {
      expect(parseShard('auto/16', { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 16 });
      expect(parseShard('auto', { JOB_COMPLETION_INDEX: '15', LUMBO_SHARD_COUNT: '16' })).toEqual({ index: 16, count: 16 });
    });

    it('needs the count, and an index inside it', () => {
      expect(() => parseShard('auto', { JOB_COMPLETION_INDEX: '2' })).toThrow(/--shard auto\/N or set LUMBO_SHARD_COUNT/);
      expect(() => parseShard('auto/4', { JOB_COMPLETION_INDEX: '4' })).toThrow(/JOB_COMPLETION_INDEX 4 is outside 0…3/);
    });
  });

  it('says which variables it looked for when neither scheduler set them', () => {
    expect(() => parseShard('auto', {})).toThrow(/neither a Slurm array job \(SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT\) nor a Kubernetes Indexed Job \(JOB_COMPLETION_INDEX\)/);
  });
});
