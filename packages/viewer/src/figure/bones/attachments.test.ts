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
 * The paraspinal and quadratus lumborum pelvic origins on bone (posterior
 * iliac crest, PSIS, dorsal S1), on the posterior pelvis as warped onto them
 * (PELVIS_WARP in bone-catalogue.ts; 33–41 mm before it, ≤ 10 mm after): 15 mm.
 * Their thoracic ends on the ribs (iliocostalis pars thoracica, quadratus
 * lumborum to the 12th rib) are [E] points on the coarse rib cage (5 mm
 * clustering): 20 mm.
 */
// gastrocnemius: the model lumps both heads into one origin on the midline between the femoral condyles
// (docs/model.md §9), about 2 cm from either condyle's surface
const TOLERANCE_M: Record<string, number> = { default: 0.012, gastrocnemius: 0.025, quadratusLumborum: 0.015, abdominals: 0.02, iliopsoas: 0.015, erectorSpinae: 0.015 };
const RIB_END_TOLERANCE_M = 0.02;
const onRibs = (name: string, end: number) => end === 1 && /^(es_ILpt|ql_rib12)_/.test(name);

/**
 * Ends that lie on soft tissue, not bone, so are not checked:
 * - the abdominals' upper ends are on the linea alba and the costal
 *   aponeuroses (3–5 cm in front of the drawn ribs);
 * - es_LTpt_sacral (longissimus thoracis pars thoracica, the seven lumped
 *   T6–T12 tendons): they join the erector spinae aponeurosis, a tendon
 *   sheet lying on the multifidus, 3–4 cm behind the dorsal sacrum (AMMR's
 *   node is on it: 35 mm from the sacrum);
 * - mf_MFtsL3Ligament: the superficial L3 fascicle ends in the dorsal
 *   sacroiliac ligament (AMMR names it so; 22 mm from the bone);
 * - mf_MFmL4Sacrum, mf_MFtsL4Sacrum, mf_MFtsL5Sacrum: the L4/L5 fascicles'
 *   lowest fibres insert on the deep surface of the erector spinae
 *   aponeurosis and the dorsal sacroiliac ligament over the sacrum, not on
 *   its dorsal surface (AMMR's nodes lie 26–37 mm dorsal to the sacrum).
 * Multifidus pelvic nodes are the fascicles' first points (the model lists
 * them bottom up), so "origin" here is the pelvic end.
 */
const SOFT_TISSUE_PELVIC_ENDS = new Set(['es_LTpt_sacral', 'mf_MFtsL3Ligament', 'mf_MFmL4Sacrum', 'mf_MFtsL4Sacrum', 'mf_MFtsL5Sacrum']);
const onSoftTissue = (group: string, name: string, end: number) =>
  (group === 'abdominals' && end === 1) || (end === 0 && SOFT_TISSUE_PELVIC_ENDS.has(name.replace(/_[lr]$/, '')));

function gaps(task: Task) {
  const result = solveTask(compileModel(DEFAULT_PARAMS), task);
  const soup = boneSoup(result.pose);
  return result.pose.muscles.flatMap((m) =>
    [m.points[0]!, m.points[m.points.length - 1]!].flatMap((p, end) => onSoftTissue(m.group, m.name, end) ? [] : [{
      muscle: `${m.name} ${m.side} ${end === 0 ? 'origin' : 'insertion'}`,
      group: m.group,
      toleranceM: onRibs(m.name, end) ? RIB_END_TOLERANCE_M : (TOLERANCE_M[m.group] ?? TOLERANCE_M.default!),
      gapM: distanceToSoup(p, soup),
    }]),
  );
}

describe('muscle attachments on the drawn bones', () => {
  for (const task of [{ kind: 'standing' }, { kind: 'trunk-flexion', angleDeg: 60 }] as Task[]) {
    it(`every origin and insertion lies on a bone surface within tolerance (${task.kind})`, { timeout: 120_000 }, () => {
      const all = gaps(task);
      for (const g of all) expect(g.gapM, g.muscle).toBeLessThanOrEqual(g.toleranceM);
      // every soft-tissue end named above exists (a renamed fascicle must not slip out of the check)
      const names = new Set(solveTask(compileModel(DEFAULT_PARAMS), task).pose.muscles.map((m) => m.name.replace(/_[lr]$/, '')));
      for (const n of SOFT_TISSUE_PELVIC_ENDS) expect(names.has(n), n).toBe(true);
      const hip = all.filter((g) => !['abdominals', 'quadratusLumborum', 'erectorSpinae'].includes(g.group)).map((g) => g.gapM).sort((a, b) => a - b);
      expect(hip.length).toBeGreaterThan(40);
      // half of the hip muscles' ends touch the surface to within 5 mm
      expect(hip[Math.floor(hip.length / 2)]!).toBeLessThan(0.005);
    });
  }
});
