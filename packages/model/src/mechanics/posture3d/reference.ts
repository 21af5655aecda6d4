/**
 * What the default subject of a given body (mass, height, PI) does to stand at
 * the neutral posture (docs/model.md §5.1): its habitual activations (static
 * optimisation at neutral), element lengths, thorax orientation, postural gains,
 * the bias that makes neutral its equilibrium, and the Jacobian of the
 * generalised forces there (the Newton solver's first matrix). Computed once per
 * body and never mutated afterwards, so every model and task may share it.
 */
import type { CompiledModel } from '../../geometry/compiled-model.ts';
import { buildElements, pathLength } from '../../geometry/elements.ts';
import { DEFAULT_PARAMS } from '../../params/schema.ts';
import { computePose, createPoseBuffers } from '../../geometry/pose.ts';
import { neutralStanding } from '../../geometry/targets.ts';
import { StaticSolver } from '../static-optimisation.ts';
import { levelGroups } from '../static-optimisation.ts';
import { CENTRE_HIP_MID } from '../equilibrium.ts';
import * as B from '../../geometry/bodies.ts';
import type { Posture } from '../../geometry/posture.ts';
import { DOF_COUNT } from './dofs.ts';
import { PostureForces, type PostureGains } from './generalised-force.ts';
import { coordinateArms, postureGains } from './gains.ts';
import { shippedDefaultBody, type BodySize, type DefaultBodyData } from '../default-body.ts';

export interface StandingReference {
  readonly base: Posture;
  readonly activation: Float64Array;
  readonly referenceLength: Float64Array;
  readonly thoraxReference: Float64Array;
  readonly gains: PostureGains;
  /** Moment arms of every element about every coordinate at neutral (E × 18, m). */
  readonly arms: Float64Array;
  readonly bias: Float64Array;
  /** ∂Q/∂q at neutral for the default subject (row-major 18×18). */
  readonly jacobian: Float64Array;
}

const cache = new Map<string, StandingReference>();
const CACHE_LIMIT = 32;
/** Finite-difference step for the reference Jacobian (rad), inside every neutral zone (≥ 0.2°). */
const FD_STEP = 1e-5;

/** What the reference depends on (the muscles are always the default subject's): mass, height, PI. */
const bodyKey = (s: BodySize): string => `${s.massKg}|${s.heightM}|${s.pelvicIncidenceDeg}`;

export function standingReference(model: CompiledModel): StandingReference {
  const id = bodyKey(model.params.subject);
  const hit = cache.get(id);
  if (hit) return hit;
  const shipped = shippedDefaultBody(model.params.subject);
  const ref = shipped && shipped.standing.activation.length === model.elements.count ? shippedReference(model, shipped) : computeStandingReference(model);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(id, ref);
  return ref;
}

/**
 * The default body's reference as shipped (mechanics/default-body.ts): the numbers
 * computeStandingReference returns for it, so that the first standing solve of a process skips a
 * static optimisation and 37 force evaluations run before the JIT has warmed up.
 */
function shippedReference(model: CompiledModel, shipped: DefaultBodyData): StandingReference {
  return { base: neutralStanding(model.geometry), ...shipped.standing };
}

/** The reference computed from the model (docs/model.md §5.1): what every body other than the default's uses. */
export function computeStandingReference(model: CompiledModel): StandingReference {
  const reference: CompiledModel = { ...model, elements: buildElements(model.geometry, DEFAULT_PARAMS.muscles, model.hipStrengthScale) };
  const t = reference.elements;
  const base = neutralStanding(model.geometry);
  // habitual drive: what the default subject's muscles do to hold neutral (every level, 3 axes; hips sagittal)
  const groups = [...levelGroups(), { label: 'hips', mask: B.UPPER_MASK, centre: CENTRE_HIP_MID, index: 0, axes: [2] }];
  const so = new StaticSolver(reference, groups, true);
  so.evaluate(base);
  const activation = Float64Array.from(so.qp.x.subarray(0, t.count));
  const pose = createPoseBuffers(t.pointCount);
  computePose(model.geometry, model.thoraxComAnteriorM, t, base, pose);
  const referenceLength = Float64Array.from({ length: t.count }, (_, i) => pathLength(t, pose.points, i));
  const thoraxReference = Float64Array.from(pose.R.subarray(B.THORAX * 9, B.THORAX * 9 + 9));
  const arms = coordinateArms(reference, base);
  const gains = postureGains(reference, arms);
  const zero = new Float64Array(DOF_COUNT);
  const forces = new PostureForces(reference, base, activation, referenceLength, thoraxReference, gains, zero);
  const q = new Float64Array(DOF_COUNT);
  const bias = forces.evaluate(q, new Float64Array(DOF_COUNT)).map((v) => -v);
  const biased = new PostureForces(reference, base, activation, referenceLength, thoraxReference, gains, bias);
  const jacobian = finiteDifferenceJacobian(biased, q, new Float64Array(DOF_COUNT * DOF_COUNT));
  return { base, activation, referenceLength, thoraxReference, gains, arms, bias, jacobian };
}

const _q = new Float64Array(DOF_COUNT);
const _f0 = new Float64Array(DOF_COUNT);
const _f1 = new Float64Array(DOF_COUNT);

/** Central-difference Jacobian ∂Q/∂q at q (row i = equation, column j = coordinate). */
export function finiteDifferenceJacobian(forces: PostureForces, q: Float64Array, out: Float64Array, h = FD_STEP): Float64Array {
  const n = DOF_COUNT;
  for (let j = 0; j < n; j++) {
    _q.set(q);
    _q[j] = q[j]! + h;
    forces.evaluate(_q, _f1);
    _q[j] = q[j]! - h;
    forces.evaluate(_q, _f0);
    for (let i = 0; i < n; i++) out[i * n + j] = (_f1[i]! - _f0[i]!) / (2 * h);
  }
  return out;
}
