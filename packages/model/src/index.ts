/**
 * @lumbo/model — public entry. Everything a front end needs, by name.
 * Units: SI inside; degrees only in parameter and result fields named `…Deg`.
 */
export { compileModel, type CompiledModel } from './engine/compile.ts';
export { ModelParamsError } from './params/errors.ts';
// the zod schema of the parameters is on its own subpath, @lumbo/model/params-schema, so that
// loading the model does not load zod (compileModel checks against the catalogue: params/check.ts)
export {
  DEFAULT_PARAMS,
  type ModelParams,
  type PartialModelParams,
  type MuscleKnobs,
} from './params/schema.ts';
export {
  MUSCLE_GROUPS,
  MUSCLE_LABELS,
  SIDES,
  GROUP_KNOBS,
  SUBJECT_FIELDS,
  STRATEGY_FIELDS,
  MUSCLE_FIELDS,
  ALL_FIELDS,
  type MuscleGroup,
  type Side,
  type KnobName,
  type KnobSpec,
  type ScalarFieldSpec,
  type MuscleFieldSpec,
} from './params/fields.ts';
export { solveTask, solveTaskValues, validateTask, TaskError } from './tasks/solve-task.ts';
export { TASK_KINDS, TRUNK_FLEXION_RANGE_DEG } from './engine/task.ts';
export { LEVELS } from './data/spine.ts';
// gait (docs/model.md §7–§5.5) and OpenSim interop
export { simulateGait, FRAMES_RANGE, CYCLE_DURATION_RANGE_S, createGaitContinuation, type GaitOptions, type GaitContinuation } from './gait/simulate.ts';
export type {
  GaitResult,
  GaitSummary,
  StanceSummary,
  GaitLevelSeries,
  GaitAnimation,
  GaitSideSeries,
  GaitVectorSeries,
  GaitHipMoments,
  GaitLumbosacralMoments,
  GaitLevelSummary,
} from './gait/types.ts';
export { normativeKinematics, kinematicsFromMot, kinematicsToMot, GAIT_COORDINATES, SUBJECT_HEIGHT_RANGE_M, type GaitKinematics, type GaitCoordinate } from './gait/kinematics.ts';
export { gaitToMot, gaitToSto, gaitGroundReactionsToMot } from './gait/opensim.ts';
export { groundReactionsFromMot, measuredRightToeOffFraction, SUBJECT_MASS_RANGE_KG, type MeasuredGroundReactions, type GroundReactionImportOptions } from './gait/measured-reactions.ts';
export { trialCycle, trialKinematics, withTrialGroundReactions, TRIAL_TOE_OFF_RANGE, type LabTrial, type TrialCycleEvents, type TrialPlatesOptions } from './gait/lab-trial.ts';
export { rightHeelStrikesS, cutKinematics, MIN_UNLOADED_S, CYCLE_EDGE_TOLERANCE_S } from './gait/trial-cycle.ts';
export { footPrefixesFromExternalLoads, type FootPrefixes } from './gait/external-loads.ts';
export { CGM23_NORMATIVE } from './gait/data/cgm23-normative.ts';
export { SUBJECT01_ID_CYCLE_PERCENT, SUBJECT01_ID_REFERENCE } from './gait/data/subject01-inverse-dynamics.ts';
export { cycleMean, cycleMax } from './gait/cycle-stats.ts';
export { musclePointsAt } from './gait/muscle-points.ts';
export { parseStorage, formatStorage, StorageFormatError, type StorageTable } from './io/storage.ts';
// validation hooks (docs/model.md §10): clinical read-outs computed from the model's own geometry
export { hipRotationMomentArmM, passiveRotationRangeDeg, passiveRestRotationDeg, passiveRotationMomentNm } from './mechanics/hip-rom.ts';
export { splitDiscCompression, halfSectionFactorPerM, type DiscSplit } from './mechanics/lumbar-loads.ts';
export { SIGN_CONVENTIONS } from './conventions.ts';
export { GRAVITY_M_PER_S2 } from './data/segments.ts';
export type {
  Task,
  TaskResult,
  TaskValues,
  LevelName,
  LevelResult,
  PelvisResult,
  HipResult,
  MuscleResult,
  ReserveResult,
  PoseResult,
  Vec3,
} from './result/types.ts';
