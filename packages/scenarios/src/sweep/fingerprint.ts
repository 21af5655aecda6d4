/**
 * A hash of everything that decides a sweep's rows: preset and base
 * parameters, tasks, outputs, design (values, ranges, samples, seed),
 * derived expressions and columns. Cosmetic edits to the file
 * (comments, name, description, key order of equal content) keep it; any
 * change to the rows changes it, so `--resume` never mixes two sweeps.
 * It does not depend on the shard: every part of a sharded sweep carries the
 * same hash (plus its shard id K/N, stored beside it), which is how
 * `lumbo merge` knows the parts belong together.
 */
import { createHash } from 'node:crypto';
import type { SweepPlan } from './plan.ts';

export function fingerprintOf(plan: SweepPlan): string {
  const { scenario } = plan;
  const description = {
    format: 2,
    preset: scenario.preset.id,
    base: Array.from(scenario.base),
    tasks: scenario.tasks,
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
