/**
 * Reads the solved pose into the named points and frames the drawing needs.
 * Landmarks come first; where one is missing the point is placed from the
 * body frames, so a model that publishes fewer landmarks still draws.
 * Drawing-only offsets (iliac crest height, foot length…) are scaled with the
 * subject's thigh length and carry the [E] tag: estimates, not model data.
 */
import type { PoseResult } from '@lumbo/model';
import { combine, cross, length, lerp, normalize, reject, scale, sub, v, type Vec3 } from '../lib/vec.ts';

export interface Frame {
  readonly origin: Vec3;
  /** Unit axes: x anterior, y up the segment, z right. */
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}

export type SideKey = 'l' | 'r';
export const SIDE_KEYS: readonly SideKey[] = ['l', 'r'];
/** World z sign of each side (z points right). */
export const SIDE_SIGN: Record<SideKey, number> = { l: -1, r: 1 };

export interface LegPoints {
  readonly hip: Vec3;
  readonly knee: Vec3;
  readonly ankle: Vec3;
  readonly heel: Vec3;
  readonly toe: Vec3;
  /** Shank frame, for the foot's heading. */
  readonly shank: Frame;
}

export interface Anatomy {
  /** Drawing scale: thigh length over the reference 0.396 m (gait2392). */
  readonly s: number;
  readonly pelvis: Frame;
  readonly asis: Record<SideKey, Vec3>;
  readonly psis: Record<SideKey, Vec3>;
  /** Highest point of each iliac crest, pubic tubercle and ischial tuberosity. */
  readonly iliacCrest: Record<SideKey, Vec3>;
  readonly pubis: Record<SideKey, Vec3>;
  readonly ischium: Record<SideKey, Vec3>;
  readonly legs: Record<SideKey, LegPoints>;
  /** S1 endplate centre and its unit normal (up the spine; the y axis of the model's sacrum frame). */
  readonly s1: Vec3;
  readonly s1Normal: Vec3;
  /** Lower face of the L5/S1 disc (the sacral base as drawn) and the sacrum's tip. */
  readonly sacralBase: Vec3;
  readonly sacrumTip: Vec3;
  readonly thorax: Frame;
  /** Unit axis of the L1 body (its upper endplate normal), when the pose gives body frames. */
  readonly l1Axis: Vec3 | undefined;
  /** Thoracolumbar junction and the C7 spinous level, for the thoracic column. */
  readonly t12: Vec3;
  readonly c7: Vec3;
  readonly head: Vec3;
  readonly shoulders: Record<SideKey, Vec3>;
}

const REFERENCE_THIGH_M = 0.396;

function frameOf(pose: PoseResult, name: string): Frame | undefined {
  const body = pose.bodies.find((b) => b.name === name);
  if (!body) return undefined;
  const [x, y, z] = body.axes;
  return { origin: body.origin, x, y, z };
}

/** A world frame from an up direction and a rough right direction (orthonormalised). */
function frameFrom(origin: Vec3, up: Vec3, right: Vec3): Frame {
  const y = normalize(up);
  const z = normalize(reject(right, y), v(0, 0, 1));
  return { origin, x: cross(y, z), y, z };
}

export function local(f: Frame, x: number, y: number, z: number): Vec3 {
  return combine(f.origin, [f.x, x], [f.y, y], [f.z, z]);
}

/** Returns null when the pose has no hip centres (neither hip landmarks nor femur frames). */
export function readAnatomy(pose: PoseResult): Anatomy | null {
  const lm = pose.landmarks;
  const pelvisBody = frameOf(pose, 'pelvis');
  const hipL = lm['hip_l'] ?? frameOf(pose, 'femur_l')?.origin;
  const hipR = lm['hip_r'] ?? frameOf(pose, 'femur_r')?.origin;
  if (!hipL || !hipR) return null;

  const pelvis: Frame = pelvisBody ?? frameFrom(lerp(hipL, hipR, 0.5), v(0, 1, 0), sub(hipR, hipL));

  const leg = (k: SideKey, hip: Vec3): LegPoints => {
    const femur = frameOf(pose, `femur_${k}`);
    const tibia = frameOf(pose, `tibia_${k}`);
    const down = femur ? scale(femur.y, -1) : v(0, -1, 0);
    const knee = lm[`knee_${k}`] ?? tibia?.origin ?? combine(hip, [down, REFERENCE_THIGH_M]);
    const shankDown = tibia ? scale(tibia.y, -1) : normalize(sub(knee, hip));
    // gait2392: ankle 0.43 m below the knee for a 0.396 m thigh
    const ankle = lm[`ankle_${k}`] ?? combine(knee, [shankDown, length(sub(knee, hip)) * (0.43 / REFERENCE_THIGH_M)]);
    const shank = tibia ?? frameFrom(knee, sub(knee, ankle), pelvis.z);
    // [E] foot: heel 5 cm behind, toes 18 cm in front of the ankle, sole 5 cm below it
    const ls = length(sub(knee, hip)) / REFERENCE_THIGH_M;
    const heel = lm[`heel_${k}`] ?? combine(ankle, [shank.x, -0.05 * ls], [shank.y, -0.05 * ls]);
    const toe = lm[`toe_${k}`] ?? combine(ankle, [shank.x, 0.18 * ls], [shank.y, -0.05 * ls]);
    return { hip, knee, ankle, heel, toe, shank };
  };
  const legs = { l: leg('l', hipL), r: leg('r', hipR) };
  const s = length(sub(legs.r.knee, legs.r.hip)) / REFERENCE_THIGH_M || 1;

  // [E] pelvis landmarks in the gait2392 pelvis frame when the model gives none
  const asis = {
    l: lm['ASIS_l'] ?? local(pelvis, 0, 0, -0.125 * s),
    r: lm['ASIS_r'] ?? local(pelvis, 0, 0, 0.125 * s),
  };
  const psis = {
    l: lm['PSIS_l'] ?? local(pelvis, -0.15 * s, 0.035 * s, -0.04 * s),
    r: lm['PSIS_r'] ?? local(pelvis, -0.15 * s, 0.035 * s, 0.04 * s),
  };

  // the model centres the L5/S1 disc on its joint (the S1 landmark); the sacrum is drawn below the disc
  const s1Disc = pose.discs.find((d) => d.level === 'L5/S1');
  const s1 = lm['S1'] ?? s1Disc?.centre ?? local(pelvis, -0.1007 * s, 0.0815 * s, 0);
  // the S1 endplate normal: the model's sacrum frame (its y axis), else the L5/S1 disc's normal
  const sacrumFrame = frameOf(pose, 'sacrum');
  const s1Normal = sacrumFrame ? normalize(sacrumFrame.y) : s1Disc ? normalize(s1Disc.normal) : pelvis.y;
  const sacralBase = combine(s1, [s1Normal, -(s1Disc?.heightM ?? 0.015 * s) / 2]);
  const sacrumTip = lm['sacrumTip'] ?? combine(sacralBase, [s1Normal, -0.1 * s], [pelvis.x, -0.05 * s]);
  const sideLandmark = (name: string, k: SideKey, x: number, y: number, z: number) =>
    lm[`${name}_${k}`] ?? local(pelvis, x * s, y * s, SIDE_SIGN[k] * z * s);
  const both = (name: string, x: number, y: number, z: number) => ({
    l: sideLandmark(name, 'l', x, y, z),
    r: sideLandmark(name, 'r', x, y, z),
  });
  const iliacCrest = both('iliacCrest', -0.07, 0.105, 0.11);
  const pubis = both('pubis', 0, -0.085, 0.015);
  const ischium = both('ischium', -0.1, -0.13, 0.06);

  const l1 = frameOf(pose, 'L1');
  const thorax =
    frameOf(pose, 'thorax') ??
    (l1 ? { ...l1, origin: combine(l1.origin, [l1.y, 0.038 * s]) } : frameFrom(local(pelvis, -0.1 * s, 0.28 * s, 0), pelvis.y, pelvis.z));
  // [E] fallbacks as in the model's pose-output.ts
  const t12 = lm['T12'] ?? thorax.origin;
  const c7 = lm['C7'] ?? local(thorax, -0.03 * s, 0.2 * s, 0);
  const head = lm['head'] ?? local(thorax, 0, 0.36 * s, 0);
  const shoulders = {
    l: lm['shoulder_l'] ?? local(thorax, -0.02 * s, 0.19 * s, -0.19 * s),
    r: lm['shoulder_r'] ?? local(thorax, -0.02 * s, 0.19 * s, 0.19 * s),
  };

  const l1Axis = l1 ? normalize(l1.y) : undefined;
  return { s, pelvis, asis, psis, iliacCrest, pubis, ischium, legs, s1, s1Normal, sacralBase, sacrumTip, thorax, l1Axis, t12, c7, head, shoulders };
}

