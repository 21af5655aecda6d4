/**
 * The half-cycle mirror (docs/model.md §9.3, step 7). The built-in cycle is left/right symmetric (its kinematics
 * made so, the force plates likewise: frame i + half is frame i mirrored, to 10⁻¹²), so for a model whose left and
 * right knobs are equal the problem of frame i + half is the mirror image of frame i's, and so is its answer:
 * - its QP's multipliers are frame i's, each equation's taken from its mirror equation — the other leg's for a hip
 *   or knee, the same level's for the spine — with the frontal and axial moments' signs turned (a moment is a
 *   pseudo-vector: mirrored through the sagittal plane, (mx, my, mz) → (−mx, −my, mz)): a warm start;
 * - where `inputsMirrorTwin` finds the frame's own inputs (posture, accelerations, ground-reaction moments,
 *   activation bounds) the mirror of its twin's to MIRROR_TOLERANCE, its solved read-outs are the twin's mirrored
 *   (read-outs.ts, `mirrorSolved`): Σa² is strictly convex, so the mirrored problem has exactly the mirrored
 *   answer, and solving it again only reproduces it to round-off (`simulate.test.ts` compares every series of a
 *   cycle read so with one solved frame by frame).
 */
import type { CompiledModel } from '../engine/compile.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import type { Posture } from '../geometry/posture.ts';
import * as B from '../geometry/bodies.ts';
import { MUSCLE_GROUPS } from '../params/fields.ts';
import { framePosture } from './frame-posture.ts';

export interface HalfCycleMirror {
  /** Frames per half cycle (unique frames / 2). */
  readonly half: number;
  /** Per equation row, its mirror row and the sign its multiplier takes. */
  readonly row: Int32Array;
  readonly sign: Float64Array;
  /**
   * Per element, its mirror element (the other side's of the same name); null when some element has none or
   * differs from it in a parameter, and then no frame's read-outs are taken from its twin (the warm start stays).
   */
  readonly element: Int32Array | null;
}

/** A frame's multipliers from its twin's (`from[offset…]`): each equation's from its mirror equation, with its sign; into `out[at…]`. */
export function mirrorMultipliers(mirror: HalfCycleMirror, from: Float64Array, offset: number, out: Float64Array, at = 0): void {
  const { row, sign } = mirror;
  for (let j = 0; j < row.length; j++) out[at + j] = sign[j]! * from[offset + row[j]!]!;
}

/**
 * How closely a frame's inputs must mirror its twin's for its read-outs to be the twin's mirrored (relative to
 * 1 + |value|, in the inputs' SI units) [E]: the built-in cycle mirrors to 10⁻¹²; a compensation of one leg only
 * breaks it by far more.
 */
export const MIRROR_TOLERANCE = 1e-9;

/**
 * The sign a moment's component about axis 0, 1, 2 (frontal, axial, sagittal) takes in the mirror through the
 * sagittal plane: a moment is a pseudo-vector, (mx, my, mz) → (−mx, −my, mz).
 */
const MOMENT_MIRROR_SIGN: readonly number[] = [-1, -1, 1];

/** Each body's mirror image: the legs swap, the pelvis, vertebrae and thorax are their own. */
const BODY_MIRROR: readonly number[] = [B.PELVIS, B.FEMUR_R, B.FEMUR_L, B.TIBIA_R, B.TIBIA_L, B.L5, B.L4, B.L3, B.L2, B.L1, B.THORAX];

/** Element parameters a mirror element must share (a side's knob reaches the elements through these). */
const MIRRORED_PARAMETERS = [
  'activeForceMax', 'passiveForceMax', 'optimalFibreLength', 'tendonSlackLength', 'cosPennation', 'passiveE0', 'passiveE1',
  'referenceLength', 'referenceFibreLength', 'minActivation', 'maxActivation', 'strength', 'onsetDelay',
] as const;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= MIRROR_TOLERANCE * (1 + Math.abs(a));
}

/** Per element table (one per compiled model, fixed): its mirror map. */
const elementMirrors = new WeakMap<CompiledModel['elements'], Int32Array | null>();

/** Per element its mirror (…_l ↔ …_r, equal parameters), or null when some element has none. */
export function mirrorElements(t: CompiledModel['elements']): Int32Array | null {
  if (!elementMirrors.has(t)) elementMirrors.set(t, findElementMirror(t));
  return elementMirrors.get(t)!;
}

function findElementMirror(t: CompiledModel['elements']): Int32Array | null {
  const index = new Map(t.name.map((n, e) => [n, e]));
  const out = new Int32Array(t.count);
  for (let e = 0; e < t.count; e++) {
    const name = t.name[e]!;
    const other = index.get(name.endsWith('_l') ? `${name.slice(0, -2)}_r` : name.endsWith('_r') ? `${name.slice(0, -2)}_l` : name);
    if (other === undefined) return null;
    for (const key of MIRRORED_PARAMETERS) if (!near(t[key][e]!, t[key][other]!)) return null;
    out[e] = other;
  }
  return out;
}

const MIRROR_GROUP: Readonly<Record<string, string>> = { hip_l: 'hip_r', hip_r: 'hip_l', knee_l: 'knee_r', knee_r: 'knee_l' };

/** Whether every muscle's left knobs equal its right ones (the subject and the strategy have no sides). */
export function leftRightSymmetric(params: CompiledModel['params']): boolean {
  for (const g of MUSCLE_GROUPS) {
    const { left, right } = params.muscles[g];
    for (const knob of Object.keys(left) as (keyof typeof left)[]) if (left[knob] !== right[knob]) return false;
  }
  return true;
}

/** The mirror of `solver`'s equations for a cycle of `frames`, or null when the cycle is not its own mirror. */
export function halfCycleMirror(model: CompiledModel, solver: StaticSolver, frames: number, builtIn: boolean): HalfCycleMirror | null {
  const unique = frames - 1;
  if (!builtIn || unique % 2 !== 0 || !leftRightSymmetric(model.params)) return null;
  const m = solver.qp.m;
  const row = new Int32Array(m);
  const sign = new Float64Array(m);
  const labels = solver.groups.map((g) => g.label);
  for (let j = 0; j < m; j++) {
    const label = labels[solver.rowGroup[j]!]!;
    const mirrorGroup = labels.indexOf(MIRROR_GROUP[label] ?? label);
    const axis = solver.rowAxis[j]!;
    let k = 0;
    while (k < m && !(solver.rowGroup[k] === mirrorGroup && solver.rowAxis[k] === axis)) k++;
    if (k === m) return null; // an equation without a mirror: no warm start from it
    row[j] = k;
    sign[j] = MOMENT_MIRROR_SIGN[axis]!;
  }
  return { half: unique / 2, row, sign, element: mirrorElements(model.elements) };
}

/** What decides a frame's problem: its posture, accelerations, ground-reaction moments and activation bounds. */
export interface FrameInputs {
  readonly base: Parameters<typeof framePosture>[0];
  readonly ref: Parameters<typeof framePosture>[2];
  readonly adj: Parameters<typeof framePosture>[3];
  readonly kin: { readonly accel: Float64Array };
  readonly id: { readonly grfMomentAtHip: Float64Array; readonly grfMomentAtKnee: Float64Array };
}

/** Whether posture p is the mirror image of q (the forward translation aside: the equations do not depend on it). */
function posturesMirror(p: Posture, q: Posture): boolean {
  if (p.legsFromHipAngles !== q.legsFromHipAngles || p.anchor !== q.anchor) return false;
  if (!near(p.pelvisTilt, q.pelvisTilt) || !near(p.pelvisList, -q.pelvisList) || !near(p.pelvisRotation, -q.pelvisRotation)) return false;
  if (!near(p.pelvisTranslation[1]!, q.pelvisTranslation[1]!) || !near(p.pelvisTranslation[2]!, -q.pelvisTranslation[2]!)) return false;
  for (let k = 0; k < 5; k++) {
    if (!near(p.levelExtension[k]!, q.levelExtension[k]!) || !near(p.levelBending[k]!, -q.levelBending[k]!) || !near(p.levelRotation[k]!, -q.levelRotation[k]!)) return false;
  }
  for (let s = 0; s < 2; s++) {
    const o = 1 - s; // per-side angles keep their sign in the mirror (OpenSim's left hip mirrors adduction and rotation)
    if (!near(p.hipFlexion[s]!, q.hipFlexion[o]!) || !near(p.hipAdduction[s]!, q.hipAdduction[o]!) || !near(p.hipRotation[s]!, q.hipRotation[o]!)) return false;
    if (!near(p.kneeFlexion[s]!, q.kneeFlexion[o]!) || !near(p.thighFlexion[s]!, q.thighFlexion[o]!) || !near(p.thighAdduction[s]!, q.thighAdduction[o]!)) return false;
  }
  return true;
}

/** Whether the moment (frame i, side s) of a per-frame, per-side table mirrors (twin, other side). */
function momentsMirror(table: Float64Array, i: number, twin: number): boolean {
  for (let s = 0; s < 2; s++) {
    const a = (i * 2 + s) * 3, b = (twin * 2 + 1 - s) * 3;
    for (let k = 0; k < 3; k++) if (!near(table[a + k]!, MOMENT_MIRROR_SIGN[k]! * table[b + k]!)) return false;
  }
  return true;
}

/**
 * Whether frame i's problem is the mirror image of its twin's: `posture` (frame i's, laid) against the twin's laid
 * into `scratch`, each body's acceleration against its mirror body's, each leg's ground-reaction moments against
 * the other leg's, and the activation caps of the elements whose cap changes over the cycle (`ramped`, `cap(e, frame)`)
 * against their mirror elements' (every other bound is a parameter, equal to its mirror's by `element`).
 */
export function inputsMirrorTwin(
  mirror: HalfCycleMirror,
  input: FrameInputs,
  i: number,
  twin: number,
  posture: Posture,
  scratch: Posture,
  ramped: readonly number[],
  cap: (e: number, frame: number) => number,
): boolean {
  const element = mirror.element;
  if (element === null) return false;
  if (!posturesMirror(posture, framePosture(input.base, twin, input.ref, input.adj, twin, scratch))) return false;
  const BC = B.BODY_COUNT, acc = input.kin.accel;
  for (let b = 0; b < BC; b++) {
    const a = (i * BC + b) * 3, c = (twin * BC + BODY_MIRROR[b]!) * 3;
    if (!near(acc[a]!, acc[c]!) || !near(acc[a + 1]!, acc[c + 1]!) || !near(acc[a + 2]!, -acc[c + 2]!)) return false;
  }
  if (!momentsMirror(input.id.grfMomentAtHip, i, twin) || !momentsMirror(input.id.grfMomentAtKnee, i, twin)) return false;
  for (const e of ramped) if (!near(cap(e, i), cap(element[e]!, twin))) return false;
  return true;
}
