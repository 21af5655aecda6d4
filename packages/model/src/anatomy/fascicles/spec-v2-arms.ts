/**
 * Reference moment arms of the trunk fascicle groups (spec-v2 §3 and §5 tables,
 * derived there from AnyBody AMMR nodes and Bogduk's fascicle anatomy [D]) and the
 * same quantities computed from our own paths (docs/model.md §4 "Trunk fascicles").
 *
 * The spec's arms are about the AMMR trunk axes (aligned with the pelvis frame in
 * standing); ours are about each level's own axes (the upper vertebra's, spec-v2 §0),
 * which lean with the lordosis by −15° (L5) to +19° (L1). `groupArms` reports both.
 */
import type { CompiledModel } from '../../params/compile.ts';
import { computePose, createPoseBuffers } from '../../mechanics/pose.ts';
import { neutralStanding } from '../../mechanics/targets.ts';
import * as B from '../../mechanics/bodies.ts';
import { TRUNK_SPECIFIC_TENSION_N_PER_CM2 } from '../trunk-constants.ts';
import { LEVEL_AXES, levelMomentArms, type LevelAxis } from './arms.ts';

export const FASCICLE_GROUPS = ['psoas', 'ILpl', 'LTpl', 'QL', 'MF'] as const;
export type FascicleGroup = (typeof FASCICLE_GROUPS)[number];

const MATCH: Record<FascicleGroup, RegExp> = {
  psoas: /^psoas_/,
  ILpl: /^es_ILpl_/,
  LTpl: /^es_LTpl_/,
  QL: /^ql_/,
  MF: /^mf_/,
};

/** [extension, lateral right, axial left] (cm) per level, L1/L2 … L5/S1, right side. */
type Table = readonly (readonly [number, number, number])[];

/** Spec-v2 §3: psoas, per newton of total one-side tension [D there]. */
const PSOAS: Table = [
  [-0.5, 0.8, 0.1],
  [-0.5, 1.5, 0.2],
  [-0.6, 2.6, 0.2],
  [-0.7, 3.7, -0.3],
  [-1.5, 4.6, 0.4],
];
/** Spec-v2 §5: PCSA-weighted mean over the fascicles crossing each level [D there]. */
const ILPL: Table = [
  [3.2, 3.6, 0.6],
  [3.6, 3.8, 0.3],
  [4.1, 4.1, 0.0],
  [4.5, 4.3, -0.6],
  [5.3, 5.2, -0.8],
];
const LTPL: Table = [
  [2.9, 3.0, 1.1],
  [3.2, 3.4, 1.1],
  [3.5, 4.1, 1.1],
  [3.6, 4.7, 0.7],
  [3.7, 4.9, -0.4],
];
const QL: Table = [
  [2.4, 4.7, 2.9],
  [2.1, 4.9, 3.0],
  [1.4, 5.7, 3.1],
  [0.3, 6.6, 3.0],
  [-1.1, 8.4, 2.6],
];
const MF: Table = [
  [4.0, -0.6, 1.7],
  [3.6, -0.5, 2.0],
  [3.4, 0.4, 2.2],
  [3.2, 1.2, 1.9],
  [3.1, 2.2, 1.8],
];
export const SPEC_V2_ARMS_CM: Readonly<Record<FascicleGroup, Table>> = { psoas: PSOAS, ILpl: ILPL, LTpl: LTPL, QL, MF };

/** Acceptance rule (issue 10 brief): signs agree where |spec| ≥ 1 cm; |ours − spec| ≤ max(1.5 cm, 40 % of |spec|). */
export function withinTolerance(oursCm: number, specCm: number): boolean {
  const signOk = Math.abs(specCm) < 1 || Math.sign(oursCm) === Math.sign(specCm);
  return signOk && Math.abs(oursCm - specCm) <= Math.max(1.5, 0.4 * Math.abs(specCm));
}

export interface GroupArms {
  /** Our level axes (the upper vertebra's), cm: [level][axis]. */
  readonly levelAxesCm: number[][];
  /** The same about the AMMR trunk (pelvis-aligned) axes, as the spec tables are, cm. */
  readonly specAxesCm: number[][];
}

/** PCSA (cm²) of element i, from its published force (PCSA × specific tension). */
function pcsaCm2(model: CompiledModel, i: number): number {
  return model.elements.passiveForceMax[i]! / (model.geometry.massScale * TRUNK_SPECIFIC_TENSION_N_PER_CM2);
}

/** Lean (rad, about z, + = back) of each level's upper body relative to the pelvis at `pose`. */
function levelLean(model: CompiledModel): number[] {
  const pose = createPoseBuffers(model.elements.pointCount);
  computePose(model.geometry, model.thoraxComAnteriorM, model.elements, neutralStanding(model.geometry), pose, false);
  const R = pose.R;
  const p = B.PELVIS * 9;
  return [0, 1, 2, 3, 4].map((k) => {
    const u = B.bodyAboveLevel(k) * 9;
    // upper body's y axis (column 1) against the pelvis x and y axes (columns 0 and 1)
    const yx = R[u + 1]! * R[p]! + R[u + 4]! * R[p + 3]! + R[u + 7]! * R[p + 6]!;
    const yy = R[u + 1]! * R[p + 1]! + R[u + 4]! * R[p + 4]! + R[u + 7]! * R[p + 7]!;
    return Math.atan2(-yx, yy);
  });
}

/**
 * Group moment arms of the right side at neutral standing: the psoas per newton of
 * its total one-side tension, the other groups as the PCSA-weighted mean over the
 * fascicles that cross each level (as the spec tables are defined).
 */
export function groupArms(model: CompiledModel, group: FascicleGroup): GroupArms {
  const t = model.elements;
  const arms = levelMomentArms(model, neutralStanding(model.geometry));
  const lean = levelLean(model);
  const members = [...Array(t.count).keys()].filter((i) => t.side[i] === 1 && MATCH[group].test(t.name[i]!));
  const total = members.reduce((s, i) => s + pcsaCm2(model, i), 0);
  const levelAxesCm: number[][] = [];
  const specAxesCm: number[][] = [];
  for (let k = 0; k < 5; k++) {
    const crossing = members.filter((i) => LEVEL_AXES.some((ax) => Math.abs(arms[ax][k]![i]!) > 1e-7));
    const w = group === 'psoas' ? total : crossing.reduce((s, i) => s + pcsaCm2(model, i), 0);
    const mean = (ax: LevelAxis) => (100 * crossing.reduce((s, i) => s + pcsaCm2(model, i) * arms[ax][k]![i]!, 0)) / w;
    const [e, l, a] = [mean('extension'), mean('lateral'), mean('axial')];
    levelAxesCm.push([e, l, a]);
    const c = Math.cos(lean[k]!), s = Math.sin(lean[k]!);
    // the pelvis x/y axes in the upper body's axes: x_p = c·x_b − s·y_b, y_p = s·x_b + c·y_b
    specAxesCm.push([e, c * l - s * a, s * l + c * a]);
  }
  return { levelAxesCm, specAxesCm };
}
