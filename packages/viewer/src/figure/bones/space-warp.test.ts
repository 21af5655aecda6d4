import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BONE_PARTS, PELVIS_WARP } from './bone-catalogue.ts';
import { partMesh } from './build-asset.ts';
import { warpJacobianDet, warpPoint } from './space-warp.ts';

const mm = (p: readonly number[], q: readonly number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!) * 1000;

describe('the posterior pelvis warp', () => {
  it('leaves the hip centres, the pubic symphysis, the ischial tuberosity and the ASIS where the pelvis fit put them', () => {
    // model hip centre (Rajagopal 2016, docs/model.md), symphysis, ischium and ASIS in the pelvis frame (m)
    for (const p of [[-0.0563, -0.0785, 0.0773], [-0.01, -0.085, 0.0], [-0.1, -0.115, 0.06], [0.0, 0.0, 0.12]]) {
      expect(mm(warpPoint(p[0]!, p[1]!, p[2]!, PELVIS_WARP), p)).toBeLessThan(1);
    }
  });

  it('raises the posterior iliac crest by centimetres (toward the model\'s paraspinal origins)', () => {
    const crest = [-0.12, 0.08, 0.065];
    const moved = warpPoint(crest[0]!, crest[1]!, crest[2]!, PELVIS_WARP);
    expect(moved[1] - crest[1]!).toBeGreaterThan(0.02);
  });

  it('is symmetric: the warp of a mirrored point is the mirrored warp', () => {
    for (const p of [[-0.12, 0.09, 0.05], [-0.1, 0.06, 0.0], [-0.14, 0.02, 0.03]]) {
      const r = warpPoint(p[0]!, p[1]!, p[2]!, PELVIS_WARP);
      const l = warpPoint(p[0]!, p[1]!, -p[2]!, PELVIS_WARP);
      expect(l[0]).toBeCloseTo(r[0], 10);
      expect(l[1]).toBeCloseTo(r[1], 10);
      expect(l[2]).toBeCloseTo(-r[2], 10);
    }
  });

  it('does not fold the pelvis or sacrum: Jacobian determinant above 0.4 at every vertex (the fit kept it above 0.5)', () => {
    const read = (file: string) => readFileSync(join(import.meta.dirname, '..', '..', '..', 'assets', 'opensim-geometry', file), 'utf8');
    let worst = Infinity;
    for (const part of BONE_PARTS.filter((p) => p.warp)) {
      // the mesh as placed before the warp
      const { warp: _warp, ...unwarped } = part;
      const m = partMesh(unwarped, read).positions;
      for (let i = 0; i < m.length; i += 3) worst = Math.min(worst, warpJacobianDet(m[i]!, m[i + 1]!, m[i + 2]!, PELVIS_WARP));
    }
    expect(worst).toBeGreaterThan(0.4);
  });
});
