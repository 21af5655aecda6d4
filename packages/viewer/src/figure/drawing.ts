/**
 * The figure's shapes, built once per model answer from its frame-0 pose as
 * plain data (pure, unit-tested): each bone part is attached to the model
 * body it moves with, so a gait cycle animates them by body transforms
 * alone (motion/rigid.ts). Muscles, discs and force arrows change shape per
 * frame and are laid out in motion/.
 */
import type { PoseResult } from '@lumbo/model';
import type { Attached } from './motion/rigid.ts';
import { readAnatomy, type Anatomy } from './anatomy.ts';
import { legShapes, type LegShapes } from './legs-shape.ts';
import { pelvisShapes, type PelvisShapes } from './pelvis-shape.ts';
import type { Placement } from './placement.ts';
import { spineShapes, type SpineShapes } from './spine-shape.ts';
import { trunkShapes, type TrunkShapes } from './trunk-shape.ts';
import { v, type Vec3 } from '../lib/vec.ts';

export interface Drawing {
  readonly anatomy: Anatomy;
  readonly legs: LegShapes;
  readonly pelvis: PelvisShapes;
  readonly spine: SpineShapes;
  readonly trunk: TrunkShapes;
  /** A seat under the ischia when the task is sitting (the model has no seat of its own). */
  readonly seat: Placement | null;
}

/** The bone parts grouped by the unit primitive that draws them (one instanced mesh each). */
export interface BoneGroups {
  readonly rods: Attached[];
  readonly balls: Attached[];
  readonly blocks: Attached[];
  readonly cones: Attached[];
  readonly rings: Attached[];
  readonly rims: Attached[];
  /** Iliac wings: closed loops in world coordinates of frame 0, moving with the pelvis. */
  readonly wings: Vec3[][];
}

/** [E] a 40 × 40 cm seat whose top touches the lower ischial tuberosity (the model puts the hips at chair height). */
function seatUnder(a: Anatomy): Placement | null {
  const top = Math.min(a.ischium.l.y, a.ischium.r.y) - 0.004;
  if (!(top > 0.05)) return null;
  const x = (a.ischium.l.x + a.ischium.r.x) / 2 + 0.08 * a.s;
  return { centre: v(x, top / 2, 0), x: v(0.4 * a.s, 0, 0), y: v(0, top, 0), z: v(0, 0, 0.4 * a.s) };
}

export function buildDrawing(pose: PoseResult, options: { sitting?: boolean } = {}): Drawing | null {
  const anatomy = readAnatomy(pose);
  if (!anatomy) return null;
  return {
    anatomy,
    legs: legShapes(anatomy),
    pelvis: pelvisShapes(anatomy),
    spine: spineShapes(anatomy, pose),
    trunk: trunkShapes(anatomy),
    seat: options.sitting ? seatUnder(anatomy) : null,
  };
}

export function boneGroups(d: Drawing): BoneGroups {
  const { legs, pelvis, spine, trunk } = d;
  return {
    rods: [...legs.shafts, ...pelvis.rami, ...spine.bodies, ...spine.column, trunk.girdleBar],
    balls: [...legs.joints, ...trunk.shoulderBalls, trunk.head],
    blocks: [...legs.feet, ...spine.processes],
    cones: [pelvis.sacrum],
    rings: trunk.ribs,
    rims: pelvis.rims,
    wings: pelvis.wings,
  };
}
