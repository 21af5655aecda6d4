/**
 * Per-level loads from a solved static optimisation, into preallocated arrays
 * (used by every static task and by each gait frame).
 */
import type { Posture } from '../geometry/posture.ts';
import type { StaticSolver } from './static-optimisation.ts';
import { CENTRE_LEVEL } from './equilibrium.ts';
import { SEGMENT_STIFFNESS_NM_PER_RAD } from './joint-passive.ts';
import { discWidthM, intradiscalPressureMPa, splitDiscCompression, type DiscSplit } from './lumbar-loads.ts';
import { facetLoads, FACET_SPACING_M, type FacetLoads } from './facets.ts';

export interface LevelLoads {
  /** Segmental angles incl. the compliance rotation (rad), index 0 = L1/L2. */
  readonly angle: Float64Array;
  readonly bend: Float64Array;
  /** Axial rotation (rad, + = upper vertebra turns left). */
  readonly axial: Float64Array;
  /** Applied axial moment M_AR (N·m, + turns the upper vertebra left). */
  readonly axialMoment: Float64Array;
  readonly facetLeft: Float64Array;
  readonly facetRight: Float64Array;
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
    angle: a(), bend: a(), axial: a(), axialMoment: a(), facetLeft: a(), facetRight: a(), compression: a(), apShear: a(), mlShear: a(), lateralMoment: a(),
    left: a(), right: a(), asymmetry: a(), idp: a(), facet: a(), disc: a(), liftOff: false,
  };
}

const _force = new Float64Array(3);
const _moment = new Float64Array(3);
const _split: DiscSplit = { leftN: 0, rightN: 0, asymmetryIndex: 0, liftOff: false };
const _facets: FacetLoads = { leftN: 0, rightN: 0, axialLeftN: 0, axialRightN: 0, share: 0 };

/** Net load (gravity/inertia + muscle tension) on group g's free body: force (world) and moment (group axes). */
export function netLoad(solver: StaticSolver, g: number, force: Float64Array, moment: Float64Array): void {
  const { loads, model } = solver;
  const E = model.elements.count;
  const { unitForce, unitMoment } = loads;
  // each element's tension as StaticSolver.force gives it, its arrays read once
  const x = solver.qp.x, { activeForce, passiveForce } = solver.state;
  // sums in locals (the same additions in the same order as into force and moment)
  let fx = loads.gravityForce[g * 3]!, fy = loads.gravityForce[g * 3 + 1]!, fz = loads.gravityForce[g * 3 + 2]!;
  let mx = loads.gravityMoment[g * 3]!, my = loads.gravityMoment[g * 3 + 1]!, mz = loads.gravityMoment[g * 3 + 2]!;
  // only crossing elements act on the free body: walk the group's crossing list (ascending, as a scan would)
  const list = loads.crossing?.[g];
  const count = list ? list.length : E;
  for (let c = 0; c < count; c++) {
    const i = list ? list[c]! : c;
    if (!list && !loads.crosses[g * E + i]) continue;
    const F = x[i]! * activeForce[i]! + passiveForce[i]!;
    const o = (g * E + i) * 3;
    fx += F * unitForce[o]!;
    fy += F * unitForce[o + 1]!;
    fz += F * unitForce[o + 2]!;
    mx += F * unitMoment[o]!;
    my += F * unitMoment[o + 1]!;
    mz += F * unitMoment[o + 2]!;
  }
  force[0] = fx;
  force[1] = fy;
  force[2] = fz;
  moment[0] = mx;
  moment[1] = my;
  moment[2] = mz;
}

function dot(frame: Float64Array, g: number, axis: number, v: Float64Array): number {
  return frame[g * 9 + axis * 3]! * v[0]! + frame[g * 9 + axis * 3 + 1]! * v[1]! + frame[g * 9 + axis * 3 + 2]! * v[2]!;
}

/**
 * Fills `out` from the solver's last solution at `posture` (docs/model.md §6): the full 3-D reaction
 * of the free body above each level (gravity, inertia, every crossing muscle) gives compression C,
 * shears and the applied moments M_LB and M_AR; the facets take their part (facets.ts) and the disc's
 * compression is split over its elliptical section under what is left of M_LB.
 */
export function computeLevelLoads(solver: StaticSolver, posture: Posture, out: LevelLoads): LevelLoads {
  const g = solver.model.geometry;
  const ms = solver.passiveScale;
  const heightLoss = solver.model.discHeightLoss;
  const qp = solver.qp;
  // compliance rotations: v = −K·δ on the free body above each level
  for (let k = 0; k < 5; k++) {
    out.angle[k] = posture.levelExtension[k]!;
    out.bend[k] = posture.levelBending[k]!;
    out.axial[k] = posture.levelRotation[k]!;
  }
  for (let c = 0; c < solver.complianceRow.length; c++) {
    const row = solver.complianceRow[c]!;
    const k = solver.groups[solver.rowGroup[row]!]!.index;
    const v = qp.x[solver.complianceStart + c]!;
    // the settling angle uses the segment's linear (AMMR) stiffness, not the neutral-zone tangent,
    // which would turn a fraction of a newton-metre into degrees (docs/model.md §4)
    if (solver.rowAxis[row] === 2) out.angle[k] = out.angle[k]! - v / (ms * (v < 0 ? SEGMENT_STIFFNESS_NM_PER_RAD.extension : SEGMENT_STIFFNESS_NM_PER_RAD.flexion));
    else out.bend[k] = out.bend[k]! - v / (ms * SEGMENT_STIFFNESS_NM_PER_RAD.lateralBending);
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
    // applied moments: group axes 0 = frontal (bends right +), 1 = axial (turns left +)
    const lateralMoment = _moment[0]!;
    const axialMoment = _moment[1]!;
    out.lateralMoment[k] = lateralMoment;
    out.axialMoment[k] = axialMoment;
    facetLoads(compression, out.angle[k]! - g.neutralLevelAngle[k]!, lateralMoment, axialMoment, heightLoss, g.lengthScale, _facets);
    out.facetLeft[k] = _facets.leftN;
    out.facetRight[k] = _facets.rightN;
    out.facet[k] = _facets.share;
    // only the facets' parts along the disc axis relieve the disc; their torsion contact is transverse (§6.2)
    const disc = Math.max(0, compression) - _facets.axialLeftN - _facets.axialRightN;
    out.disc[k] = disc;
    // the facets' own left/right difference along the axis carries part of the lateral moment
    const discMoment = lateralMoment - ((_facets.axialRightN - _facets.axialLeftN) * FACET_SPACING_M * g.lengthScale) / 2;
    splitDiscCompression(disc, discMoment, discWidthM(k, g.lengthScale), _split);
    out.left[k] = _split.leftN;
    out.right[k] = _split.rightN;
    out.asymmetry[k] = _split.asymmetryIndex;
    out.liftOff ||= _split.liftOff;
    out.idp[k] = intradiscalPressureMPa(disc, k, g.lengthScale ** 2);
  }
  return out;
}
