/**
 * Converts AMMR-style attachment offsets into our body frames (docs/model.md §4,
 * "Trunk fascicles").
 *
 * The AMMR node offsets of spec-v2 §3/§5 are millimetres from the joint centre
 * below a vertebra in the AMMR trunk frame, which the spec takes as aligned with
 * the pelvis frame in standing [E]. Our lumbar bodies are tilted by the lordosis:
 * each lumbar body has its origin at the disc centre below it and its y axis along
 * the vertebra (mechanics/pose.ts). So an offset is scaled in y by our spacing over
 * the AMMR spacing (from AMMR's own joint nodes), then rotated into the body frame by the body's orientation
 * relative to the pelvis at the neutral standing posture of the reference subject
 * (PI 53°, the catalogue default). Points are fixed on their bodies after that, so
 * they move with the vertebra in every other posture.
 */
import type { BodyName, PathPointDef } from '../muscles.ts';
import { BACK_JOINT_M, HIP_CENTRE_R_M } from '../segments.ts';
import { LORDOSIS_SPLIT, VERTEBRA_LENGTH_M, neutralLordosisDeg, neutralPelvicTiltDeg } from '../spine.ts';

const DEG = Math.PI / 180;

export type TrunkBody = 'L5' | 'L4' | 'L3' | 'L2' | 'L1' | 'thorax';
/** Lumbar bodies from the bottom up. */
export const LUMBAR_BODIES = ['L5', 'L4', 'L3', 'L2', 'L1'] as const;
export type LumbarBody = (typeof LUMBAR_BODIES)[number];

/** Pelvic incidence the attachment frames are built at: the parameter catalogue's default (docs/model.md §3) [E]. */
export const LANDMARK_PELVIC_INCIDENCE_DEG = 53;

/**
 * AMMR joint-centre nodes (mm) in its common lumbar frame (LumbarNodes.any,
 * AnyBody/ammr; the same nodes the spec-v2 §3/§5 tables come from) [S]: the joint
 * below each body and T12/L1 above L1. Offsets are taken from the joint below.
 */
export const AMMR_LOWER_JOINT_NODE_MM: Readonly<Record<TrunkBody, readonly [number, number]>> = {
  L5: [43, -5], // L5SacrumJntNode
  L4: [50, 27], // L4L5JntNode
  L3: [50, 61], // L3L4JntNode
  L2: [44, 94], // L2L3JntNode
  L1: [34, 123], // L1L2JntNode
  thorax: [22, 154], // T12L1JntNode
};
/**
 * The L5/S1 joint for pelvic nodes: AMMR's L5–sacrum joint node (SacrumL5JntNode,
 * (43, −5) mm) [S]. AMMR's pelvis and sacrum frames coincide (both give the
 * pelvis–sacrum joint node as (27, −30) mm), and L5 articulates with the sacrum,
 * so pelvic nodes are offsets from this point; the pelvis file's separate
 * L5PelvisJntNode (58, −5) is not the joint L5 turns about [D]. With this reading
 * the ILpl and MF arms reproduce the spec-v2 §5 table to ≤ 0.5 cm (docs/model.md §4).
 */
export const AMMR_PELVIS_L5_JOINT_NODE_MM = [43, -5] as const;

const UPPER: Record<LumbarBody, TrunkBody> = { L5: 'L4', L4: 'L3', L3: 'L2', L2: 'L1', L1: 'thorax' };

/** AMMR vertebra height (m): distance between its joint nodes, 30.7–34.0 mm [D]. */
export function ammrSpacingM(body: LumbarBody): number {
  const a = AMMR_LOWER_JOINT_NODE_MM[body], b = AMMR_LOWER_JOINT_NODE_MM[UPPER[body]];
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / 1000;
}

/** Index into VERTEBRA_LENGTH_M (0 = L1/L2, whose upper body is L1) of each lumbar body. */
const LEVEL_OF_BODY: Record<LumbarBody, number> = { L1: 0, L2: 1, L3: 2, L4: 3, L5: 4 };

/** Our vertebra height over AMMR's, per body (the thorax uses L1's ratio for its T12 offsets) [E]. */
export function spacingRatio(body: TrunkBody): number {
  const b = body === 'thorax' ? 'L1' : body;
  return VERTEBRA_LENGTH_M[LEVEL_OF_BODY[b]]! / ammrSpacingM(b);
}

/** An AMMR node (mm, AMMR frame of `body`: the common lumbar frame, or AMMR's pelvis frame) as an offset from the joint below `body` [D]. */
export function nodeToOffsetMm(body: TrunkBody | 'pelvis', nodeMm: readonly [number, number, number]): [number, number, number] {
  const j = body === 'pelvis' ? AMMR_PELVIS_L5_JOINT_NODE_MM : AMMR_LOWER_JOINT_NODE_MM[body];
  return [nodeMm[0] - j[0], nodeMm[1] - j[1], nodeMm[2]];
}

/**
 * Orientation (rad, about z; + = the body's y axis leans back) of each trunk body
 * relative to the pelvis frame at neutral standing, and the position of the joint
 * centre below it in the pelvis frame (m). Same chain as mechanics/pose.ts and
 * anatomy/scaled-geometry.ts, at the reference size [D].
 */
function neutralChain(): { angle: Record<TrunkBody, number>; joint: Record<TrunkBody, readonly [number, number]> } {
  const pi = LANDMARK_PELVIC_INCIDENCE_DEG * DEG;
  const pt0 = Math.atan2(-(BACK_JOINT_M[0] - HIP_CENTRE_R_M[0]), BACK_JOINT_M[1] - HIP_CENTRE_R_M[1]);
  const ll = neutralLordosisDeg(LANDMARK_PELVIC_INCIDENCE_DEG) * DEG;
  const ss = pi - neutralPelvicTiltDeg(LANDMARK_PELVIC_INCIDENCE_DEG) * DEG;
  const angle = {} as Record<TrunkBody, number>;
  const joint = {} as Record<TrunkBody, readonly [number, number]>;
  let a = -(pi - pt0);
  let x = BACK_JOINT_M[0], y = BACK_JOINT_M[1];
  for (const body of LUMBAR_BODIES) {
    const k = LEVEL_OF_BODY[body];
    a += LORDOSIS_SPLIT[k]! * ll;
    angle[body] = a;
    joint[body] = [x, y];
    // next joint up: along this body's y axis (rotZ(a) maps (0, L) to (−L sin a, L cos a))
    x -= VERTEBRA_LENGTH_M[k]! * Math.sin(a);
    y += VERTEBRA_LENGTH_M[k]! * Math.cos(a);
  }
  angle.thorax = a - (ll - ss);
  joint.thorax = [x, y];
  return { angle, joint };
}

const CHAIN = neutralChain();

/** Neutral-standing orientation of each trunk body relative to the pelvis (rad). */
export const NEUTRAL_BODY_ANGLE_RAD: Readonly<Record<TrunkBody, number>> = CHAIN.angle;
/** Joint centre below each trunk body in the pelvis frame at neutral standing (m, x and y). */
export const LOWER_JOINT_IN_PELVIS_M: Readonly<Record<TrunkBody, readonly [number, number]>> = CHAIN.joint;

/** Offset (mm, AMMR trunk axes) from the joint centre below `body` → pelvis-frame position at neutral (m). */
export function ammrToPelvis(body: TrunkBody | 'pelvis', offsetMm: readonly [number, number, number]): [number, number, number] {
  if (body === 'pelvis') {
    return [BACK_JOINT_M[0] + offsetMm[0] / 1000, BACK_JOINT_M[1] + offsetMm[1] / 1000, offsetMm[2] / 1000];
  }
  const j = LOWER_JOINT_IN_PELVIS_M[body];
  const sy = spacingRatio(body);
  return [j[0] + offsetMm[0] / 1000, j[1] + (offsetMm[1] * sy) / 1000, offsetMm[2] / 1000];
}

/**
 * A path point from an AMMR offset (mm) from the joint centre below `body`, y scaled
 * by the spacing ratio, rotated into the body frame. `pelvis` offsets are from the
 * L5/S1 joint centre (our back joint) and are not scaled (the pelvis is not).
 */
export function ammrPoint(body: TrunkBody | 'pelvis', offsetMm: readonly [number, number, number]): PathPointDef {
  if (body === 'pelvis') return { body, p: ammrToPelvis('pelvis', offsetMm) };
  const sy = spacingRatio(body);
  const x = offsetMm[0] / 1000, y = (offsetMm[1] * sy) / 1000, z = offsetMm[2] / 1000;
  // body = rotZ(a) relative to the pelvis-aligned frame, so local = rotZ(−a)·offset
  const a = NEUTRAL_BODY_ANGLE_RAD[body];
  const c = Math.cos(a), s = Math.sin(a);
  return { body: body as BodyName, p: [c * x + s * y, -s * x + c * y, z] };
}
