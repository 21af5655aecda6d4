/**
 * `StaticSolver.prepareGroups`: a caller that reads only some equations (gait's piriformis rotation reads one
 * hip, the first optimisation pass reads both hips' capacities) prepares only those, and must read the numbers
 * a full `prepare` gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../engine/compile.ts';
import { gaitSolver, HIP_GROUP } from '../gait/gait-solver.ts';
import { createPosture, type Posture } from '../geometry/posture.ts';
import { computePose, createPoseBuffers, pointsOfElements } from '../geometry/pose.ts';
import { crossingElements } from './equilibrium.ts';

const DEG = Math.PI / 180;

/** A gait-like posture: hips placed from hip angles, the pelvis and every lumbar level turned a little. */
function posture(a: { tilt: number; list: number; rot: number; flex: number; add: number; hipRot: number; knee: number; level: number }): Posture {
  const p = createPosture();
  p.legsFromHipAngles = true;
  p.pelvisTilt = a.tilt * DEG;
  p.pelvisList = a.list * DEG;
  p.pelvisRotation = a.rot * DEG;
  p.hipFlexion[0] = a.flex * DEG;
  p.hipFlexion[1] = -a.flex * DEG;
  p.hipAdduction[0] = a.add * DEG;
  p.hipAdduction[1] = -a.add * DEG;
  p.hipRotation[0] = a.hipRot * DEG;
  p.hipRotation[1] = -0.5 * a.hipRot * DEG;
  p.kneeFlexion[0] = a.knee * DEG;
  for (let k = 0; k < 5; k++) {
    p.levelExtension[k] = (a.level + k) * DEG;
    p.levelBending[k] = 0.3 * a.level * DEG;
    p.levelRotation[k] = -0.2 * a.level * DEG;
  }
  return p;
}

const postures = fc.record({
  tilt: fc.double({ min: -10, max: 25, noNaN: true }),
  list: fc.double({ min: -8, max: 8, noNaN: true }),
  rot: fc.double({ min: -10, max: 10, noNaN: true }),
  flex: fc.double({ min: -20, max: 40, noNaN: true }),
  add: fc.double({ min: -10, max: 10, noNaN: true }),
  hipRot: fc.double({ min: -20, max: 20, noNaN: true }),
  knee: fc.double({ min: 0, max: 60, noNaN: true }),
  level: fc.double({ min: -4, max: 4, noNaN: true }),
});

describe('preparing some equations of a solver', () => {
  const model = compileModel({ muscles: { piriformis: { right: { stiffness: 3 } }, iliopsoas: { left: { tightness: 0.8 } } } });
  const E = model.elements.count;

  it('gives each hip what a full prepare gives it: unit moments and forces, element states, joint passive moments', () => {
    for (const groups of [[HIP_GROUP[0]], [HIP_GROUP[1]], [...HIP_GROUP]]) {
      fc.assert(
        fc.property(postures, (a) => {
          const full = gaitSolver(model);
          full.prepare(posture(a));
          const saved = {
            unitMoment: full.loads.unitMoment.slice(),
            unitForce: full.loads.unitForce.slice(),
            frame: full.loads.frame.slice(),
            active: full.state.activeForce.slice(),
            passive: full.state.passiveForce.slice(),
            length: full.state.length.slice(),
            jointPassive: full.jointPassive.slice(),
          };
          // the same solver, first somewhere else, then only these groups at the posture
          full.prepare(posture({ ...a, flex: a.flex + 7, level: -a.level }));
          full.prepareGroups(posture(a), groups);
          for (const g of groups) {
            for (let k = 0; k < 9; k++) expect(full.loads.frame[g * 9 + k]).toBe(saved.frame[g * 9 + k]);
            for (const e of crossingElements(model.elements, full.groups[g]!.mask)) {
              for (let k = 0; k < 3; k++) {
                expect(full.loads.unitMoment[(g * E + e) * 3 + k]).toBe(saved.unitMoment[(g * E + e) * 3 + k]);
                expect(full.loads.unitForce[(g * E + e) * 3 + k]).toBe(saved.unitForce[(g * E + e) * 3 + k]);
              }
              expect(full.state.length[e]).toBe(saved.length[e]);
              expect(full.state.activeForce[e]).toBe(saved.active[e]);
              expect(full.state.passiveForce[e]).toBe(saved.passive[e]);
            }
          }
          expect(Array.from(full.jointPassive)).toEqual(Array.from(saved.jointPassive));
        }),
        { numRuns: 25 },
      );
    }
  });

  it('places only the path points of the elements asked for, each where a full pose puts it', () => {
    const t = model.elements;
    const hip = crossingElements(t, gaitSolver(model).groups[HIP_GROUP[1]]!.mask);
    const subset = pointsOfElements(t, hip);
    fc.assert(
      fc.property(postures, (a) => {
        const all = createPoseBuffers(t.pointCount), some = createPoseBuffers(t.pointCount);
        some.points.fill(Number.NaN);
        computePose(model.geometry, model.thoraxComAnteriorM, t, posture(a), all);
        computePose(model.geometry, model.thoraxComAnteriorM, t, posture(a), some, subset);
        const wanted = new Set<number>();
        for (const e of hip) for (let k = t.pointStart[e]!; k < t.pointStart[e + 1]!; k++) wanted.add(k);
        for (let k = 0; k < t.pointCount; k++) {
          for (let c = 0; c < 3; c++) {
            if (wanted.has(k)) expect(some.points[k * 3 + c]).toBe(all.points[k * 3 + c]);
            else expect(some.points[k * 3 + c]).toBeNaN();
          }
        }
        expect(Array.from(some.R)).toEqual(Array.from(all.R));
        expect(Array.from(some.com)).toEqual(Array.from(all.com));
      }),
      { numRuns: 20 },
    );
    expect(subset.index.length).toBeLessThan(t.pointCount); // a hip's muscles are a part of the model, not all of it
  });
});
