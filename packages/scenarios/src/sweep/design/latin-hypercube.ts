/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979): each factor's
 * range is cut into `samples` equal strata and every stratum is used exactly
 * once, in a random order per factor; within its stratum a point sits at a
 * uniform random position. The permutations come from stream −1 of the seed
 * (Fisher–Yates), the position of point i from stream i, so the design is the
 * same on every machine.
 */
import type { RangeFactor } from '../../scenario/types.ts';
import { createRandom } from '../prng.ts';
import type { Design } from './types.ts';

const PERMUTATION_STREAM = -1;

function permutation(size: number, random: ReturnType<typeof createRandom>): Uint32Array {
  const order = Uint32Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = random.nextInt(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export function latinHypercubeDesign(factors: readonly RangeFactor[], samples: number, seed: number): Design {
  const permutationRandom = createRandom(seed, PERMUTATION_STREAM);
  const strata = factors.map(() => permutation(samples, permutationRandom));
  return {
    type: 'latin-hypercube',
    factorPaths: factors.map((f) => f.path),
    pointCount: samples,
    pointValues(index, out) {
      const random = createRandom(seed, index);
      factors.forEach((f, k) => {
        const position = (strata[k]![index]! + random.nextFloat()) / samples;
        out[k] = f.min + position * (f.max - f.min);
      });
    },
  };
}
