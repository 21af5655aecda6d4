import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeAsset } from './asset-format.ts';
import { BONE_PARTS } from './bone-catalogue.ts';
import { boneGeometries, simplified } from './bone-geometry.ts';
import { buildBoneAsset, partMesh } from './build-asset.ts';
import { bounds, signedVolume } from './mesh-ops.ts';

const source = join(import.meta.dirname, '..', '..', '..', 'assets', 'opensim-geometry');
const read = (file: string) => readFileSync(join(source, file), 'utf8');
const built = buildBoneAsset(read);

describe('the bone asset built from the OpenSim gait2392 meshes', () => {
  it('is compact: under 300 kB gzip for every bone of the figure', () => {
    expect(gzipSync(built.bytes).length).toBeLessThan(300 * 1024);
    expect(built.parts.map((p) => p.name)).toEqual(BONE_PARTS.map((p) => p.name));
  });

  it('decodes to the same meshes within the 16-bit quantisation step', () => {
    const { header, parts } = decodeAsset(built.bytes.buffer.slice(0) as ArrayBuffer);
    expect(header.attribution).toMatch(/Delp.*OpenSim.*CC BY 3\.0/);
    parts.forEach((p, i) => {
      const input = built.parts[i]!;
      const box = bounds(input.positions);
      const step = Math.max(...box.max.map((hi, k) => hi - box.min[k]!)) / 0xffff;
      let worst = 0;
      for (let k = 0; k < p.positions.length; k++) worst = Math.max(worst, Math.abs(p.positions[k]! - input.positions[k]!));
      expect(worst).toBeLessThanOrEqual(step);
      expect(Array.from(p.indices)).toEqual(Array.from(input.triangles));
      // normals stay unit length within the 8-bit step
      for (let v = 0; v < p.normals.length; v += 3) expect(Math.hypot(p.normals[v]!, p.normals[v + 1]!, p.normals[v + 2]!) / 127).toBeCloseTo(1, 1);
    });
  });

  it('faces every closed bone outward (positive enclosed volume), mirrored copies included', () => {
    for (const part of BONE_PARTS) expect(signedVolume(partMesh(part, read)), part.name).toBeGreaterThan(0);
    const g = boneGeometries(decodeAsset(built.bytes.buffer.slice(0) as ArrayBuffer).parts);
    for (const [body, geometry] of g.byBody) {
      const mesh = { positions: geometry.getAttribute('position').array as Float32Array, triangles: Uint32Array.from(geometry.index!.array) };
      expect(signedVolume(mesh), body).toBeGreaterThan(0);
    }
  });

  it('gives six bodies their meshes, the left leg and hemipelvis mirrored from the right', () => {
    const g = boneGeometries(decodeAsset(built.bytes.buffer.slice(0) as ArrayBuffer).parts);
    expect([...g.byBody.keys()].sort()).toEqual(['femur_l', 'femur_r', 'pelvis', 'thorax', 'tibia_l', 'tibia_r']);
    const r = g.byBody.get('femur_r')!.getAttribute('position');
    const l = g.byBody.get('femur_l')!.getAttribute('position');
    expect(l.count).toBe(r.count);
    expect(l.getZ(10)).toBeCloseTo(-r.getZ(10), 6);
    expect(l.getY(10)).toBeCloseTo(r.getY(10), 6);
  });

  it('gives the compare figure a simplified copy: about half the triangles, still closed and facing outward', () => {
    const parts = decodeAsset(built.bytes.buffer.slice(0) as ArrayBuffer).parts;
    const full = boneGeometries(parts);
    const coarse = boneGeometries(parts.map((p) => simplified(p, 0.01)));
    expect(coarse.triangles).toBeLessThan(full.triangles * 0.6);
    expect(coarse.triangles).toBeGreaterThan(full.triangles * 0.3);
    for (const [body, geometry] of coarse.byBody) {
      const mesh = { positions: geometry.getAttribute('position').array as Float32Array, triangles: Uint32Array.from(geometry.index!.array) };
      expect(signedVolume(mesh), body).toBeGreaterThan(0);
    }
  });

  it('keeps the thoracic spine, ribs and skull and drops the lumbar vertebrae (drawn by the viewer)', () => {
    const spine = partMesh(BONE_PARTS.find((p) => p.name === 'thoracic-and-cervical-spine')!, read);
    // in the thorax frame the T12/L1 disc centre is the origin: nothing of the spine hangs more than a vertebra below it
    expect(bounds(spine.positions).min[1]).toBeGreaterThan(-0.04);
    const skull = partMesh(BONE_PARTS.find((p) => p.name === 'skull')!, read);
    expect(bounds(skull.positions).max[1]).toBeGreaterThan(0.45);
  });

  it('rejects a file that is not ASCII PolyData with a message naming it', () => {
    expect(() => buildBoneAsset((f) => (f === 'pelvis.vtp' ? '<VTKFile/>' : read(f)))).toThrow(/pelvis\.vtp/);
  });
});
