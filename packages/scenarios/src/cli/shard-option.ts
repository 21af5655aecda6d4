/**
 * `--shard K/N` → Shard (K counts from 1), with a one-line error for anything
 * else; `--shard auto` and `--shard auto/N` read K (and N) from the
 * scheduler's environment:
 *
 * - Slurm array jobs: K = (SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP + 1
 *   (MIN defaults to 0 and STEP to 1 when unset), N = SLURM_ARRAY_TASK_COUNT, so `--array=0-15`
 *   and `--array=1-16` both give shards 1…16;
 * - Kubernetes Indexed Jobs: K = JOB_COMPLETION_INDEX + 1 (it counts from 0), N from `auto/N`
 *   or LUMBO_SHARD_COUNT (Kubernetes does not expose the completion count).
 */
import type { Shard } from '../sweep/shard.ts';
import { CliUsageError } from './usage-error.ts';

const USAGE = '--shard expects K/N with 1 ≤ K ≤ N (shards are numbered from 1, e.g. 2/8), auto or auto/N';

function count(text: string): number {
  const n = Number(text);
  return /^\s*\d+\s*$/.test(text) && Number.isSafeInteger(n) && n >= 1 ? n : Number.NaN;
}

function integerVar(env: NodeJS.ProcessEnv, name: string, fallback?: number): number {
  const text = env[name];
  if (text === undefined || text.trim() === '') {
    if (fallback !== undefined) return fallback;
    throw new CliUsageError(`--shard auto needs ${name}, which is not set`);
  }
  const n = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(n)) throw new CliUsageError(`--shard auto: ${name} must be an integer, got ${JSON.stringify(text)}`);
  return n;
}

function autoShard(wantedCount: number | undefined, env: NodeJS.ProcessEnv): Shard {
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = integerVar(env, 'SLURM_ARRAY_TASK_ID');
    const min = integerVar(env, 'SLURM_ARRAY_TASK_MIN', 0);
    const step = integerVar(env, 'SLURM_ARRAY_TASK_STEP', 1);
    const n = integerVar(env, 'SLURM_ARRAY_TASK_COUNT');
    if (step < 1 || (id - min) % step !== 0) throw new CliUsageError(`--shard auto: SLURM_ARRAY_TASK_ID ${id} is not MIN ${min} plus a multiple of STEP ${step}`);
    const index = (id - min) / step + 1;
    if (wantedCount !== undefined && wantedCount !== n) {
      throw new CliUsageError(`--shard auto/${wantedCount} does not match SLURM_ARRAY_TASK_COUNT=${n}; drop /${wantedCount} or resize the array`);
    }
    if (n < 1 || index < 1 || index > n) {
      throw new CliUsageError(
        `--shard auto: SLURM_ARRAY_TASK_ID ${id} (MIN ${min}, STEP ${step}) gives shard ${index} of SLURM_ARRAY_TASK_COUNT ${n}; use a contiguous array such as --array=1-${Math.max(1, n)} (a %limit suffix is fine)`,
      );
    }
    return { index, count: n };
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const index = integerVar(env, 'JOB_COMPLETION_INDEX') + 1;
    const n = wantedCount ?? (env.LUMBO_SHARD_COUNT === undefined ? undefined : count(env.LUMBO_SHARD_COUNT));
    if (n === undefined) throw new CliUsageError('--shard auto with JOB_COMPLETION_INDEX needs the shard count: use --shard auto/N or set LUMBO_SHARD_COUNT (the Job\'s completions)');
    if (Number.isNaN(n)) throw new CliUsageError(`--shard auto: LUMBO_SHARD_COUNT must be an integer ≥ 1, got ${JSON.stringify(env.LUMBO_SHARD_COUNT)}`);
    if (index < 1 || index > n) throw new CliUsageError(`--shard auto: JOB_COMPLETION_INDEX ${index - 1} is outside 0…${n - 1} for ${n} shards`);
    return { index, count: n };
  }
  throw new CliUsageError(
    '--shard auto found neither a Slurm array job (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT) nor a Kubernetes Indexed Job (JOB_COMPLETION_INDEX); give --shard K/N instead',
  );
}

export function parseShard(text: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const auto = /^\s*auto\s*(?:\/\s*(\S+)\s*)?$/.exec(text);
  if (auto) {
    const wanted = auto[1] === undefined ? undefined : count(auto[1]);
    if (Number.isNaN(wanted)) throw new CliUsageError(`${USAGE}; the N of auto/N must be an integer ≥ 1, got ${JSON.stringify(text)}`);
    return autoShard(wanted, env);
  }
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(n) || n < 1 || !Number.isSafeInteger(index) || index < 1 || index > n) {
    throw new CliUsageError(`${USAGE}, got ${JSON.stringify(text)}`);
  }
  return { index, count: n };
}
