/**
 * A hash of everything that decides a sweep's rows: preset and base
 * parameters, tasks, outputs, design (values, ranges, samples, seed),
 * derived expressions and columns; for a gait task on a lab's own trial, the
 * trial's fields and the SHA-256 of each of its files' text, so editing a
 * trial file changes the hash even under the same name (the parsed trial
 * itself is left out: the hashes stand for it). Cosmetic edits to the file
 * (comments, name, description, key order of equal content) keep it; any
 * change to the rows changes it, so `--resume` never mixes two sweeps.
 * It does not depend on the shard: every part of a sharded sweep carries the
 * same hash (plus its shard id K/N, stored beside it), which is how
 * `lumbo merge` knows the parts belong together.
 */
import { createHash } from 'node:crypto';
import type { ScenarioTask } from '../scenario/tasks.ts';
import type { SweepPlan } from './plan.ts';

/** A task as hashed: a trial's paths, options and content hashes, not its parsed samples; any other task as before (existing sweeps keep their hash). */
function taskDescription(task: ScenarioTask): unknown {
  if (task.kind !== 'gait' || task.trial === undefined) return task;
  const { parsed: _samples, ...trial } = task.trial;
  return { ...task, trial };
}

export function fingerprintOf(plan: SweepPlan): string {
  const { scenario } = plan;
  const description = {
    format: 2,
    preset: scenario.preset.id,
    base: Array.from(scenario.base),
    tasks: scenario.tasks.map(taskDescription),
    outputs: scenario.outputs.map((o) => o.path),
    design: scenario.design && {
      ...scenario.design,
      factors: scenario.design.factors.map(({ filePath: _where, ...factor }) => factor),
    },
    derived: scenario.derived.map((d) => [d.path, d.text]),
    columns: plan.columns.map((c) => c.name),
  };
  return createHash('sha256').update(JSON.stringify(description)).digest('hex');
}
