/**
 * The muscles' attachments sit on the bones drawn: every muscle's origin and
 * insertion (its first and last path point, from the model's answer) lies
 * within a few millimetres of a drawn bone surface — the OpenSim meshes
 * carried by their bodies and the procedural L1–L5 — in standing and in a
 * deep trunk flexion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask, type PoseResult, type Task } from '@lumbo/model';
import { readAnatomy } from '../anatomy.ts';
import { combine } from '../../lib/vec.ts';
import { UNIT_VERTEBRA } from '../spine/vertebra-geometry.ts';
import { vertebraPlacements } from '../spine/vertebra-placement.ts';
import { BONE_PARTS } from './bone-catalogue.ts';
import { partMesh } from './build-asset.ts';
import { distanceToSoup } from './surface-distance.ts';

const source = join(import.meta.dirname, '..', '..', '..', 'assets', 'opensim-geometry');
const read = (file: string) => readFileSync(join(source, file), 'utf8');
const meshes = BONE_PARTS.map((part) => ({ part, mesh: partMesh(part, read) }));

/** All drawn bone triangles in world coordinates for a pose. */
function boneSoup(pose: PoseResult): Float64Array {
  const anatomy = readAnatomy(pose)!;
  const s = anatomy.s;
  const out: number[] = [];
  const frame = (name: string) => pose.bodies.find((b) => b.name === name)!;
  for (const { part, mesh } of meshes) {
    for (const [body, zSign] of [[part.body, 1], ...(part.mirror ? [[part.mirror, -1]] : [])] as [string, number][]) {
      const f = frame(body);
      for (const v of mesh.triangles) {
        const p = combine(f.origin, [f.axes[0], mesh.positions[v * 3]! * s], [f.axes[1], mesh.positions[v * 3 + 1]! * s], [f.axes[2], zSign * mesh.positions[v * 3 + 2]! * s]);
        out.push(p.x, p.y, p.z);
      }
    }
  }
  const unit = UNIT_VERTEBRA.getAttribute('position');
  for (const { placement: pl } of vertebraPlacements(pose, anatomy.thorax.origin)) {
    for (let i = 0; i < unit.count; i++) {
      const p = combine(pl.centre, [pl.x, unit.getX(i)], [pl.y, unit.getY(i)], [pl.z, unit.getZ(i)]);
      out.push(p.x, p.y, p.z);
    }
  }
  return Float64Array.from(out);
}

/**
 * Allowed gap (m) between an attachment and the bone surface: 12 mm (the
 * low-poly gait2392 pelvis has 125 points a side; most ends are within
 * 5 mm). The external
 * oblique's lower end is the inguinal ligament running to the pubic
 * tubercle (gait2392's point lies on the ligament, in front of the bone): 20 mm.
 * The psoas slips start on the sides of the procedural vertebral bodies ([E]
 * shape, 90 % of the disc's outline): 15 mm.
 * Known gap: the model's v2 erector spinae, multifidus and quadratus lumborum pelvic origins
 * (dorsal sacrum, sacroiliac ligaments, thoracolumbar fascia, posterior iliac
 * crest) lie 1–4.4 cm from gait2392's small sacrum and ilium; the sacrum fit
 * predates them and needs redoing against them. Until then: 45 mm.
 */
// gastrocnemius: the model lumps both heads into one origin on the midline between the femoral condyles
// (docs/model.md §9), about 2 cm from either condyle's surface
const TOLERANCE_M: Record<string, number> = { default: 0.012, gastrocnemius: 0.025, quadratusLumborum: 0.045, abdominals: 0.02, iliopsoas: 0.015, erectorSpinae: 0.045 };

/**
 * The abdominals' upper ends are on the linea alba and the costal
 * aponeuroses (soft tissue, 3–5 cm in front of the drawn ribs), so only
 * their pelvic ends are checked.
 */
const onSoftTissue = (group: string, end: number) => group === 'abdominals' && end === 1;

function gaps(task: Task) {
  const result = solveTask(compileModel(DEFAULT_PARAMS), task);
  const soup = boneSoup(result.pose);
  return result.pose.muscles.flatMap((m) =>
    [m.points[0]!, m.points[m.points.length - 1]!].flatMap((p, end) => onSoftTissue(m.group, end) ? [] : [{
      muscle: `${m.name} ${m.side} ${end === 0 ? 'origin' : 'insertion'}`,
      group: m.group,
      gapM: distanceToSoup(p, soup),
    }]),
  );
}

describe('muscle attachments on the drawn bones', () => {
  for (const task of [{ kind: 'standing' }, { kind: 'trunk-flexion', angleDeg: 60 }] as Task[]) {
    it(`every origin and insertion lies on a bone surface within tolerance (${task.kind})`, { timeout: 120_000 }, () => {
      const all = gaps(task);
      for (const g of all) expect(g.gapM, g.muscle).toBeLessThanOrEqual(TOLERANCE_M[g.group] ?? TOLERANCE_M.default!);
      const hip = all.filter((g) => !['abdominals', 'quadratusLumborum', 'erectorSpinae'].includes(g.group)).map((g) => g.gapM).sort((a, b) => a - b);
      expect(hip.length).toBeGreaterThan(40);
      // half of the hip muscles' ends touch the surface to within 5 mm
      expect(hip[Math.floor(hip.length / 2)]!).toBeLessThan(0.005);
    });
  }
});
