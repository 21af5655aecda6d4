/**
 * Refits PELVIS_WARP (src/figure/bones/bone-catalogue.ts) and prints the
 * bumps and the gaps before → after; run by hand when the model's pelvic
 * attachments or the pelvis fit change:
 *   node --import tsx scripts/fit-pelvis-warp.ts
 * A pattern search (coordinate steps, halved when none helps) over the
 * bumps' centres, shifts and radii, minimising the squared gaps above 3 mm of
 * the paraspinal and quadratus lumborum pelvic origins on bone, while every
 * other attachment's gap may grow by 0.5 mm at most, the iliac crest stays at
 * or below 135 mm (the model's L4 body), each shift stays under 1.3 σ and the
 * warp's Jacobian stays above 0.5 at every vertex. It starts from the current
 * bumps. Standing, right side (the warp is symmetric; attachments.test.ts
 * checks both sides in standing and in 60° flexion).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileModel, DEFAULT_PARAMS, solveTask } from '@lumbo/model';
import { BONE_PARTS, PELVIS_WARP, type BonePart } from '../src/figure/bones/bone-catalogue.ts';
import { partMesh } from '../src/figure/bones/build-asset.ts';
import { applyWarp, warpJacobianDet, type WarpBump } from '../src/figure/bones/space-warp.ts';
import { distanceToSoup } from '../src/figure/bones/surface-distance.ts';
import type { TriMesh } from '../src/figure/bones/mesh-ops.ts';

const source = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'opensim-geometry');
const read = (file: string) => readFileSync(join(source, file), 'utf8');
/** The soft-tissue pelvic ends of attachments.test.ts (reasons there): not pulled onto bone. */
const SOFT = new Set(['es_LTpt_sacral', 'mf_MFtsL3Ligament', 'mf_MFmL4Sacrum', 'mf_MFtsL4Sacrum', 'mf_MFtsL5Sacrum']);
const CREST_TOP_M = 0.135;

const unwarped = (name: string): TriMesh => {
  const { warp: _warp, ...part } = BONE_PARTS.find((p) => p.name === name)! as BonePart;
  return partMesh(part, read);
};
const hemi = unwarped('hemipelvis');
const sacrum = unwarped('sacrum');
const soupOf = (bumps: readonly WarpBump[]): Float64Array => {
  const out: number[] = [];
  for (const [m, zs] of [[applyWarp(hemi, bumps), 1], [applyWarp(hemi, bumps), -1], [applyWarp(sacrum, bumps), 1]] as [TriMesh, number][]) {
    for (const v of m.triangles) out.push(m.positions[v * 3]!, m.positions[v * 3 + 1]!, zs * m.positions[v * 3 + 2]!);
  }
  return Float64Array.from(out);
};

// the model's right-side attachments near the pelvis, in the pelvis frame at reference size (the pelvis is the root body)
const pose = solveTask(compileModel(DEFAULT_PARAMS), { kind: 'standing' }).pose;
const pelvis = pose.bodies.find((b) => b.name === 'pelvis')!;
const ends = pose.muscles.filter((m) => m.side === 'right').flatMap((m) =>
  [m.points[0]!, m.points[m.points.length - 1]!].map((p, end) => {
    const d = { x: p.x - pelvis.origin.x, y: p.y - pelvis.origin.y, z: p.z - pelvis.origin.z };
    const [ax, ay, az] = pelvis.axes;
    const local = { x: d.x * ax.x + d.y * ax.y + d.z * ax.z, y: d.x * ay.x + d.y * ay.y + d.z * ay.z, z: d.x * az.x + d.y * az.y + d.z * az.z };
    const name = m.name.replace(/_[lr]$/, '');
    const target = end === 0 && /^(es_|mf_|ql_)/.test(name) && !SOFT.has(name);
    return { name: `${name} ${end === 0 ? 'origin' : 'insertion'}`, local, target };
  }),
).filter((e) => Math.hypot(e.local.x, e.local.y, e.local.z) < 0.3 && !(e.name.endsWith('origin') && SOFT.has(e.name.split(' ')[0]!)));
const before = soupOf([]);
const baseGap = ends.map((e) => distanceToSoup(e.local, before));

const flat = (b: readonly WarpBump[]) => b.flatMap((x) => [...x.centre, ...x.shift, x.radiusM]);
const unflat = (v: number[]): WarpBump[] =>
  Array.from({ length: v.length / 7 }, (_, i) => ({
    centre: [v[i * 7]!, v[i * 7 + 1]!, Math.max(0.005, v[i * 7 + 2]!)],
    shift: [v[i * 7 + 3]!, v[i * 7 + 4]!, v[i * 7 + 5]!],
    radiusM: Math.min(0.06, Math.max(0.025, v[i * 7 + 6]!)),
  }));

function cost(bumps: readonly WarpBump[]): number {
  const soup = soupOf(bumps);
  let c = 0;
  ends.forEach((e, i) => {
    const g = distanceToSoup(e.local, soup);
    c += e.target ? Math.max(0, g - 0.003) ** 2 : 200 * Math.max(0, g - Math.max(baseGap[i]!, 0.005) - 0.0005) ** 2;
  });
  const h = applyWarp(hemi, bumps).positions;
  let top = -1;
  for (let i = 1; i < h.length; i += 3) top = Math.max(top, h[i]!);
  c += 50 * Math.max(0, top - CREST_TOP_M) ** 2;
  for (const m of [hemi, sacrum]) {
    for (let i = 0; i < m.positions.length; i += 3) c += Math.max(0, 0.5 - warpJacobianDet(m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!, bumps)) ** 2;
  }
  for (const b of bumps) c += 1e-4 * Math.hypot(...b.shift) ** 2 + 10 * Math.max(0, Math.hypot(...b.shift) - 1.3 * b.radiusM) ** 2;
  return c;
}

let x = flat(PELVIS_WARP);
let best = cost(PELVIS_WARP);
let step: number[] = x.map((_, i) => (i % 7 === 6 ? 0.005 : 0.01));
for (let it = 0; it < 60 && Math.max(...step) >= 5e-4; it++) {
  let improved = false;
  for (let i = 0; i < x.length; i++) {
    for (const dir of [1, -1]) {
      const y = x.slice();
      y[i]! += dir * step[i]!;
      const c = cost(unflat(y));
      if (c < best) [x, best, improved] = [y, c, true];
    }
  }
  if (!improved) step = step.map((s) => s / 2);
}
const bumps = unflat(x);
console.log(JSON.stringify(bumps.map((b) => ({ centre: b.centre.map((v) => +v.toFixed(4)), shift: b.shift.map((v) => +v.toFixed(4)), radiusM: +b.radiusM.toFixed(4) }))));
const after = soupOf(bumps);
ends.forEach((e, i) => {
  const g = distanceToSoup(e.local, after);
  if (e.target || Math.abs(g - baseGap[i]!) > 0.0005) console.log(`${e.name.padEnd(28)} ${(baseGap[i]! * 1e3).toFixed(1)} → ${(g * 1e3).toFixed(1)} mm`);
});
