/**
 * A `Motion` is the model's answer as frames of flat arrays, the one shape
 * the scene animates: a gait cycle has 101 frames, a static result is a
 * motion of one frame. Everything is the model's numbers, copied or
 * referenced, never computed here (the hip-axis midpoint is the midpoint of
 * the model's two hip centres; a static answer's path points are re-expressed
 * in the frames of the bodies the model fixes them to, which the sampler
 * turns back into the same points to rounding, sampler.test.ts).
 */
import { LEVELS, type GaitResult, type PoseResult, type TaskResult } from '@lumbo/model';
import { toLocal } from './body-transform.ts';

/** Per-level forces per frame: compression, left half, right half, AP shear, ML shear. */
export const LEVEL_FIELDS = 5;
export const LEVEL_COUNT = 5;

export interface MotionAngles {
  readonly anteriorTiltDeg: Float64Array;
  readonly lordosisDeg: Float64Array;
  readonly obliquityDeg: Float64Array;
  readonly trunkLateralLeanDeg: Float64Array;
}

export interface Motion {
  readonly frames: number;
  /** Seconds per cycle (1 for a static result). */
  readonly durationS: number;
  readonly bodyNames: readonly string[];
  /** frames × bodies × 12: origin xyz, then the rotation matrix row-major. */
  readonly bodyFrames: Float64Array;
  readonly landmarkNames: readonly string[];
  /** frames × landmarks × 3. */
  readonly landmarks: Float64Array;
  /** Element e's path points are pointStart[e] … pointStart[e + 1] − 1 (elements in pose.muscles order). */
  readonly pointStart: Int32Array;
  readonly pointCount: number;
  /**
   * Each path point is fixed to one body: its index in bodyNames, and its position in that body's frame
   * (points × 3). A frame's point is origin + R·local of that body (the sampler's `musclePoint`), so a
   * gait cycle carries its paths once, not once per frame.
   */
  readonly pointBody: Int32Array;
  readonly pointLocal: Float64Array;
  /** frames × elements. */
  readonly activation: Float64Array;
  /** frames × 5 levels (L1/L2 … L5/S1) × 9: centre, normal, lateral axis. */
  readonly discFrames: Float64Array;
  /** frames × 5 levels × LEVEL_FIELDS. */
  readonly levelForces: Float64Array;
  /** frames × 3. */
  readonly centreOfMass: Float64Array;
  readonly angles: MotionAngles;
  /** Geometry of frame 0: names, disc sizes, the muscle list with max force and strength. */
  readonly pose: PoseResult;
}

function packBodies(pose: PoseResult): { names: string[]; frames: Float64Array } {
  const frames = new Float64Array(pose.bodies.length * 12);
  pose.bodies.forEach((b, i) => {
    const [x, y, z] = b.axes;
    // row-major rotation whose columns are the body axes
    frames.set([b.origin.x, b.origin.y, b.origin.z, x.x, y.x, z.x, x.y, y.y, z.y, x.z, y.z, z.z], i * 12);
  });
  return { names: pose.bodies.map((b) => b.name), frames };
}

function packLandmarks(pose: PoseResult): { names: string[]; positions: Float64Array } {
  const names = Object.keys(pose.landmarks);
  const positions = new Float64Array(names.length * 3);
  names.forEach((n, i) => {
    const p = pose.landmarks[n]!;
    positions.set([p.x, p.y, p.z], i * 3);
  });
  return { names, positions };
}

/** The static pose's paths in body coordinates: local = Rᵀ·(point − origin) of the body the point is fixed to. */
function packMuscles(pose: PoseResult, bodyNames: readonly string[], frames: Float64Array): { pointStart: Int32Array; pointBody: Int32Array; pointLocal: Float64Array; activation: Float64Array } {
  const pointStart = new Int32Array(pose.muscles.length + 1);
  let n = 0;
  pose.muscles.forEach((m, e) => {
    pointStart[e] = n;
    n += m.points.length;
  });
  pointStart[pose.muscles.length] = n;
  const pointBody = new Int32Array(n);
  const pointLocal = new Float64Array(n * 3);
  const bodyIndex = new Map(bodyNames.map((name, b) => [name, b]));
  let k = 0;
  for (const m of pose.muscles) {
    m.points.forEach((p, j) => {
      const b = bodyIndex.get(m.pointBodies[j]!);
      if (b === undefined) throw new Error(`muscle ${m.name}: point ${j} is fixed to an unknown body '${m.pointBodies[j]}'`);
      toLocal(frames, b * 12, p.x, p.y, p.z, true, pointLocal, k * 3);
      pointBody[k++] = b;
    });
  }
  return { pointStart, pointBody, pointLocal, activation: Float64Array.from(pose.muscles, (m) => m.activation) };
}

function packDiscs(pose: PoseResult): Float64Array {
  const out = new Float64Array(LEVEL_COUNT * 9);
  LEVELS.forEach((level, k) => {
    const d = pose.discs.find((disc) => disc.level === level);
    if (!d) return out.fill(Number.NaN, k * 9, k * 9 + 9);
    out.set([d.centre.x, d.centre.y, d.centre.z, d.normal.x, d.normal.y, d.normal.z, d.lateral.x, d.lateral.y, d.lateral.z], k * 9);
  });
  return out;
}

export function motionFromResult(result: TaskResult): Motion {
  const { pose } = result;
  const bodies = packBodies(pose);
  const landmarks = packLandmarks(pose);
  const muscles = packMuscles(pose, bodies.names, bodies.frames);
  const levelForces = new Float64Array(LEVEL_COUNT * LEVEL_FIELDS).fill(Number.NaN);
  LEVELS.forEach((level, k) => {
    const l = result.lumbar.levels.find((x) => x.level === level);
    if (l) levelForces.set([l.compressionN, l.leftCompressionN, l.rightCompressionN, l.apShearN, l.mlShearN], k * LEVEL_FIELDS);
  });
  const one = (x: number) => Float64Array.of(x);
  return {
    frames: 1,
    durationS: 1,
    bodyNames: bodies.names,
    bodyFrames: bodies.frames,
    landmarkNames: landmarks.names,
    landmarks: landmarks.positions,
    pointStart: muscles.pointStart,
    pointCount: muscles.pointBody.length,
    pointBody: muscles.pointBody,
    pointLocal: muscles.pointLocal,
    activation: muscles.activation,
    discFrames: packDiscs(pose),
    levelForces,
    centreOfMass: Float64Array.of(pose.centreOfMass.x, pose.centreOfMass.y, pose.centreOfMass.z),
    angles: {
      anteriorTiltDeg: one(result.pelvis.anteriorTiltDeg),
      lordosisDeg: one(result.lumbar.lordosisDeg),
      obliquityDeg: one(result.pelvis.obliquityDeg),
      trunkLateralLeanDeg: one(result.trunk.lateralLeanDeg),
    },
    pose,
  };
}

export function motionFromGait(gait: GaitResult): Motion {
  const a = gait.animation;
  const n = gait.frames;
  const levelForces = new Float64Array(n * LEVEL_COUNT * LEVEL_FIELDS);
  LEVELS.forEach((level, k) => {
    const s = gait.levels[level];
    for (let i = 0; i < n; i++) {
      const o = (i * LEVEL_COUNT + k) * LEVEL_FIELDS;
      levelForces[o] = s.compressionN[i]!;
      levelForces[o + 1] = s.leftCompressionN[i]!;
      levelForces[o + 2] = s.rightCompressionN[i]!;
      levelForces[o + 3] = s.apShearN[i]!;
      levelForces[o + 4] = s.mlShearN[i]!;
    }
  });
  return {
    frames: n,
    durationS: gait.cycleDurationS,
    bodyNames: a.bodyNames,
    bodyFrames: a.bodyFrames,
    landmarkNames: a.landmarkNames,
    landmarks: a.landmarks,
    pointStart: a.musclePointStart,
    pointCount: a.musclePointBody.length,
    pointBody: a.musclePointBody,
    pointLocal: a.musclePointLocalM,
    activation: a.muscleActivation,
    discFrames: a.discFrames,
    levelForces,
    centreOfMass: a.centreOfMass,
    angles: {
      anteriorTiltDeg: gait.anteriorPelvicTiltDeg,
      lordosisDeg: gait.lordosisDeg,
      obliquityDeg: gait.pelvicObliquityDeg,
      trunkLateralLeanDeg: gait.trunkLateralLeanDeg,
    },
    pose: gait.pose,
  };
}
