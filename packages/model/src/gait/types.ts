/**
 * Gait result: struct-of-arrays Float64Arrays (one per quantity, one value per
 * frame; the last frame repeats the first) plus a summary. Same sign
 * conventions as the static tasks (conventions.ts). All arrays are plain typed
 * arrays so a worker can transfer them.
 */
import type { LevelName, PoseResult } from '../result/types.ts';
import type { MuscleGroup, Side } from '../params/fields.ts';
import type { GaitCoordinate } from './kinematics.ts';

export interface GaitLevelSeries {
  compressionN: Float64Array;
  leftCompressionN: Float64Array;
  rightCompressionN: Float64Array;
  asymmetryIndex: Float64Array;
  apShearN: Float64Array;
  mlShearN: Float64Array;
  lateralMomentNm: Float64Array;
  intradiscalPressureMPa: Float64Array;
  /** Segmental angle of the level (deg, + = lordotic; the static result's lumbar.levels[].angleDeg): lordosisDeg is their sum. */
  angleDeg: Float64Array;
  /** Lateral bending of the level (deg, + = the upper vertebra bends right). */
  lateralBendDeg: Float64Array;
  /** Axial rotation of the level (deg, + = the upper vertebra turns left, as lumbar_rotation). */
  axialRotationDeg: Float64Array;
  /** Axial moment carried by the level (N·m, + turns the upper vertebra left). */
  axialMomentNm: Float64Array;
  /** Contact force of the left and right facet joints (N; docs/model.md §6). */
  leftFacetForceN: Float64Array;
  rightFacetForceN: Float64Array;
}

/** A vector per frame, world axes of the model (x forward, y up, z right). */
export interface GaitVectorSeries {
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/** Net joint moments of a hip (N·m), OpenSim generalised-force signs (hip_flexion_r_moment …): + = flexor, adductor, internal rotator. */
export interface GaitHipMoments {
  flexionNm: Float64Array;
  adductionNm: Float64Array;
  rotationNm: Float64Array;
}

/** Net moment of the lower on the upper body at L5/S1 (N·m), as lumbar_extension/bending/rotation_moment: + = extensor, right bender, left rotator. */
export interface GaitLumbosacralMoments {
  extensionNm: Float64Array;
  bendingNm: Float64Array;
  rotationNm: Float64Array;
}

/** Per-level peaks over the cycle. */
export interface GaitLevelSummary {
  peakCompressionN: number;
  peakLeftCompressionN: number;
  peakRightCompressionN: number;
  peakLeftFacetForceN: number;
  peakRightFacetForceN: number;
}

export interface GaitSideSeries<T> {
  left: T;
  right: T;
}

export interface StanceSummary {
  /** Largest drop of the opposite side of the pelvis during this leg's stance (deg, ≥ 0 means it drops). */
  peakContralateralDropDeg: number;
  /** Largest trunk lean toward this (stance) side during its stance (deg). */
  peakTrunkLeanTowardStanceDeg: number;
  peakL4L5CompressionN: number;
  /** Mean L4/L5 asymmetry index over this leg's stance (+ = right half carries more). */
  meanL4L5AsymmetryIndex: number;
  /** Largest abductor deficit (demand − capacity − passive) during stance (N·m, 0 = none). */
  peakAbductorDeficitNm: number;
  peakHipAbductorDemandNm: number;
}

export interface GaitSummary {
  pelvicObliquityRangeDeg: number;
  trunkLateralLeanRangeDeg: number;
  anteriorPelvicTiltRangeDeg: number;
  meanAnteriorPelvicTiltDeg: number;
  leftStance: StanceSummary;
  rightStance: StanceSummary;
  /**
   * Peak hip abductor demand over the cycle per kg of body mass (compare CGM2.3: 0.78 N·m/kg), of the motion
   * before any compensation: the demand that sizes the drop and lean (docs/model.md §9.3). The net moment of the
   * motion finally simulated is `peakHipAbductorMomentNmPerKg` (a Trendelenburg drop raises it: the trunk moves
   * away from the stance hip and passive tissue carries the rest).
   */
  peakHipAbductorDemandNmPerKg: number;
  /** Peak net internal hip abductor moment per side (N·m/kg): −hip_adduction moment. */
  peakHipAbductorMomentNmPerKg: GaitSideSeries<number>;
  /** Peak hip contact force per side in body weights (compare Bergmann's OrthoLoad: ≈ 2.4–2.8 BW). */
  peakHipContactForceBW: GaitSideSeries<number>;
  levels: Record<LevelName, GaitLevelSummary>;
  /** Largest hip-flexor deficit over the cycle per leg in the motion finally simulated, i.e. after the forward inclination (N·m; 0 = the flexors and passive tissue suffice; what is left goes to other muscles or reserves). */
  peakHipFlexorDeficitNm: GaitSideSeries<number>;
  /** Largest hip-flexor deficit of the loaded leg before any compensation (N·m): what sizes the forward inclination. */
  peakHipFlexorDeficitBeforeCompensationNm: GaitSideSeries<number>;
  /** Forward trunk inclination held through the cycle for the hip flexors (deg, docs/model.md §9.3, step 5; 0 = none). */
  trunkForwardCompensationDeg: number;
  /** Hip rotation shift by the piriformis per leg, mean over that leg's stance (deg, + = internal). */
  meanStanceHipRotationPiriformisDeg: GaitSideSeries<number>;
  /** Share of the cycle's frames in which the muscles balanced every moment without reserves above 1 N·m (× s_m·s_h, docs/model.md §4.4). */
  feasibleFraction: number;
  /** Mean over the cycle of the whole-body residual force magnitude (N) and moment magnitude (N·m). */
  meanResidualForceN: number;
  meanResidualMomentNm: number;
}

export interface GaitAnimation {
  /** Body names (as in PoseResult.bodies) and per frame: origin (3) then rotation matrix row-major (9). */
  bodyNames: string[];
  bodyFrames: Float64Array; // frames × bodies × 12
  /** Landmark names (as in PoseResult.landmarks) and per frame world positions. */
  landmarkNames: string[];
  landmarks: Float64Array; // frames × landmarks × 3
  /** Muscle path points, elements in PoseResult.muscles order: element e's are points musclePointStart[e] … musclePointStart[e + 1] − 1. */
  musclePointStart: Int32Array;
  /**
   * Every path point is fixed to one body (straight-line paths, docs/model.md §4): the body's index in
   * bodyNames, and the point's position in that body's frame (points × 3, m). Its world position at
   * frame i is origin + R·local with that body's bodyFrames of frame i; `musclePointsAt` computes a
   * frame's points. (A frames × points × 3 copy was 1.2 MB per cycle, and fresh memory is what a
   * browser worker's cycle spent most on: docs/performance.md.)
   */
  musclePointBody: Int32Array;
  musclePointLocalM: Float64Array; // points × 3
  muscleActivation: Float64Array; // frames × elements
  /** Per frame and level: disc centre (3), normal (3), lateral axis (3). */
  discFrames: Float64Array; // frames × 5 × 9
  centreOfMass: Float64Array; // frames × 3
}

/**
 * One gait cycle, struct-of-arrays (docs/model.md §9). Its Float64Array series are views into a few shared
 * buffers (series-slab.ts): `.buffer` is not the series' own, so copy a series (`.slice()`) before passing
 * its buffer on.
 */
export interface GaitResult {
  frames: number;
  cycleDurationS: number;
  timeS: Float64Array;
  cyclePercent: Float64Array;
  /** Where the baseline kinematics came from. */
  source: string;
  pelvicObliquityDeg: Float64Array;
  anteriorPelvicTiltDeg: Float64Array;
  pelvicTiltDeg: Float64Array;
  /** Sacral slope per frame (PI − PT). */
  sacralSlopeDeg: Float64Array;
  trunkLateralLeanDeg: Float64Array;
  trunkForwardLeanDeg: Float64Array;
  lordosisDeg: Float64Array;
  levels: Record<LevelName, GaitLevelSeries>;
  /** Hip abductor demand per leg (N·m, ≥ 0) of the motion before compensation, and the abductors' capacity: what sizes the drop and lean (docs/model.md §9.3). */
  hipAbductorDemandNm: GaitSideSeries<Float64Array>;
  hipAbductorCapacityNm: GaitSideSeries<Float64Array>;
  /** Compensation actually applied (after smoothing): pelvic drop toward the swing side and trunk lean toward the stance side, per stance leg. */
  pelvicDropDeg: GaitSideSeries<Float64Array>;
  trunkLeanCompensationDeg: GaitSideSeries<Float64Array>;
  /** Backward trunk lurch (gluteus maximus gait) per stance leg (deg). */
  trunkLurchDeg: GaitSideSeries<Float64Array>;
  /** Forward trunk inclination (deg, + = forward) held through the cycle to take a hip-flexor deficit off the trailing leg in late stance (docs/model.md §9.3, step 5); 0 when the flexors suffice. Included in trunkForwardLeanDeg and lumbar_extension. */
  trunkForwardCompensationDeg: Float64Array;
  /** Hip-flexor balance per leg (N·m, docs/model.md §9.3, step 5): flexion demand of inverse dynamics (+ = flexor, as hip_flexion moment), isometric capacity of iliopsoas, rectus femoris and TFL, net passive flexion, and the deficit demand − capacity − passive (≥ 0). */
  hipFlexorDemandNm: GaitSideSeries<Float64Array>;
  hipFlexorCapacityNm: GaitSideSeries<Float64Array>;
  hipFlexorPassiveNm: GaitSideSeries<Float64Array>;
  hipFlexorDeficitNm: GaitSideSeries<Float64Array>;
  /** Shift of the hip rotation by a stiff or toned piriformis (deg, + = internal, as hip_rotation; docs/model.md §9.3, step 6); included in coordinates.hip_rotation_*. */
  hipRotationPiriformisDeg: GaitSideSeries<Float64Array>;
  hipContactForceN: GaitSideSeries<Float64Array>;
  /** 1 where the leg is in stance (the cycle's events: right heel strike at 0 %, toe-off of the kinematics; the measured force may start a frame earlier). */
  stance: GaitSideSeries<Uint8Array>;
  /** Joint angles and translations for animation and export (OpenSim names; deg or m). */
  coordinates: Record<GaitCoordinate, Float64Array>;
  /** Muscle activations per group and side (force-weighted mean over the group's elements). */
  activations: Record<MuscleGroup, GaitSideSeries<Float64Array>>;
  /** Largest reserve moment per frame (N·m): non-zero means the muscles could not hold that frame. */
  maxReserveNm: Float64Array;
  /** 1 where the muscles balanced every equation without reserves above 1 N·m × s_m·s_h (docs/model.md §4.4). */
  feasible: Uint8Array;
  /** Pelvic axial rotation (deg, + = the pelvis turns left, right hemipelvis forward; OpenSim pelvis_rotation). */
  pelvicRotationDeg: Float64Array;
  /** Measured ground reaction per foot (N, scaled to the model's mass) and its centre of pressure (m, model world). */
  groundReactionForceN: GaitSideSeries<GaitVectorSeries>;
  centreOfPressureM: GaitSideSeries<GaitVectorSeries>;
  /** Measured free torque per foot (N·m, world axes, about the centre of pressure; scaled with mass × height): what OpenSim's external loads call ground_torque_*. */
  groundReactionTorqueNm: GaitSideSeries<GaitVectorSeries>;
  /** Net hip moments per side from inverse dynamics (docs/model.md §9.2). */
  hipMomentNm: GaitSideSeries<GaitHipMoments>;
  /** Net knee moment per side (N·m, + = extensor, as knee_angle_r_moment). */
  kneeMomentNm: GaitSideSeries<Float64Array>;
  /** Net moments at L5/S1, top down. */
  lumbosacralMomentNm: GaitLumbosacralMoments;
  /** Whole-body residual force (N) and moment about the centre of mass (N·m): what the measured reactions do not balance. */
  residualForceN: GaitVectorSeries;
  residualMomentNm: GaitVectorSeries;
  summary: GaitSummary;
  /** Geometry of frame 0 (names, disc sizes, muscle list) and the per-frame animation arrays. */
  pose: PoseResult;
  animation: GaitAnimation;
  warnings: string[];
}

export type { Side };
