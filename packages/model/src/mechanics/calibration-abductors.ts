/**
 * Voluntary-strength calibration of the hip muscles (docs/model.md §4 [E]): the
 * published maximum isometric forces overstate what a person can produce
 * voluntarily, so all hip-muscle forces are scaled by one factor chosen so
 * that the default subject's concentric capacity of the primary abductors
 * (gluteus medius and minimus, as in docs/model.md §4) at the anatomical reference
 * posture equals Sugimoto 2014's 1.29 N·m/kg (males, isokinetic 60°/s) [S].
 * Computed once from the reference geometry.
 */
import { scaleGeometry } from '../geometry/scaled-geometry.ts';
import { REFERENCE_HEIGHT_M, REFERENCE_MASS_KG } from '../data/segments.ts';
import { buildElements, referencePosture } from '../geometry/elements.ts';
import { DEFAULT_PARAMS } from '../params/schema.ts';
import { computePose, createPoseBuffers } from '../geometry/pose.ts';
import * as B from '../geometry/bodies.ts';
import { isPrimaryAbductor } from './abductors.ts';
import { shippedRawAbductionCapacityNm } from './default-body.ts';
import { CENTRE_HIP, createElementState, createGroupLoads, updateElementState, updateGroupLoads } from './equilibrium.ts';

/** Sugimoto et al. 2014 (Clin J Sport Med 24:422), males: 1.29 ± 0.24 N·m/kg [S]. */
export const VOLUNTARY_ABDUCTION_NM_PER_KG = 1.29;

let cached: number | undefined;

/** Raw (uncalibrated) abduction capacity of the right hip's primary abductors at the reference posture, N·m. */
export function rawAbductionCapacityNm(): number {
  const g = scaleGeometry(REFERENCE_MASS_KG, REFERENCE_HEIGHT_M, DEFAULT_PARAMS.subject.pelvicIncidenceDeg);
  const t = buildElements(g, DEFAULT_PARAMS.muscles, 1);
  const pose = createPoseBuffers(t.pointCount);
  computePose(g, 0, t, referencePosture(g), pose);
  const state = createElementState(t.count);
  updateElementState(t, pose, state);
  const loads = createGroupLoads([{ label: 'hip_r', mask: B.ALL_MASK & ~B.LEG_R_MASK, centre: CENTRE_HIP, index: 1, axes: [0, 1, 2] }], t.count);
  updateGroupLoads(t, pose, loads);
  let capacity = 0;
  for (let i = 0; i < t.count; i++) {
    const arm = loads.unitMoment[i * 3]!; // moment on the pelvis about its x axis: + = right side pulled down = abduction of the right hip
    if (arm > 0 && isPrimaryAbductor(t, i)) capacity += state.activeForce[i]! * arm;
  }
  return capacity;
}

/**
 * Factor applied to the published Fmax of hip muscles for voluntary concentric effort. The raw
 * capacity is a constant of the model; it ships with the default body's data (mechanics/default-body.ts).
 */
export function abductorCalibration(): number {
  if (cached === undefined) cached = (VOLUNTARY_ABDUCTION_NM_PER_KG * REFERENCE_MASS_KG) / (shippedRawAbductionCapacityNm() ?? rawAbductionCapacityNm());
  return cached;
}
