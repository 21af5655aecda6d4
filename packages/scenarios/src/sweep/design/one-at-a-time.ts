/**
 * One factor at a time around a baseline (the scenario's own values): point 0
 * is the baseline; then, factor by factor as written, one point per value with
 * every other factor at its baseline. A value equal to the baseline is
 * skipped, because point 0 already is that point.
 */
import type { ListFactor } from '../../scenario/types.ts';
import type { Design } from './types.ts';

export function oneAtATimeDesign(factors: readonly ListFactor[], baseline: readonly number[]): Design {
  const steps: { factor: number; value: number }[] = [];
  factors.forEach((f, factor) => {
    for (const value of f.values) if (value !== baseline[factor]) steps.push({ factor, value });
  });
  return {
    type: 'one-at-a-time',
    factorPaths: factors.map((f) => f.path),
    pointCount: 1 + steps.length,
    pointValues(index, out) {
      baseline.forEach((v, k) => (out[k] = v));
      const step = index === 0 ? undefined : steps[index - 1];
      if (step) out[step.factor] = step.value;
    },
    variedFactor: (index) => (index === 0 ? 'baseline' : (factors[steps[index - 1]?.factor ?? 0]?.path ?? '')),
  };
}
