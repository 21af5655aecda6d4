import { describe, expect, it } from 'vitest';
import { halfSectionFactorPerM, intradiscalPressureMPa, splitDiscCompression } from './lumbar-loads.ts';

const split = () => ({ leftN: 0, rightN: 0, asymmetryIndex: 0, liftOff: false });

describe('left/right split of disc compression (spec §5.3)', () => {
  it('gives the published half-section factors 34.9, 31.4 and 30.1 per metre for 48.6, 54.0 and 56.4 mm discs', () => {
    expect(halfSectionFactorPerM(0.0486)).toBeCloseTo(34.9, 1);
    expect(halfSectionFactorPerM(0.054)).toBeCloseTo(31.4, 1);
    expect(halfSectionFactorPerM(0.0564)).toBeCloseTo(30.1, 1);
  });

  it('shares compression equally without a lateral moment and conserves it with one', () => {
    const s = splitDiscCompression(800, 0, 0.054, split());
    expect(s.leftN).toBe(400);
    expect(s.asymmetryIndex).toBe(0);
    const t = splitDiscCompression(800, 3, 0.054, split());
    expect(t.leftN + t.rightN).toBeCloseTo(800, 9);
    expect(t.rightN).toBeGreaterThan(t.leftN);
    expect(t.asymmetryIndex).toBeCloseTo((t.rightN - t.leftN) / 800, 12);
  });

  it('puts everything on one half when the other would go into tension (lift-off)', () => {
    const s = splitDiscCompression(200, -10, 0.054, split());
    expect(s.rightN).toBe(0);
    expect(s.leftN).toBe(200);
    expect(s.liftOff).toBe(true);
    expect(s.asymmetryIndex).toBe(-1);
  });
});

describe('intradiscal pressure', () => {
  it('IDP = 1.5·C/A: 569 N on the 1707 mm² L4/L5 disc is 0.5 MPa', () => {
    expect(intradiscalPressureMPa(569, 3, 1)).toBeCloseTo(0.5, 2);
  });
});
