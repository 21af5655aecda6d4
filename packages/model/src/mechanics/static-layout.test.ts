import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import { StaticSolver } from './static-optimisation.ts';
import { staticLayout } from './static-layout.ts';
import { bilateralGroups, singleLegGroups } from './groups.ts';
import { neutralStanding } from '../geometry/targets.ts';

describe('static-optimisation layout', () => {
  it('is shared between models of any strength and body size, while each solver keeps its own buffers', () => {
    const a = compileModel();
    const b = compileModel({ subject: { massKg: 95, heightM: 1.9 }, muscles: { gluteusMedius: { right: { strength: 0.2 } } } });
    expect(staticLayout(b.elements, bilateralGroups())).toBe(staticLayout(a.elements, bilateralGroups()));
    expect(staticLayout(a.elements, singleLegGroups(1))).not.toBe(staticLayout(a.elements, bilateralGroups()));
    const sa = new StaticSolver(a, bilateralGroups(), true);
    const sb = new StaticSolver(b, bilateralGroups(), true);
    expect(sa.qp.A).not.toBe(sb.qp.A);
    expect(sa.qp.lambda).not.toBe(sb.qp.lambda);
    expect(sa.loads.unitMoment).not.toBe(sb.loads.unitMoment);
  });

  it('leaves a solver’s result unchanged when another model solves in between', () => {
    const a = compileModel();
    const b = compileModel({ muscles: { iliopsoas: { left: { tone: 0.3 }, right: { tone: 0.3 } } } });
    const first = new StaticSolver(a, bilateralGroups(), true);
    first.evaluate(neutralStanding(a.geometry));
    const x1 = Float64Array.from(first.qp.x);
    new StaticSolver(b, bilateralGroups(), true).evaluate(neutralStanding(b.geometry));
    const again = new StaticSolver(a, bilateralGroups(), true);
    again.evaluate(neutralStanding(a.geometry));
    expect(Array.from(again.qp.x)).toEqual(Array.from(x1));
  });
});
