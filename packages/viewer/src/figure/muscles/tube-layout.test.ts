import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask } from '@lumbo/model';
import { motionFromResult } from '../motion/motion.ts';
import { muscleRadius } from '../motion/muscle-layout.ts';
import { createSampler } from '../motion/sampler.ts';
import { bellyProfile, layoutTubes, RINGS, SIDES, TRIANGLES_PER_TUBE, tubeOfFace, tubeScratch, VERTICES_PER_TUBE, writeTubes } from './tube-layout.ts';
import { muscleLabel, plainMuscleName } from './muscle-names.ts';

const result = solveTask(compileModel(DEFAULT_PARAMS), { kind: 'standing' });
const motion = motionFromResult(result);
const all = motion.pose.muscles.map((_, e) => e);

function built(elements = all) {
  const layout = layoutTubes(motion, elements);
  const positions = new Float32Array(layout.vertexCount * 3);
  const normals = new Float32Array(layout.vertexCount * 3);
  writeTubes(layout, createSampler(motion), tubeScratch(layout), positions, normals, () => 1);
  return { layout, positions, normals };
}

const ringCentre = (positions: Float32Array, tube: number, ring: number) => {
  const c = [0, 0, 0];
  for (let s = 0; s < SIDES; s++) for (let k = 0; k < 3; k++) c[k]! += positions[(tube * VERTICES_PER_TUBE + ring * SIDES + s) * 3 + k]! / SIDES;
  return c;
};
const ringRadius = (positions: Float32Array, tube: number, ring: number) => {
  const c = ringCentre(positions, tube, ring);
  const o = (tube * VERTICES_PER_TUBE + ring * SIDES) * 3;
  return Math.hypot(positions[o]! - c[0]!, positions[o + 1]! - c[1]!, positions[o + 2]! - c[2]!);
};

describe('muscle bellies', () => {
  it('are thin at the tendons and thickest in the middle', () => {
    expect(bellyProfile(0)).toBeCloseTo(bellyProfile(1), 9);
    expect(bellyProfile(0.5)).toBe(1);
    expect(bellyProfile(0.25)).toBeGreaterThan(bellyProfile(0.05));
    const { positions } = built();
    const mid = Math.floor(RINGS / 2);
    for (let k = 0; k < all.length; k++) expect(ringRadius(positions, k, mid)).toBeGreaterThan(2 * ringRadius(positions, k, 0));
  });

  it('run from the origin to the insertion of their model path', () => {
    const { positions } = built();
    motion.pose.muscles.forEach((m, k) => {
      const first = m.points[0]!;
      const last = m.points[m.points.length - 1]!;
      const a = ringCentre(positions, k, 0);
      const b = ringCentre(positions, k, RINGS - 1);
      expect(Math.hypot(a[0]! - first.x, a[1]! - first.y, a[2]! - first.z)).toBeLessThan(1e-6);
      expect(Math.hypot(b[0]! - last.x, b[1]! - last.y, b[2]! - last.z)).toBeLessThan(1e-6);
    });
  });

  it('are as thick as the square root of their maximum force: gluteus maximus thicker than piriformis', () => {
    const { layout } = built();
    const names = motion.pose.muscles.map((m) => `${m.name}`);
    const r = (name: string) => layout.radius[names.indexOf(name)]!;
    expect(r('glmax2_r')).toBeGreaterThan(r('piri_r'));
    // the weakest element of the model, whatever it is called
    const weakest = motion.pose.muscles.reduce((w, m, e) => (m.maxForceN < motion.pose.muscles[w]!.maxForceN ? e : w), 0);
    expect(r('glmax2_r') / layout.radius[weakest]!).toBeCloseTo(muscleRadius(motion.pose.muscles[names.indexOf('glmax2_r')]!.maxForceN) / muscleRadius(motion.pose.muscles[weakest]!.maxForceN), 6);
  });

  it('have outward unit normals and no twist (parallel transport keeps neighbouring rings aligned)', () => {
    const { positions, normals } = built();
    for (let k = 0; k < all.length; k++) {
      for (let r = 0; r < RINGS; r++) {
        const c = ringCentre(positions, k, r);
        for (let s = 0; s < SIDES; s++) {
          const o = (k * VERTICES_PER_TUBE + r * SIDES + s) * 3;
          const out = [positions[o]! - c[0]!, positions[o + 1]! - c[1]!, positions[o + 2]! - c[2]!];
          expect(Math.hypot(normals[o]!, normals[o + 1]!, normals[o + 2]!)).toBeCloseTo(1, 5);
          expect(out[0]! * normals[o]! + out[1]! * normals[o + 1]! + out[2]! * normals[o + 2]!).toBeGreaterThan(0);
        }
        if (r > 0) {
          const o0 = (k * VERTICES_PER_TUBE + (r - 1) * SIDES) * 3;
          const o1 = (k * VERTICES_PER_TUBE + r * SIDES) * 3;
          expect(normals[o0]! * normals[o1]! + normals[o0 + 1]! * normals[o1 + 1]! + normals[o0 + 2]! * normals[o1 + 2]!).toBeGreaterThan(0.5);
        }
      }
    }
  });

  it('face outward: every triangle turns counter-clockwise around its outward normal', () => {
    const { layout, positions, normals } = built([0]);
    const idx = layout.index;
    for (let t = 0; t < TRIANGLES_PER_TUBE; t++) {
      const [a, b, c] = [idx[t * 3]!, idx[t * 3 + 1]!, idx[t * 3 + 2]!];
      const u = [0, 1, 2].map((k) => positions[b * 3 + k]! - positions[a * 3 + k]!);
      const w = [0, 1, 2].map((k) => positions[c * 3 + k]! - positions[a * 3 + k]!);
      const n = [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!];
      expect(n[0]! * normals[a * 3]! + n[1]! * normals[a * 3 + 1]! + n[2]! * normals[a * 3 + 2]!).toBeGreaterThan(0);
    }
  });

  it('name the muscle under a raycast hit from its face index', () => {
    const { layout } = built();
    expect(tubeOfFace(0, layout)).toBe(0);
    expect(tubeOfFace(TRIANGLES_PER_TUBE * 3 + 5, layout)).toBe(3);
    expect(tubeOfFace(TRIANGLES_PER_TUBE * all.length, layout)).toBe(-1);
    expect(tubeOfFace(undefined, layout)).toBe(-1);
  });

  it('have a plain name and side for every element of the model', () => {
    for (const m of motion.pose.muscles) expect(plainMuscleName(m.name.replace(/_[lr]$/, '')), m.name).not.toBeNull();
    expect(muscleLabel('piri', 'piriformis', 'right')).toBe('Piriformis (right)');
    expect(muscleLabel('psoas_L3I_l', 'iliopsoas', 'left')).toBe('Psoas major, from the L3 body (left)');
    expect(muscleLabel('unknown', 'hamstrings', 'left')).toBe('Hamstrings (left)');
  });
});
