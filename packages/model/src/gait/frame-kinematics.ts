/**
 * Pass 1, kinematics (docs/model.md §9.2): every frame's posture through the
 * model's forward kinematics (bodies only, no muscle paths), then each body's
 * centre-of-mass acceleration by periodic central differences, so the
 * inertial loads are those of the motion actually simulated (compensations
 * included).
 */
import type { CompiledModel } from '../engine/compile.ts';
import { computePose, createPoseBuffers, type PoseBuffers } from '../geometry/pose.ts';
import { createPosture, postureKey, samePosture, POSTURE_KEY_LENGTH, type Posture } from '../geometry/posture.ts';
import * as B from '../geometry/bodies.ts';
import type { GaitBaseline } from './baseline.ts';
import { framePosture, type FrameAdjustments, type GaitReference } from './frame-posture.ts';

const BC = B.BODY_COUNT;

/** Per frame: body origins, rotations (row-major, columns = body axes), centres of mass and their accelerations. */
export interface CycleKinematics {
  readonly frames: number;
  readonly o: Float64Array; // frames × BC × 3
  readonly R: Float64Array; // frames × BC × 9
  readonly com: Float64Array; // frames × BC × 3
  readonly accel: Float64Array; // frames × BC × 3
  readonly mass: Float64Array; // BC
  /** Per frame: the S1 endplate frame and the posture the bodies were placed for (postureKey; see placeFrameBodies). */
  readonly sacrum: Float64Array; // frames × 9
  readonly posture: Float64Array; // frames × POSTURE_KEY_LENGTH
}

export function createCycleKinematics(frames: number): CycleKinematics {
  return {
    frames,
    o: new Float64Array(frames * BC * 3),
    R: new Float64Array(frames * BC * 9),
    com: new Float64Array(frames * BC * 3),
    accel: new Float64Array(frames * BC * 3),
    mass: new Float64Array(BC),
    sacrum: new Float64Array(frames * 9),
    posture: new Float64Array(frames * POSTURE_KEY_LENGTH),
  };
}

/**
 * Frame i's bodies placed into `pose` from the kinematics (origins, frames, centres of mass, masses and the S1
 * endplate: all computePose places but the paths) if `posture` is, number for number, the posture they were
 * placed for; returns whether it was. computePose is a function of the posture alone (for one model), so the
 * copies are the numbers it would compute again.
 */
export function placeFrameBodies(kin: CycleKinematics, i: number, posture: Posture, pose: PoseBuffers): boolean {
  if (!samePosture(posture, kin.posture, i * POSTURE_KEY_LENGTH)) return false;
  copyRange(pose.o, kin.o, i * BC * 3, BC * 3);
  copyRange(pose.R, kin.R, i * BC * 9, BC * 9);
  copyRange(pose.com, kin.com, i * BC * 3, BC * 3);
  copyRange(pose.mass, kin.mass, 0, BC);
  copyRange(pose.sacrum, kin.sacrum, i * 9, 9);
  return true;
}

/** out[0 …) = from[at …) for `count` numbers (a plain loop: short copies). */
function copyRange(out: Float64Array, from: Float64Array, at: number, count: number): void {
  for (let k = 0; k < count; k++) out[k] = from[at + k]!;
}

export function cycleKinematics(model: CompiledModel, base: GaitBaseline, ref: GaitReference, adj: FrameAdjustments, dtS: number, out: CycleKinematics): CycleKinematics {
  const N = out.frames;
  const unique = N - 1;
  const pose = createPoseBuffers(model.elements.pointCount);
  const posture = createPosture();
  for (let i = 0; i < N; i++) {
    const f = i % unique;
    framePosture(base, f, ref, adj, f, posture);
    computePose(model.geometry, model.thoraxComAnteriorM, model.elements, posture, pose, false);
    out.o.set(pose.o, i * BC * 3);
    out.R.set(pose.R, i * BC * 9);
    out.com.set(pose.com, i * BC * 3);
    out.sacrum.set(pose.sacrum, i * 9);
    postureKey(posture, out.posture, i * POSTURE_KEY_LENGTH);
  }
  out.mass.set(pose.mass);
  const h2 = dtS * dtS;
  for (let i = 0; i < N; i++) {
    const a = i % unique, prev = (a - 1 + unique) % unique, next = (a + 1) % unique;
    for (let k = 0; k < BC * 3; k++) {
      out.accel[i * BC * 3 + k] = (out.com[next * BC * 3 + k]! - 2 * out.com[a * BC * 3 + k]! + out.com[prev * BC * 3 + k]!) / h2;
    }
  }
  return out;
}
