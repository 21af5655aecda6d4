import { describe, expect, it } from 'vitest';
import { facetLoads, type FacetLoads } from './facets.ts';

const DEG = Math.PI / 180;
const out = (): FacetLoads => ({ leftN: 0, rightN: 0, axialLeftN: 0, axialRightN: 0, share: 0 });

describe('facet contact (docs/model.md §6.2)', () => {
  it('carries 16 % of the compression in neutral standing, split equally', () => {
    const f = facetLoads(1000, 0, 0, 0, 0, 1, out());
    expect(f.share).toBeCloseTo(0.16, 12);
    expect(f.leftN).toBeCloseTo(80, 9);
    expect(f.rightN).toBeCloseTo(80, 9);
  });

  it('unloads completely from 4° of flexion and loads more in extension, up to 35 % for a healthy disc', () => {
    expect(facetLoads(1000, -4 * DEG, 0, 0, 0, 1, out()).share).toBe(0);
    expect(facetLoads(1000, -10 * DEG, 0, 0, 0, 1, out()).share).toBe(0);
    expect(facetLoads(1000, 2 * DEG, 0, 0, 0, 1, out()).share).toBeCloseTo(0.24, 12);
    expect(facetLoads(1000, 20 * DEG, 0, 0, 0, 1, out()).share).toBeCloseTo(0.35, 12);
    expect(facetLoads(1000, 20 * DEG, 0, 0, 1, 1, out()).share).toBeCloseTo(0.7, 12);
  });

  it('presses the contralateral facet under axial torque and the ipsilateral one under lateral bending', () => {
    const turnLeft = facetLoads(1000, 0, 0, 2, 0, 1, out());
    expect(turnLeft.rightN).toBeGreaterThan(turnLeft.leftN);
    expect(turnLeft.rightN - turnLeft.leftN).toBeCloseTo(2 / 3 / 0.035, 6);
    const bendRight = facetLoads(1000, 0, 3, 0, 0, 1, out());
    expect(bendRight.rightN).toBeGreaterThan(bendRight.leftN);
  });

  it('takes torsion across the joint: the contralateral facet is pressed, the disc keeps its compression and lateral moment', () => {
    const still = facetLoads(1000, 0, 0, 0, 0, 1, out());
    const turnLeft = facetLoads(1000, 0, 0, 2, 0, 1, out());
    // nothing along the disc axis changes: the same compression share, split equally
    expect(turnLeft.axialLeftN).toBeCloseTo(still.axialLeftN, 12);
    expect(turnLeft.axialRightN).toBeCloseTo(still.axialRightN, 12);
    expect(turnLeft.share).toBeCloseTo(still.share, 12);
    // the ipsilateral facet gaps, it is not pulled
    expect(turnLeft.leftN).toBeCloseTo(still.leftN, 12);
    const turnRight = facetLoads(1000, 0, 0, -2, 0, 1, out());
    expect(turnRight.leftN - turnRight.rightN).toBeCloseTo(2 / 3 / 0.035, 6);
  });

  it('only pushes: a side that would pull is clamped to zero and the axial parts never exceed the compression', () => {
    const f = facetLoads(500, 0, 60, 0, 0, 1, out());
    expect(f.leftN).toBe(0);
    expect(f.axialLeftN + f.axialRightN).toBeLessThanOrEqual(500);
    const none = facetLoads(-50, 0, 0, 0, 0, 1, out());
    expect(none.leftN + none.rightN).toBe(0);
  });
});
