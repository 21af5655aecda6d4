/**
 * World-space geometry of a solved posture for drawing (result.pose).
 * Landmark positions in body frames are [E] drawing aids scaled with height,
 * except hip, knee, ankle and the S1 endplate, which are the model's joints.
 */
import type { CompiledModel } from './compile.ts';
import type { PoseResult, Vec3 } from '../result/types.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { DISC_DEPTH_MM, DISC_HEIGHT_MM, DISC_WIDTH_MM, LEVELS } from '../data/spine.ts';
import { massCentre, type PoseBuffers } from '../geometry/pose.ts';
import { transformPoint } from '../geometry/mat3.ts';
import * as B from '../geometry/bodies.ts';

type Local = readonly [number, number, number];

/** Landmarks in body frames (m, reference size; right side, left mirrors z) [E]. */
const PELVIS_LANDMARKS: Record<string, Local> = {
  iliacCrest: [-0.07, 0.105, 0.11],
  ischium: [-0.1, -0.13, 0.06],
  pubis: [0.0, -0.085, 0.015],
};
const THORAX_LANDMARKS: Record<string, Local> = {
  T12: [0, 0, 0],
  C7: [-0.03, 0.2, 0],
  head: [0.0, 0.36, 0],
  sternum: [0.09, 0.12, 0],
};
const SHOULDER: Local = [-0.02, 0.19, 0.19];
/** ASIS–PSIS segment length in the pelvis frame [E]. */
const ASIS_PSIS_LENGTH_M = 0.165;
const PSIS: Local = [-0.15, 0.035, 0.04];

function vec(a: Float64Array | number[], o = 0): Vec3 {
  return { x: a[o]!, y: a[o + 1]!, z: a[o + 2]! };
}

/** A landmark: a point fixed in a body frame (local coordinates already scaled), or a body's COM (local = null). */
export interface LandmarkSpec {
  readonly name: string;
  readonly body: number;
  readonly local: readonly [number, number, number] | null;
}

const specCache = new WeakMap<CompiledModel, readonly LandmarkSpec[]>();

/**
 * The landmark list of a model, in a fixed order (shared by static poses and gait frames). Built once per
 * compiled model and shared read-only: it depends on the model's geometry only.
 */
export function landmarkSpecs(model: CompiledModel): readonly LandmarkSpec[] {
  let specs = specCache.get(model);
  if (!specs) {
    specs = Object.freeze(buildLandmarkSpecs(model));
    specCache.set(model, specs);
  }
  return specs;
}

function buildLandmarkSpecs(model: CompiledModel): LandmarkSpec[] {
  const g = model.geometry;
  const s = g.lengthScale;
  const specs: LandmarkSpec[] = [];
  const at = (name: string, body: number, p: Local, zSign = 1, scale = s) =>
    specs.push({ name, body, local: [p[0] * scale, p[1] * scale, p[2] * scale * zSign] });
  const sides = [
    ['l', -1, B.FEMUR_L, B.TIBIA_L],
    ['r', 1, B.FEMUR_R, B.TIBIA_R],
  ] as const;
  // ASIS placed so the drawn ASIS–PSIS line has the reported clinical inclination
  const a = model.asisPsisNeutralRad + g.neutralPelvisTilt;
  for (const [suffix, zSign, femur, tibia] of sides) {
    at(`hip_${suffix}`, femur, [0, 0, 0]);
    at(`knee_${suffix}`, tibia, [0, 0, 0]);
    at(`ankle_${suffix}`, tibia, [g.ankleInTibia[0], g.ankleInTibia[1], 0], 1, 1);
    at(`toe_${suffix}`, tibia, [0.18 * s, g.ankleInTibia[1] - 0.05 * s, 0.01 * s * zSign], 1, 1);
    at(`heel_${suffix}`, tibia, [-0.05 * s, g.ankleInTibia[1] - 0.05 * s, 0], 1, 1);
    for (const [name, p] of Object.entries(PELVIS_LANDMARKS)) at(`${name}_${suffix}`, B.PELVIS, p, zSign);
    at(`PSIS_${suffix}`, B.PELVIS, PSIS, zSign);
    at(`ASIS_${suffix}`, B.PELVIS, [PSIS[0] + ASIS_PSIS_LENGTH_M * Math.cos(a), PSIS[1] - ASIS_PSIS_LENGTH_M * Math.sin(a), 0.125], zSign);
    at(`shoulder_${suffix}`, B.THORAX, SHOULDER, zSign);
  }
  at('S1', B.PELVIS, [g.backJoint[0], g.backJoint[1], 0], 1, 1);
  at('sacrumTip', B.PELVIS, [-0.13, -0.06, 0]);
  const vertebra = ['L1', 'L2', 'L3', 'L4', 'L5'];
  for (let k = 0; k < 5; k++) at(vertebra[k]!, B.bodyAboveLevel(k), [0, g.vertebraLength[k]! / 2, 0], 1, 1);
  for (const [name, p] of Object.entries(THORAX_LANDMARKS)) at(name, B.THORAX, p);
  specs.push({ name: 'thoraxCentre', body: B.THORAX, local: null });
  return specs;
}

/** World positions of the landmarks at `pose`, written to out[offset …] (3 per landmark). */
export function fillLandmarks(specs: readonly LandmarkSpec[], pose: PoseBuffers, out: Float64Array, offset = 0): void {
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const o = offset + i * 3;
    const b = spec.body;
    if (spec.local === null) {
      out[o] = pose.com[b * 3]!;
      out[o + 1] = pose.com[b * 3 + 1]!;
      out[o + 2] = pose.com[b * 3 + 2]!;
      continue;
    }
    transformPoint(out, o, pose.R, b * 9, pose.o, b * 3, spec.local[0], spec.local[1], spec.local[2]);
  }
}

/** Disc centre, normal and lateral axis of every level at `pose`, written to out[offset …] (9 per level). */
export function fillDiscFrames(pose: PoseBuffers, out: Float64Array, offset = 0): void {
  for (let k = 0; k < 5; k++) {
    const above = B.bodyAboveLevel(k);
    const below = B.bodyBelowLevel(k);
    // the lower body's axes read in place (a subarray view per level and frame is garbage in a gait cycle)
    const lowerR = below === B.PELVIS ? pose.sacrum : pose.R;
    const lo = below === B.PELVIS ? 0 : below * 9;
    const o = offset + k * 9;
    let nl = 0, ll = 0;
    for (let r = 0; r < 3; r++) {
      out[o + r] = pose.o[above * 3 + r]!;
      out[o + 3 + r] = pose.R[above * 9 + r * 3 + 1]! + lowerR[lo + r * 3 + 1]!;
      out[o + 6 + r] = pose.R[above * 9 + r * 3 + 2]! + lowerR[lo + r * 3 + 2]!;
      nl += out[o + 3 + r]! ** 2;
      ll += out[o + 6 + r]! ** 2;
    }
    nl = Math.sqrt(nl);
    ll = Math.sqrt(ll);
    for (let r = 0; r < 3; r++) {
      out[o + 3 + r] = out[o + 3 + r]! / nl;
      out[o + 6 + r] = out[o + 6 + r]! / ll;
    }
  }
}

/** `pose` is the drawn posture (the solved one with compliance angles applied); forces come from `solver`. */
export function buildPoseOutput(model: CompiledModel, solver: StaticSolver, pose: PoseBuffers): PoseResult {
  const g = model.geometry;
  const s = g.lengthScale;
  const t = model.elements;
  const specs = landmarkSpecs(model);
  const positions = new Float64Array(specs.length * 3);
  fillLandmarks(specs, pose, positions);
  const landmarks: Record<string, Vec3> = {};
  specs.forEach((spec, i) => (landmarks[spec.name] = vec(positions, i * 3)));

  const frame = (name: string, origin: Vec3, R: ArrayLike<number>, o: number) => ({
    name,
    origin,
    axes: [
      { x: R[o]!, y: R[o + 3]!, z: R[o + 6]! },
      { x: R[o + 1]!, y: R[o + 4]!, z: R[o + 7]! },
      { x: R[o + 2]!, y: R[o + 5]!, z: R[o + 8]! },
    ] as [Vec3, Vec3, Vec3],
  });
  const bodies = B.BODY_NAMES.map((name, b) => frame(name, vec(pose.o, b * 3), pose.R, b * 9));
  // the S1 endplate: its y axis is the endplate normal (sacral slope), origin at the endplate midpoint
  bodies.push(frame('sacrum', landmarks.S1!, pose.sacrum, 0));

  const discFrames = new Float64Array(45);
  fillDiscFrames(pose, discFrames);
  const discs: PoseResult['discs'] = LEVELS.map((level, k) => ({
    level,
    centre: vec(discFrames, k * 9),
    normal: vec(discFrames, k * 9 + 3),
    lateral: vec(discFrames, k * 9 + 6),
    widthM: DISC_WIDTH_MM[k]! * 1e-3 * s,
    depthM: DISC_DEPTH_MM[k]! * 1e-3 * s,
    heightM: DISC_HEIGHT_MM[k]! * 1e-3 * s,
  }));

  const muscles: PoseResult['muscles'] = [];
  for (let i = 0; i < t.count; i++) {
    const points: Vec3[] = [];
    const pointBodies: string[] = [];
    for (let p = t.pointStart[i]!; p < t.pointStart[i + 1]!; p++) {
      points.push(vec(pose.points, p * 3));
      pointBodies.push(B.BODY_NAMES[t.pointBody[p]!]!);
    }
    muscles.push({
      name: t.name[i]!,
      group: t.group[i]!,
      side: t.side[i] === 0 ? 'left' : 'right',
      points,
      pointBodies,
      activation: solver.qp.x[i]!,
      forceN: solver.force(i),
      maxForceN: t.activeForceMax[i]!,
      strength: t.strength[i]!,
    });
  }
  const com = new Float64Array(3);
  massCentre(pose, B.ALL_MASK, com);
  const mid = [0, 1, 2].map((k) => 0.5 * (pose.o[B.FEMUR_L * 3 + k]! + pose.o[B.FEMUR_R * 3 + k]!));
  return { landmarks, bodies, discs, muscles, centreOfMass: vec(com), hipAxisMidpoint: vec(mid) };
}
