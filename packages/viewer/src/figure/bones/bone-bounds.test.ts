import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask } from '@lumbo/model';
import { readAnatomy } from '../anatomy.ts';
import { bodyBox } from '../motion/bounds.ts';
import { motionFromResult } from '../motion/motion.ts';
import { BONE_PARTS } from './bone-catalogue.ts';
import { BONE_EXTENTS, boneBox } from './bone-bounds.ts';
import { partMesh } from './build-asset.ts';
import { bounds } from './mesh-ops.ts';

const source = join(import.meta.dirname, '..', '..', '..', 'assets', 'opensim-geometry');

describe('the bone meshes\' space', () => {
  it('the extents table holds every mesh of its body, within 1 mm', () => {
    for (const [body, extent] of Object.entries(BONE_EXTENTS)) {
      const lo = [Infinity, Infinity, Infinity];
      const hi = [-Infinity, -Infinity, -Infinity];
      for (const part of BONE_PARTS.filter((p) => p.body === body)) {
        const b = bounds(partMesh(part, (f) => readFileSync(join(source, f), 'utf8')).positions);
        // a part mirrored onto its own body (the hemipelvis) also spans −z
        const mins = part.mirror === body ? [b.min[0]!, b.min[1]!, -b.max[2]!] : b.min;
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k]!, mins[k]!);
          hi[k] = Math.max(hi[k]!, b.max[k]!);
        }
      }
      for (let k = 0; k < 3; k++) {
        expect(extent.min[k]!, `${body} min ${k}`).toBeLessThanOrEqual(lo[k]!);
        expect(extent.min[k]!, `${body} min ${k}`).toBeGreaterThan(lo[k]! - 0.001);
        expect(extent.max[k]!, `${body} max ${k}`).toBeGreaterThanOrEqual(hi[k]!);
        expect(extent.max[k]!, `${body} max ${k}`).toBeLessThan(hi[k]! + 0.001);
      }
    }
  });

  it('reaches above the head landmark box (the skull) and below the floor line of the heels only by the soles', () => {
    const result = solveTask(compileModel(DEFAULT_PARAMS), { kind: 'standing' });
    const motion = motionFromResult(result);
    const s = readAnatomy(result.pose)!.s;
    const bones = boneBox(motion, s)!;
    const landmarks = bodyBox(motion, s)!;
    const head = result.pose.landmarks['head']!;
    // the skull's top is 13–18 cm above the model's head point (the centre of the drawn head)
    expect(bones.max.y - head.y).toBeGreaterThan(0.1);
    expect(bones.max.y - head.y).toBeLessThan(0.2);
    // feet stand on the floor: the soles' lowest point within 2 cm of y = 0
    expect(Math.abs(bones.min.y)).toBeLessThan(0.02);
    // the landmark box (for framing) is about as wide as the bones
    expect(bones.max.z - bones.min.z).toBeLessThan(landmarks.max.z - landmarks.min.z + 0.05);
  });
});
