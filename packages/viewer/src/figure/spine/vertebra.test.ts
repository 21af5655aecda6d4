import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask } from '@lumbo/model';
import { readAnatomy } from '../anatomy.ts';
import { dot, length, normalize } from '../../lib/vec.ts';
import { UNIT_VERTEBRA, VERTEBRA_REF } from './vertebra-geometry.ts';
import { vertebraPlacements } from './vertebra-placement.ts';

const pose = (task: Parameters<typeof solveTask>[1]) => solveTask(compileModel(DEFAULT_PARAMS), task).pose;

describe('the procedural lumbar vertebra', () => {
  it('has a body of the reference size with posterior elements behind it (spinous tip ~8 cm back, transverse tips ~4.5 cm out)', () => {
    const box = UNIT_VERTEBRA.boundingBox!;
    expect(box.max.x).toBeCloseTo(VERTEBRA_REF.depthM / 2, 3);
    expect(box.min.x).toBeLessThan(-0.08);
    expect(box.max.z).toBeGreaterThan(0.045);
    expect(box.min.z).toBeCloseTo(-box.max.z, 6);
    expect(UNIT_VERTEBRA.getAttribute('position').count).toBeLessThan(5000); // ≤ ~1700 triangles a vertebra
  });
});

describe('vertebra placements', () => {
  it('put L1–L5 each on its own body, filling the gap between its discs', () => {
    const p = pose({ kind: 'standing' });
    const placed = vertebraPlacements(p, readAnatomy(p)!.thorax.origin);
    expect(placed.map((v) => v.body)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
    for (const v of placed) {
      const body = p.bodies.find((b) => b.name === v.body)!;
      // the vertebra's axis is its body's own y axis, so per-level bends and rotations show
      expect(dot(normalize(v.placement.y), body.axes[1])).toBeCloseTo(1, 9);
      expect(dot(normalize(v.placement.z), body.axes[2])).toBeCloseTo(1, 9);
      const height = length(v.placement.y) * VERTEBRA_REF.heightM;
      expect(height).toBeGreaterThan(0.018);
      expect(height).toBeLessThan(0.032);
    }
    // L5 sits on the wider L5/S1 disc: a wider body than L1's
    expect(length(placed[4]!.placement.z)).toBeGreaterThan(length(placed[0]!.placement.z));
  });

  it('follow the lumbar flexion of a forward bend level by level', () => {
    const upright = pose({ kind: 'standing' });
    const bent = pose({ kind: 'trunk-flexion', angleDeg: 60 });
    const axis = (p: typeof upright, name: string) => normalize(vertebraPlacements(p, readAnatomy(p)!.thorax.origin).find((v) => v.body === name)!.placement.y);
    // L1 tips forward more than L5 (flexion accumulates up the spine)
    const tip = (name: string) => Math.acos(Math.min(1, dot(axis(upright, name), axis(bent, name))));
    expect(tip('L1')).toBeGreaterThan(tip('L5'));
    expect(axis(bent, 'L1').x).toBeGreaterThan(axis(upright, 'L1').x);
  });
});
