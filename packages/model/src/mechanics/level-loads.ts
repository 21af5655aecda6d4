/**
 * Per-level loads from a solved static optimisation, into preallocated arrays
 * (used by every static task and by each gait frame).
 */
import type { Posture } from './posture.ts';
import type { StaticSolver } from './static-optimisation.ts';
import { CENTRE_LEVEL } from './equilibrium.ts';
import { SEGMENT_STIFFNESS_NM_PER_RAD } from './joint-passive.ts';
import { DISC_SHARE_OF_LATERAL_MOMENT, discWidthM, facetShare, intradiscalPressureMPa, splitDiscCompression, type DiscSplit } from './lumbar-loads.ts';

export interface LevelLoads {
  /** Segmental angles incl. the compliance rotation (rad), index 0 = L1/L2. */
  readonly angle: Float64Array;
  readonly bend: Float64Array;
  readonly compression: Float64Array;
  readonly apShear: Float64Array;
  readonly mlShear: Float64Array;
  readonly lateralMoment: Float64Array;
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly asymmetry: Float64Array;
  readonly idp: Float64Array;
  readonly facet: Float64Array;
  readonly disc: Float64Array;
  liftOff: boolean;
}

export function createLevelLoads(): LevelLoads {
  const a = () => new Float64Array(5);
  return {
    angle: a(), bend: a(), compression: a(), apShear: a(), mlShear: a(), lateralMoment: a(),
    left: a(), right: a(), asymmetry: a(), idp: a(), facet: a(), disc: a(), liftOff: false,
  };
}

const _force = new Float64Array(3);
const _moment = new Float64Array(3);
const _split: DiscSplit = { leftN: 0, rightN: 0, asymmetryIndex: 0, liftOff: false };

/** Net load (gravity/inertia + muscle tension) on group g's free body: force (world) and moment (group axes). */
export function netLoad(solver: StaticSolver, g: number, force: Float64Array, moment: Float64Array): void {
  const { loads, model } = solver;
  const E = model.elements.count;
  for (let k = 0; k < 3; k++) {
    force[k] = loads.gravityForce[g * 3 + k]!;
    moment[k] = loads.gravityMoment[g * 3 + k]!;
  }
  for (let i = 0; i < E; i++) {
    if (!loads.crosses[g * E + i]) continue;
    const F = solver.force(i);
    const o = (g * E + i) * 3;
    for (let k = 0; k < 3; k++) {
      force[k] = force[k]! + F * loads.unitForce[o + k]!;
      moment[k] = moment[k]! + F * loads.unitMoment[o + k]!;
    }
  }
}

function dot(frame: Float64Array, g: number, axis: number, v: Float64Array): number {
  return frame[g * 9 + axis * 3]! * v[0]! + frame[g * 9 + axis * 3 + 1]! * v[1]! + frame[g * 9 + axis * 3 + 2]! * v[2]!;
}

/** Fills `out` from the solver's last solution at `posture`. */
export function computeLevelLoads(solver: StaticSolver, posture: Posture, out: LevelLoads): LevelLoads {
  const g = solver.model.geometry;
  const qp = solver.qp;
  // compliance rotations: v = −K·δ on the free body above each level
  for (let k = 0; k < 5; k++) {
    out.angle[k] = posture.levelExtension[k]!;
    out.bend[k] = posture.levelBending[k]!;
  }
  for (let c = 0; c < solver.complianceRow.length; c++) {
    const row = solver.complianceRow[c]!;
    const k = solver.groups[solver.rowGroup[row]!]!.index;
    const v = qp.x[solver.complianceStart + c]!;
    if (solver.rowAxis[row] === 2) out.angle[k] = out.angle[k]! - v / (v < 0 ? SEGMENT_STIFFNESS_NM_PER_RAD.extension : SEGMENT_STIFFNESS_NM_PER_RAD.flexion);
    else out.bend[k] = out.bend[k]! - v / SEGMENT_STIFFNESS_NM_PER_RAD.lateralBending;
  }
  out.liftOff = false;
  for (let gi = 0; gi < solver.groups.length; gi++) {
    const grp = solver.groups[gi]!;
    if (grp.centre !== CENTRE_LEVEL) continue;
    const k = grp.index;
    netLoad(solver, gi, _force, _moment);
    const compression = -dot(solver.loads.frame, gi, 1, _force);
    out.compression[k] = compression;
    out.apShear[k] = dot(solver.loads.frame, gi, 0, _force);
    out.mlShear[k] = dot(solver.loads.frame, gi, 2, _force);
    const lateralMoment = SEGMENT_STIFFNESS_NM_PER_RAD.lateralBending * out.bend[k]!;
    out.lateralMoment[k] = lateralMoment;
    const f = facetShare(out.angle[k]!, g.neutralLevelAngle[k]!);
    out.facet[k] = f;
    const disc = (1 - f) * compression;
    out.disc[k] = disc;
    splitDiscCompression(disc, DISC_SHARE_OF_LATERAL_MOMENT * lateralMoment, discWidthM(k, g.lengthScale), _split);
    out.left[k] = _split.leftN;
    out.right[k] = _split.rightN;
    out.asymmetry[k] = _split.asymmetryIndex;
    out.liftOff ||= _split.liftOff;
    out.idp[k] = intradiscalPressureMPa(disc, k, g.lengthScale ** 2);
  }
  return out;
}
