/**
 * Seeded uniform random sampling: point i draws its values from its own
 * stream (seed, i), so any point can be generated alone and every machine
 * produces the same numbers (see ../prng.ts).
 */
import type { RangeFactor } from '../../scenario/types.ts';
import { createRandom } from '../prng.ts';
import type { Design } from './types.ts';

export function randomDesign(factors: readonly RangeFactor[], samples: number, seed: number): Design {
  return {
    type: 'random',
    factorPaths: factors.map((f) => f.path),
    pointCount: samples,
    pointValues(index, out) {
      const random = createRandom(seed, index);
      factors.forEach((f, k) => (out[k] = f.min + random.nextFloat() * (f.max - f.min)));
    },
  };
}
