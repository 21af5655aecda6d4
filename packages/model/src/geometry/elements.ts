/**
 * Muscle elements of both sides as a struct-of-arrays table, with the user's
 * knobs applied: strength and inhibition scale force capacity and activation
 * cap, tone and co-activation set activation floors, tightness and stiffness
 * reshape the passive curve (docs/model.md §4.3, §6).
 */
import type { MuscleGroup, Side } from '../params/fields.ts';
import { MUSCLE_GROUPS } from '../params/fields.ts';
import type { MuscleKnobs, ModelParams } from '../params/schema.ts';
import { MUSCLE_ELEMENTS, type BodyName } from '../data/muscles.ts';
import type { ScaledGeometry } from './scaled-geometry.ts';
import * as B from './bodies.ts';
import { createPosture, type Posture } from './posture.ts';
import { computePose, createPoseBuffers, type PathTable } from './pose.ts';

/** Passive-curve shift per unit tightness: e0 − 0.15·τ (docs/model.md §4.3) [E]. */
export const TIGHTNESS_STRAIN_SHIFT = 0.15;
/** Passive-curve shift per unit tone: e0, e1 − 0.10·tone (resting tone is mostly passive, Masi & Hannon 2008) [E]. */
export const TONE_STRAIN_SHIFT = 0.1;
/** Active floor per unit tone: 0.03·tone (quiet-standing trunk EMG of a few µV, ≤ 5 % MVC) [E]. */
export const TONE_ACTIVATION = 0.03;
/** No activation floor, from any knob, exceeds 10 % MVC [E] (docs/model.md §4.3). */
export const ACTIVATION_FLOOR_CAP = 0.1;
/** Passive fibre curve of muscles without a published one (Rajagopal/Millard defaults e0 = 0, e1 = 0.7) [S]. */
const DEFAULT_PASSIVE = { e0: 0, e1: 0.7 } as const;
/** Gait/stance capacity factor: isometric–eccentric enhancement over concentric capacity ≈ 1.4 (docs/model.md §4) [R]/[E]. */
export const ISOMETRIC_OVER_CONCENTRIC = 1.4;

export interface ElementTable extends PathTable {
  readonly count: number;
  readonly name: readonly string[];
  readonly group: readonly MuscleGroup[];
  readonly groupIndex: Int32Array;
  /** 0 = left, 1 = right. */
  readonly side: Int32Array;
  /** First path point of each element (count + 1 entries). */
  readonly pointStart: Int32Array;
  /** Active force at full activation and optimal length (N), calibrated and strength-scaled. */
  readonly activeForceMax: Float64Array;
  /** Force scale of the passive curve (N): published Fmax × mass scale (tissue, not strength). */
  readonly passiveForceMax: Float64Array;
  readonly optimalFibreLength: Float64Array;
  /** Tendon slack length (m); 0 = rigid (trunk elements). */
  readonly tendonSlackLength: Float64Array;
  readonly cosPennation: Float64Array;
  /** Passive strains (e0 ≥ 9 means "no passive fibre force"). */
  readonly passiveE0: Float64Array;
  readonly passiveE1: Float64Array;
  /** Musculotendon length at the reference posture (m). */
  readonly referenceLength: Float64Array;
  /** Normalised fibre length l̃0 at the reference posture (see buildElements). */
  readonly referenceFibreLength: Float64Array;
  /** Activation floors: tone (all tasks) and tone-or-co-activation (bilateral stance). */
  readonly minActivation: Float64Array;
  readonly minActivationBilateral: Float64Array;
  /** Activation cap 1 − inhibition. */
  readonly maxActivation: Float64Array;
  /** Strength multiplier per element (for drawing thickness). */
  readonly strength: Float64Array;
  /** Gait: delay of the stance burst after heel strike (s). */
  readonly onsetDelay: Float64Array;
}

const BODY_INDEX: Record<BodyName, (side: number) => number> = {
  pelvis: () => B.PELVIS,
  femur: (s) => (s === 0 ? B.FEMUR_L : B.FEMUR_R),
  tibia: (s) => (s === 0 ? B.TIBIA_L : B.TIBIA_R),
  L5: () => B.L5,
  L4: () => B.L4,
  L3: () => B.L3,
  L2: () => B.L2,
  L1: () => B.L1,
  thorax: () => B.THORAX,
};

/** The anatomical reference posture: pelvis_tilt = 0, hips neutral, lumbar spine at its neutral lordosis. */
export function referencePosture(g: ScaledGeometry): Posture {
  const p = createPosture();
  for (let k = 0; k < 5; k++) p.levelExtension[k] = g.neutralLevelAngle[k]!;
  return p;
}

/** Path topology of the anatomy: which bodies each element's path points ride on. */
interface PathTopology {
  readonly defs: readonly { d: (typeof MUSCLE_ELEMENTS)[number]; side: number }[];
  readonly pointStart: Int32Array;
  readonly pointBody: Int32Array;
  readonly name: readonly string[];
  readonly group: readonly MuscleGroup[];
  readonly groupIndex: Int32Array;
  readonly side: Int32Array;
  /** Per element, the anatomy's constants (reference body; monomorphic arrays for the per-compile loop). */
  readonly fmaxN: Float64Array;
  readonly optimalFibreLengthM: Float64Array;
  readonly tendonSlackLengthM: Float64Array;
  readonly cosPennation: Float64Array;
  readonly passiveE0: Float64Array;
  readonly passiveE1: Float64Array;
  /** 1 where the hip abductor calibration applies. */
  readonly hipCalibrated: Uint8Array;
  /** 1 where the reference fibre length comes from the published path (see buildElements). */
  readonly published: Uint8Array;
  /** Path points in body frames at the reference size (left side mirrored in z). */
  readonly localM: Float64Array;
}

let topology: PathTopology | null = null;

/**
 * The anatomy's topology depends on no parameter, so every table shares one copy (never written
 * after this): keyed by it, free-body crossing lists and solver layouts are computed once
 * (equilibrium.ts `crossingElements`, static-layout.ts).
 */
function pathTopology(): PathTopology {
  if (topology) return topology;
  const defs = [0, 1].flatMap((side) => MUSCLE_ELEMENTS.map((d) => ({ d, side })));
  const count = defs.length;
  const pointStart = new Int32Array(count + 1);
  let pc = 0;
  defs.forEach(({ d }, i) => {
    pointStart[i] = pc;
    pc += d.points.length;
  });
  pointStart[count] = pc;
  const pointBody = new Int32Array(pc);
  const localM = new Float64Array(pc * 3);
  defs.forEach(({ d, side }, i) =>
    d.points.forEach((pt, j) => {
      const k = pointStart[i]! + j;
      pointBody[k] = BODY_INDEX[pt.body](side);
      localM[k * 3] = pt.p[0];
      localM[k * 3 + 1] = pt.p[1];
      localM[k * 3 + 2] = side === 0 ? -pt.p[2] : pt.p[2];
    }),
  );
  const perElement = (f: (d: (typeof MUSCLE_ELEMENTS)[number]) => number) => Float64Array.from(defs, ({ d }) => f(d));
  topology = {
    defs,
    pointStart,
    pointBody,
    name: Object.freeze(defs.map(({ d, side }) => `${d.name}_${side === 0 ? 'l' : 'r'}`)),
    group: Object.freeze(defs.map(({ d }) => d.group)),
    groupIndex: Int32Array.from(defs.map(({ d }) => MUSCLE_GROUPS.indexOf(d.group))),
    side: Int32Array.from(defs.map(({ side }) => side)),
    fmaxN: perElement((d) => d.fmaxN),
    optimalFibreLengthM: perElement((d) => d.optimalFibreLengthM),
    tendonSlackLengthM: perElement((d) => d.tendonSlackLengthM),
    cosPennation: perElement((d) => Math.cos((d.pennationDeg * Math.PI) / 180)),
    // every muscle has passive fibres; trunk muscles without a published curve get the default one
    passiveE0: perElement((d) => (d.passive ?? DEFAULT_PASSIVE).e0),
    passiveE1: perElement((d) => (d.passive ?? DEFAULT_PASSIVE).e1),
    hipCalibrated: Uint8Array.from(defs, ({ d }) => (d.calibration === 'hip' ? 1 : 0)),
    published: Uint8Array.from(defs, ({ d }) => (d.tendonSlackLengthM > 0 && !d.name.startsWith('psoas') ? 1 : 0)),
    localM,
  };
  return topology;
}

/**
 * Builds the element table. `referenceLength`, when given, is the musculotendon length of every
 * element at the reference posture for this geometry (from an earlier table of the same body
 * size: it depends on body size only); otherwise it is computed here.
 */
/** @param hipScale factor on the published Fmax of the hip muscles (calibration × isometric factor; 1 = published) */
export function buildElements(g: ScaledGeometry, muscles: ModelParams["muscles"], hipScale: number, referenceLength?: Float64Array): ElementTable {
  const topo = pathTopology();
  const { defs, pointStart, pointBody } = topo;
  const count = defs.length;
  const pc = pointStart[count]!;
  const pointLocal = new Float64Array(pc * 3);
  const ls = g.lengthScale;
  for (let k = 0; k < pc * 3; k++) pointLocal[k] = topo.localM[k]! * ls;

  const kHip = hipScale;
  const table: ElementTable = {
    count,
    name: topo.name,
    group: topo.group,
    groupIndex: topo.groupIndex,
    side: topo.side,
    pointStart,
    pointCount: pc,
    pointBody,
    pointLocal,
    activeForceMax: new Float64Array(count),
    passiveForceMax: new Float64Array(count),
    optimalFibreLength: new Float64Array(count),
    tendonSlackLength: new Float64Array(count),
    cosPennation: new Float64Array(count),
    passiveE0: new Float64Array(count),
    passiveE1: new Float64Array(count),
    referenceLength: new Float64Array(count),
    referenceFibreLength: new Float64Array(count),
    minActivation: new Float64Array(count),
    minActivationBilateral: new Float64Array(count),
    maxActivation: new Float64Array(count),
    strength: new Float64Array(count),
    onsetDelay: new Float64Array(count),
  };
  const ms = g.massScale;
  const sideKnobs = MUSCLE_GROUPS.map((grp) => [muscles[grp].left, muscles[grp].right] as const);
  for (let i = 0; i < count; i++) {
    const knobs: MuscleKnobs = sideKnobs[topo.groupIndex[i]!]![topo.side[i]!]!;
    const fmax = topo.fmaxN[i]! * ms;
    table.activeForceMax[i] = fmax * knobs.strength * (topo.hipCalibrated[i] ? kHip : 1);
    table.passiveForceMax[i] = fmax;
    table.optimalFibreLength[i] = topo.optimalFibreLengthM[i]! * ls;
    table.tendonSlackLength[i] = topo.tendonSlackLengthM[i]! * ls;
    table.cosPennation[i] = topo.cosPennation[i]!;
    const shift = TIGHTNESS_STRAIN_SHIFT * (knobs.tightness ?? 0) + TONE_STRAIN_SHIFT * knobs.tone;
    const stiffness = knobs.stiffness ?? 1;
    table.passiveE0[i] = topo.passiveE0[i]! - shift;
    // stiffness κ: e1 → e1/κ (docs/model.md §4.3), kept above e0
    const e1 = topo.passiveE1[i]! / stiffness - shift;
    table.passiveE1[i] = Math.max(e1, table.passiveE0[i]! + 0.05);
    const cap = 1 - (knobs.inhibition ?? 0);
    table.maxActivation[i] = cap;
    const floor = Math.min(ACTIVATION_FLOOR_CAP, TONE_ACTIVATION * knobs.tone + (knobs.activationFloor ?? 0));
    table.minActivation[i] = Math.min(floor, cap);
    table.minActivationBilateral[i] = Math.min(Math.max(floor, knobs.coactivation ?? 0), cap);
    table.strength[i] = knobs.strength;
    table.onsetDelay[i] = (knobs.onsetDelayMs ?? 0) / 1000;
  }

  // reference lengths in the anatomical posture; the fibre there has the length OpenSim's
  // rigid-tendon model gives, l̃0 = (l_MT − l_ts)/(l_opt·cos α) [D], where our path is
  // the published one (Rajagopal paths; clamped to 0.5–1.3 for the paths that wrap in
  // OpenSim), and l̃0 = 1 for the psoas fascicles and trunk elements, whose paths are ours [E]
  if (referenceLength) table.referenceLength.set(referenceLength);
  else {
    const pose = createPoseBuffers(pc);
    computePose(g, 0, table, referencePosture(g), pose);
    for (let i = 0; i < count; i++) table.referenceLength[i] = pathLength(table, pose.points, i);
  }
  for (let i = 0; i < count; i++) {
    const l = table.referenceLength[i]!;
    const lNorm = (l / ls - topo.tendonSlackLengthM[i]!) / (topo.optimalFibreLengthM[i]! * table.cosPennation[i]!);
    table.referenceFibreLength[i] = topo.published[i] ? Math.min(1.3, Math.max(0.5, lNorm)) : 1;
  }
  return table;
}

/** Musculotendon path length of element i from world points. */
export function pathLength(t: { pointStart: Int32Array }, points: Float64Array, i: number): number {
  let l = 0;
  const last = t.pointStart[i + 1]! - 1;
  // point by point, each point's coordinates read once (the same differences and sums, in the same order)
  let k = t.pointStart[i]!;
  let x = points[k * 3]!, y = points[k * 3 + 1]!, z = points[k * 3 + 2]!;
  for (; k < last; k++) {
    const nx = points[(k + 1) * 3]!, ny = points[(k + 1) * 3 + 1]!, nz = points[(k + 1) * 3 + 2]!;
    const dx = nx - x, dy = ny - y, dz = nz - z;
    l += Math.sqrt(dx * dx + dy * dy + dz * dz);
    x = nx;
    y = ny;
    z = nz;
  }
  return l;
}

export const GROUPS_BY_INDEX: readonly MuscleGroup[] = MUSCLE_GROUPS;
