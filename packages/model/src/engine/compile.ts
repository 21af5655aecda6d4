/**
 * compileModel: the single place where parameters are validated and turned
 * into a read-only model in SI units (conventions §2).
 */
import { DEFAULT_PARAMS, type ModelParams, type PartialModelParams } from '../params/schema.ts';
import { checkParams } from '../params/check.ts';
import { ModelParamsError, describeReceived } from '../params/errors.ts';
import { deepMerge } from '../params/merge.ts';
import { MUSCLE_GROUPS, type MuscleGroup } from '../params/fields.ts';
import { scaleGeometry } from '../geometry/scaled-geometry.ts';
import { buildElements, ISOMETRIC_OVER_CONCENTRIC } from '../geometry/elements.ts';
import type { CompiledModel } from '../geometry/compiled-model.ts';
import { abductorCalibration } from '../mechanics/calibration-abductors.ts';
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';
import { calibrateBalance } from '../geometry/calibration.ts';
import { shippedDefaultBody } from '../mechanics/default-body.ts';

const DEG = Math.PI / 180;

export type { CompiledModel } from '../geometry/compiled-model.ts';

/** Validates a complete or partial parameter set and returns it complete (defaults filled in). */
export function validateParams(params: PartialModelParams | unknown = {}): ModelParams {
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new ModelParamsError(`params must be an object, got ${describeReceived(params)}`, 'params', params);
  }
  const merged = deepMerge(DEFAULT_PARAMS, params ?? {});
  return checkParams(merged);
}

/**
 * What depends on body size alone (mass, height, PI), not on any muscle knob: the elements'
 * reference-posture lengths and the balance calibration (two kinematic passes). Kept per body so a
 * muscle slider recompiles without them; entries are copied into each table and never written.
 * The default body's ship as data (mechanics/default-body.ts).
 */
interface BodyCalibration {
  readonly referenceLength: Float64Array;
  readonly thoraxComAnteriorM: number;
}
const bodyCache = new Map<string, BodyCalibration>();
const BODY_CACHE_LIMIT = 32;
const bodyKey = (p: ModelParams): string => `${p.subject.massKg}|${p.subject.heightM}|${p.subject.pelvicIncidenceDeg}`;

function rememberBody(p: ModelParams, entry: BodyCalibration): void {
  if (bodyCache.size >= BODY_CACHE_LIMIT) bodyCache.delete(bodyCache.keys().next().value!);
  bodyCache.set(bodyKey(p), entry);
}

/**
 * Compiles a parameter set (a partial object is deep-merged over the defaults).
 * @throws ModelParamsError naming the field, the allowed range and the value received.
 */
export function compileModel(params: PartialModelParams = {}): CompiledModel {
  const p = validateParams(params);
  const geometry = scaleGeometry(p.subject.massKg, p.subject.heightM, p.subject.pelvicIncidenceDeg);
  const body = bodyCache.get(bodyKey(p)) ?? shippedDefaultBody(p.subject)?.calibration;
  const hipStrengthScale = abductorCalibration() * ISOMETRIC_OVER_CONCENTRIC;
  const elements = buildElements(geometry, p.muscles, hipStrengthScale, body?.referenceLength);
  let thoraxComAnteriorM: number;
  if (body) thoraxComAnteriorM = body.thoraxComAnteriorM;
  else {
    thoraxComAnteriorM = calibrateBalance(geometry, elements);
    rememberBody(p, { referenceLength: Float64Array.from(elements.referenceLength), thoraxComAnteriorM });
  }
  return Object.freeze({
    params: Object.freeze(p),
    geometry,
    elements,
    hipStrengthScale,
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
