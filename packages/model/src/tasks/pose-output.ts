/**
 * World-space geometry of a solved posture for drawing (result.pose).
 * Landmark positions in body frames are [E] drawing aids scaled with height,
 * except hip, knee, ankle and the S1 endplate, which are the model's joints.
 */
import type { CompiledModel } from '../params/compile.ts';
import type { PoseResult, Vec3 } from '../result/types.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import { DISC_DEPTH_MM, DISC_HEIGHT_MM, DISC_WIDTH_MM, LEVELS } from '../anatomy/spine.ts';
import { massCentre, type PoseBuffers } from '../mechanics/pose.ts';
import * as B from '../mechanics/bodies.ts';

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

function toWorld(pose: PoseBuffers, body: number, p: Local, s: number, zSign = 1): Vec3 {
  const R = pose.R, o = pose.o;
  const x = p[0] * s, y = p[1] * s, z = p[2] * s * zSign;
  return {
    x: R[body * 9]! * x + R[body * 9 + 1]! * y + R[body * 9 + 2]! * z + o[body * 3]!,
    y: R[body * 9 + 3]! * x + R[body * 9 + 4]! * y + R[body * 9 + 5]! * z + o[body * 3 + 1]!,
    z: R[body * 9 + 6]! * x + R[body * 9 + 7]! * y + R[body * 9 + 8]! * z + o[body * 3 + 2]!,
  };
}

/** `pose` is the drawn posture (the solved one with compliance angles applied); forces come from `solver`. */
export function buildPoseOutput(model: CompiledModel, solver: StaticSolver, pose: PoseBuffers): PoseResult {
  const g = model.geometry;
  const s = g.lengthScale;
  const t = model.elements;
  const landmarks: Record<string, Vec3> = {};
  const sides = [
    ['l', -1, B.FEMUR_L, B.TIBIA_L],
    ['r', 1, B.FEMUR_R, B.TIBIA_R],
  ] as const;
  for (const [suffix, zSign, femur, tibia] of sides) {
    landmarks[`hip_${suffix}`] = vec(pose.o, femur * 3);
    landmarks[`knee_${suffix}`] = vec(pose.o, tibia * 3);
    landmarks[`ankle_${suffix}`] = toWorld(pose, tibia, [g.ankleInTibia[0] / s, g.ankleInTibia[1] / s, 0], s);
    landmarks[`toe_${suffix}`] = toWorld(pose, tibia, [0.18, g.ankleInTibia[1] / s - 0.05, 0.01 * zSign], s);
    landmarks[`heel_${suffix}`] = toWorld(pose, tibia, [-0.05, g.ankleInTibia[1] / s - 0.05, 0], s);
    for (const [name, p] of Object.entries(PELVIS_LANDMARKS)) landmarks[`${name}_${suffix}`] = toWorld(pose, B.PELVIS, p, s, zSign);
    // ASIS placed so the drawn ASIS–PSIS line has the reported clinical inclination
    const a = model.asisPsisNeutralRad + g.neutralPelvisTilt;
    landmarks[`PSIS_${suffix}`] = toWorld(pose, B.PELVIS, PSIS, s, zSign);
    landmarks[`ASIS_${suffix}`] = toWorld(
      pose,
      B.PELVIS,
      [PSIS[0] + ASIS_PSIS_LENGTH_M * Math.cos(a), PSIS[1] - ASIS_PSIS_LENGTH_M * Math.sin(a), 0.125],
      s,
      zSign,
    );
    landmarks[`shoulder_${suffix}`] = toWorld(pose, B.THORAX, SHOULDER, s, zSign);
  }
  landmarks.S1 = toWorld(pose, B.PELVIS, [g.backJoint[0] / s, g.backJoint[1] / s, 0], s);
  landmarks.sacrumTip = toWorld(pose, B.PELVIS, [-0.13, -0.06, 0], s);
  const vertebra = ['L1', 'L2', 'L3', 'L4', 'L5'];
  for (let k = 0; k < 5; k++) {
    const body = B.bodyAboveLevel(k);
    landmarks[vertebra[k]!] = toWorld(pose, body, [0, g.vertebraLength[k]! / s / 2, 0], s);
  }
  for (const [name, p] of Object.entries(THORAX_LANDMARKS)) landmarks[name] = toWorld(pose, B.THORAX, p, s);
  landmarks.thoraxCentre = vec(pose.com, B.THORAX * 3);

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

  const discs: PoseResult['discs'] = [];
  for (let k = 0; k < 5; k++) {
    const above = B.bodyAboveLevel(k);
    const below = B.bodyBelowLevel(k);
    const lowerR = below === B.PELVIS ? pose.sacrum : pose.R.subarray(below * 9, below * 9 + 9);
    const n = [0, 1, 2].map((r) => pose.R[above * 9 + r * 3 + 1]! + lowerR[r * 3 + 1]!);
    const nl = Math.hypot(n[0]!, n[1]!, n[2]!);
    const lat = [0, 1, 2].map((r) => pose.R[above * 9 + r * 3 + 2]! + lowerR[r * 3 + 2]!);
    const ll = Math.hypot(lat[0]!, lat[1]!, lat[2]!);
    discs.push({
      level: LEVELS[k]!,
      centre: vec(pose.o, above * 3),
      normal: { x: n[0]! / nl, y: n[1]! / nl, z: n[2]! / nl },
      lateral: { x: lat[0]! / ll, y: lat[1]! / ll, z: lat[2]! / ll },
      widthM: DISC_WIDTH_MM[k]! * 1e-3 * s,
      depthM: DISC_DEPTH_MM[k]! * 1e-3 * s,
      heightM: DISC_HEIGHT_MM[k]! * 1e-3 * s,
    });
  }

  const muscles: PoseResult['muscles'] = [];
  for (let i = 0; i < t.count; i++) {
    const points: Vec3[] = [];
    for (let p = t.pointStart[i]!; p < t.pointStart[i + 1]!; p++) points.push(vec(pose.points, p * 3));
    muscles.push({
      name: t.name[i]!,
      group: t.group[i]!,
      side: t.side[i] === 0 ? 'left' : 'right',
      points,
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
