/** The Design for a scenario: its design section, or a single point when it has none. */
import type { Scenario } from '../../scenario/types.ts';
import { fieldIndex } from '../../scenario/param-vector.ts';
import { gridDesign } from './grid.ts';
import { latinHypercubeDesign } from './latin-hypercube.ts';
import { oneAtATimeDesign } from './one-at-a-time.ts';
import { randomDesign } from './random.ts';
import { saltelliDesign } from './saltelli.ts';
import type { Design } from './types.ts';

const SINGLE: Design = { type: 'single', factorPaths: [], pointCount: 1, pointValues: () => undefined };

export function buildDesign(scenario: Scenario): Design {
  const spec = scenario.design;
  if (!spec) return SINGLE;
  switch (spec.type) {
    case 'grid':
      return gridDesign(spec.factors);
    case 'one-at-a-time':
      return oneAtATimeDesign(spec.factors, spec.factors.map((f) => scenario.base[fieldIndex(f.path)]!));
    case 'random':
      return randomDesign(spec.factors, spec.samples, spec.seed);
    case 'latin-hypercube':
      return latinHypercubeDesign(spec.factors, spec.samples, spec.seed);
    case 'saltelli':
      return saltelliDesign(spec.factors, spec.samples, spec.seed);
  }
}
