/**
 * compileModel: the single place where parameters are validated and turned
 * into a read-only model in SI units (conventions §2).
 */
import { modelParamsSchema, DEFAULT_PARAMS, type ModelParams, type PartialModelParams } from './schema.ts';
import { ModelParamsError, describeReceived } from './errors.ts';
import { deepMerge } from './merge.ts';
import { ALL_FIELDS, MUSCLE_GROUPS, type MuscleGroup } from './fields.ts';
import { scaleGeometry, type ScaledGeometry } from '../anatomy/scaled-geometry.ts';
import { buildElements, type ElementTable } from '../anatomy/elements.ts';
import { GRAVITY_M_PER_S2 } from '../anatomy/segments.ts';
import { calibrateBalance } from '../mechanics/calibration.ts';

const DEG = Math.PI / 180;

export interface CompiledModel {
  /** The validated, complete parameter set the model was compiled from. */
  readonly params: Readonly<ModelParams>;
  readonly geometry: ScaledGeometry;
  readonly elements: ElementTable;
  readonly bodyMassKg: number;
  readonly bodyWeightN: number;
  readonly pelvicIncidenceRad: number;
  /** Clinical ASIS–PSIS inclination at the neutral standing posture (rad). */
  readonly asisPsisNeutralRad: number;
  /** Disc height loss 0 (healthy) … 1: raises the facets' largest share of compression (docs/model.md §6.2). */
  readonly discHeightLoss: number;
  /** Strategy mix s: 0 = Trendelenburg, 1 = Duchenne. */
  readonly duchenne: number;
  /** Calibrated anterior offset of the thorax COM (m) so neutral standing meets the Vaz 2002 gravity line. */
  readonly thoraxComAnteriorM: number;
}

function getAtPath(obj: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

const FIELD_BY_PATH = new Map(ALL_FIELDS.map((f) => [f.path, f]));

function toParamsError(issue: { code?: string; path: PropertyKey[]; keys?: string[] }, input: unknown): ModelParamsError {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
    const key = issue.keys[0]!;
    const full = path ? `${path}.${key}` : key;
    const parent = getAtPath(DEFAULT_PARAMS, issue.path);
    const allowed = parent && typeof parent === 'object' ? Object.keys(parent).join(', ') : '';
    return new ModelParamsError(
      `${full} is not a model parameter${allowed ? ` (known here: ${allowed})` : ''}`,
      full,
      getAtPath(input, [...issue.path, key]),
    );
  }
  const received = getAtPath(input, issue.path);
  const field = FIELD_BY_PATH.get(path);
  if (field) {
    return new ModelParamsError(
      `${path} must be a number within [${field.min}, ${field.max}] ${field.unit}, got ${describeReceived(received)}`,
      path,
      received,
    );
  }
  return new ModelParamsError(`${path || 'params'} is invalid, got ${describeReceived(received)}`, path, received);
}

/** Validates a complete or partial parameter set and returns it complete (defaults filled in). */
export function validateParams(params: PartialModelParams | unknown = {}): ModelParams {
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new ModelParamsError(`params must be an object, got ${describeReceived(params)}`, 'params', params);
  }
  const merged = deepMerge(DEFAULT_PARAMS, params ?? {});
  const parsed = modelParamsSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw toParamsError(issue as { code?: string; path: PropertyKey[]; keys?: string[] }, merged);
  }
  return parsed.data as ModelParams;
}

/**
 * Compiles a parameter set (a partial object is deep-merged over the defaults).
 * @throws ModelParamsError naming the field, the allowed range and the value received.
 */
export function compileModel(params: PartialModelParams = {}): CompiledModel {
  const p = validateParams(params);
  const geometry = scaleGeometry(p.subject.massKg, p.subject.heightM, p.subject.pelvicIncidenceDeg);
  const elements = buildElements(geometry, p.muscles);
  const thoraxComAnteriorM = calibrateBalance(geometry, elements);
  return Object.freeze({
    params: Object.freeze(p),
    geometry,
    elements,
    bodyMassKg: p.subject.massKg,
    bodyWeightN: p.subject.massKg * GRAVITY_M_PER_S2,
    pelvicIncidenceRad: p.subject.pelvicIncidenceDeg * DEG,
    asisPsisNeutralRad: p.subject.asisPsisNeutralDeg * DEG,
    discHeightLoss: p.subject.discHeightLoss,
    duchenne: p.strategy.duchenne,
    thoraxComAnteriorM,
  });
}

export type { MuscleGroup };
export { MUSCLE_GROUPS };
