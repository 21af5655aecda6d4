/**
 * The habitual muscle drive of a reference posture: the activations the
 * default subject (same body, all muscles normal) uses to hold it, from static
 * optimisation, and the generalised-force bias that makes that subject's
 * posture equilibrium the reference. Cached per body and posture.
 */
import type { CompiledModel } from '../geometry/compiled-model.ts';
import { buildElements } from '../geometry/elements.ts';
import { DEFAULT_PARAMS } from '../params/schema.ts';
import type { JointGroup } from './equilibrium.ts';
import type { Posture } from '../geometry/posture.ts';
import { StaticSolver } from './static-optimisation.ts';
import { referenceForce } from './sagittal-equilibrium.ts';

export interface HabitualDrive {
  readonly activation: Float64Array;
  readonly bias: number;
}

const cache = new Map<string, HabitualDrive>();
const CACHE_LIMIT = 64;

export function habitualDrive(model: CompiledModel, key: string, base: Posture, groups: readonly JointGroup[], bilateral: boolean): HabitualDrive {
  const s = model.params.subject;
  const id = `${key}|${s.massKg}|${s.heightM}|${s.pelvicIncidenceDeg}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const reference: CompiledModel = { ...model, elements: buildElements(model.geometry, DEFAULT_PARAMS.muscles, model.hipStrengthScale) };
  const solver = new StaticSolver(reference, groups, bilateral);
  solver.evaluate(base);
  const activation = Float64Array.from(solver.qp.x.subarray(0, reference.elements.count));
  const drive = { activation, bias: -referenceForce(reference, base, activation, bilateral) };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(id, drive);
  return drive;
}
