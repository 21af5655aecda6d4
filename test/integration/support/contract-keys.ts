/**
 * The output contract's field names, checked against the TypeScript types at
 * compile time (`satisfies Record<keyof …, true>` fails if a field is added or
 * removed) and against real JSON at run time.
 */
import type { HipResult, LevelResult, MuscleResult, PelvisResult, TaskResult } from '@lumbo/model';

const keysOf = <T>(record: Record<keyof T, true>): string[] => Object.keys(record).sort();

export const TASK_RESULT_KEYS = keysOf<TaskResult>({
  task: true,
  pelvis: true,
  lumbar: true,
  trunk: true,
  hips: true,
  muscles: true,
  reserves: true,
  converged: true,
  feasible: true,
  warnings: true,
  pose: true,
  bodyWeightN: true,
});

export const PELVIS_KEYS = keysOf<PelvisResult>({
  anteriorTiltDeg: true,
  pelvicTiltDeg: true,
  sacralSlopeDeg: true,
  pelvicIncidenceDeg: true,
  obliquityDeg: true,
  axialRotationDeg: true,
});

export const LEVEL_KEYS = keysOf<LevelResult>({
  level: true,
  angleDeg: true,
  lateralBendDeg: true,
  axialRotationDeg: true,
  compressionN: true,
  apShearN: true,
  mlShearN: true,
  lateralMomentNm: true,
  axialMomentNm: true,
  leftCompressionN: true,
  rightCompressionN: true,
  asymmetryIndex: true,
  intradiscalPressureMPa: true,
  facetShare: true,
  leftFacetForceN: true,
  rightFacetForceN: true,
  discCompressionN: true,
});

export const HIP_KEYS = keysOf<HipResult>({
  flexionDeg: true,
  adductionDeg: true,
  contactForceN: true,
  abductorDemandNm: true,
  abductorCapacityNm: true,
  abductorVoluntaryCapacityNm: true,
});

export const MUSCLE_KEYS = keysOf<MuscleResult>({
  group: true,
  side: true,
  activation: true,
  forceN: true,
  passiveForceN: true,
});

export const sortedKeys = (value: object): string[] => Object.keys(value).sort();
