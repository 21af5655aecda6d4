/**
 * Full factorial grid. Point order is that of nested loops over the factors
 * as written, the last factor varying fastest, so a point's index decodes to
 * its values without building the grid.
 */
import type { ListFactor } from '../../scenario/types.ts';
import type { Design } from './types.ts';

export function gridDesign(factors: readonly ListFactor[]): Design {
  const sizes = factors.map((f) => f.values.length);
  const pointCount = sizes.reduce((n, s) => n * s, 1);
  return {
    type: 'grid',
    factorPaths: factors.map((f) => f.path),
    pointCount,
    pointValues(index, out) {
      let rest = index;
      for (let k = factors.length - 1; k >= 0; k--) {
        const size = sizes[k]!;
        out[k] = factors[k]!.values[rest % size]!;
        rest = Math.floor(rest / size);
      }
    },
  };
}
