/**
 * The Saltelli design for Sobol' indices (Saltelli et al. 2010, "Variance
 * based sensitivity analysis of model output", Comput. Phys. Commun. 181:259):
 * two independent base samples A and B of N points over the k factors, and k
 * matrices AB_i (A with its column i taken from B): N × (k + 2) points.
 *
 * Point order follows SALib's `saltelli.sample(…, calc_second_order=False)`,
 * so an output column (sorted by `row`, one task) can go straight to
 * `SALib.analyze.sobol.analyze`: for each base sample j, the points
 * A_j, AB_j^1, …, AB_j^k, B_j. Any point is computed on its own.
 *
 * A_j and B_j are pseudo-random, from stream j of the seeded generator
 * (../prng.ts: the first k uniforms are A_j, the next k are B_j), uniform
 * within each factor's range — not a quasi-random Sobol' sequence, so the
 * estimates converge as 1/√N; the bootstrap intervals in --summary say how far.
 */
import type { RangeFactor } from '../../scenario/types.ts';
import { createRandom } from '../prng.ts';
import type { Design } from './types.ts';

/** Which matrix point `index` belongs to: base sample j, and m = 0 (A), 1…k (AB_m), k + 1 (B). */
export function saltelliSlot(index: number, factorCount: number): { sample: number; slot: number } {
  return { sample: Math.floor(index / (factorCount + 2)), slot: index % (factorCount + 2) };
}

export function saltelliDesign(factors: readonly RangeFactor[], samples: number, seed: number): Design {
  const k = factors.length;
  const a = new Float64Array(k);
  const b = new Float64Array(k);
  return {
    type: 'saltelli',
    factorPaths: factors.map((f) => f.path),
    pointCount: samples * (k + 2),
    pointValues(index, out) {
      const { sample, slot } = saltelliSlot(index, k);
      const random = createRandom(seed, sample);
      for (let i = 0; i < k; i++) a[i] = random.nextFloat();
      for (let i = 0; i < k; i++) b[i] = random.nextFloat();
      factors.forEach((f, i) => {
        const fromB = slot === k + 1 || slot === i + 1;
        out[i] = f.min + (fromB ? b[i]! : a[i]!) * (f.max - f.min);
      });
    },
    variedFactor(index) {
      const { slot } = saltelliSlot(index, k);
      return slot === 0 ? 'A' : slot === k + 1 ? 'B' : factors[slot - 1]!.path;
    },
  };
}
