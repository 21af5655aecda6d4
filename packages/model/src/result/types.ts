/**
 * The output contract of a static task (issue: "Output contract"). Plain JSON:
 * tests, the CLI and the viewer depend on these names. Every number carries
 * its unit in its name; sign conventions are in ../conventions.ts.
 */
import type { MuscleGroup, Side } from '../params/fields.ts';

export type LevelName = 'L1/L2' | 'L2/L3' | 'L3/L4' | 'L4/L5' | 'L5/S1';

export type Task =
  | { kind: 'standing' }
  | { kind: 'single-leg-stance'; side: Side }
  | { kind: 'trunk-flexion'; angleDeg: number }
  | { kind: 'sitting' };

export interface PelvisResult {
  /** Clinical ASIS–PSIS inclination, + = ASIS lower than PSIS (anterior tilt). */
  anteriorTiltDeg: number;
  /** Radiographic pelvic tilt PT, + = retroversion (S1 behind the hip axis). */
  pelvicTiltDeg: number;
  /** Sacral slope SS (S1 endplate to horizontal). */
  sacralSlopeDeg: number;
  /** Pelvic incidence PI (morphological; PI = PT + SS). */
  pelvicIncidenceDeg: number;
  /** Frontal-plane obliquity, + = right side of the pelvis lower. */
  obliquityDeg: number;
  /** Axial rotation (OpenSim pelvis_rotation), + = the pelvis turns left (right hemipelvis forward). */
  axialRotationDeg: number;
}

export interface LevelResult {
  level: LevelName;
  /** Segmental lordosis angle (Cobb-like, + = lordotic / extended). */
  angleDeg: number;
  /** Segmental lateral bend (like OpenSim lumbar_bending), + = the upper vertebra bends right. */
  lateralBendDeg: number;
  /** Segmental axial rotation (like OpenSim lumbar_rotation), + = the upper vertebra turns left. */
  axialRotationDeg: number;
  /** Total compressive force along the disc normal carried by disc + facets (joint reaction). */
  compressionN: number;
  /** Antero-posterior shear in the disc plane, + = upper vertebra pushed anterior relative to the lower. */
  apShearN: number;
  /** Medio-lateral shear in the disc plane, + = upper vertebra pushed to the right relative to the lower. */
  mlShearN: number;
  /** Lateral-bending moment applied to the motion segment by everything above it (full 3-D reaction), + = bends right (right side compressed). */
  lateralMomentNm: number;
  /** Axial moment applied to the motion segment, + = turns the upper vertebra left. */
  axialMomentNm: number;
  /** Disc compression on the left half (docs/model.md §6 elliptical split). */
  leftCompressionN: number;
  /** Disc compression on the right half. */
  rightCompressionN: number;
  /** (right − left)/(right + left): + = right half carries more. */
  asymmetryIndex: number;
  /** Intradiscal pressure estimate 1.5·C_disc/A (docs/model.md §6). */
  intradiscalPressureMPa: number;
  /** Share of compression carried by the two facet joints together (docs/model.md §6.2). */
  facetShare: number;
  /** Contact force on the left facet joint. */
  leftFacetForceN: number;
  /** Contact force on the right facet joint. */
  rightFacetForceN: number;
  /** Disc compression (compression minus both facet forces). */
  discCompressionN: number;
}

export interface HipResult {
  /** Hip flexion angle (OpenSim hip_flexion; + = flexion). */
  flexionDeg: number;
  /** Hip adduction angle (OpenSim hip_adduction; + = adduction). */
  adductionDeg: number;
  /** Magnitude of the hip joint reaction force. */
  contactForceN: number;
  /** External adduction moment the abductors must resist (0 in bilateral stance). */
  abductorDemandNm: number;
  /** Abduction moment the abductors can produce isometrically at this posture (strength, inhibition, force–length). */
  abductorCapacityNm: number;
  /** Voluntary concentric abduction capacity (calibrated to Sugimoto 2014, docs/model.md §4). */
  abductorVoluntaryCapacityNm: number;
}

export interface MuscleResult {
  group: MuscleGroup;
  side: Side;
  /** Activation, the mean over the group's elements weighted by maximum force (0–1). */
  activation: number;
  /** Total tension of the group's elements on that side (active + passive). */
  forceN: number;
  /** Passive part of forceN. */
  passiveForceN: number;
}

export interface ReserveResult {
  /** Equilibrium equation the reserve acted on, e.g. `hip_r.flexion` or `L4/L5.extension`. */
  dof: string;
  /** Moment the muscles could not supply. */
  momentNm: number;
}

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

/** World-space geometry of the solved posture (metres; x anterior, y up, z right) for drawing. */
export interface PoseResult {
  /** Named landmarks: hip centres, knees, ankles, S1 endplate, vertebral bodies, ASIS/PSIS, COMs. */
  landmarks: Record<string, Vec3>;
  /** Body frames: origin and rotation matrix columns (x, y, z axes in world). */
  bodies: { name: string; origin: Vec3; axes: [Vec3, Vec3, Vec3] }[];
  /** Disc centre, normal (pointing up the spine) and size per level. */
  discs: { level: LevelName; centre: Vec3; normal: Vec3; lateral: Vec3; widthM: number; depthM: number; heightM: number }[];
  /** Body frames also include `sacrum`, the S1 endplate frame (its y axis is the endplate normal). */
  /** Each muscle element's path as world points, its activation, tension, and its strength-scaled maximum active force. */
  muscles: {
    name: string;
    group: MuscleGroup;
    side: Side;
    points: Vec3[];
    /** The body each point is fixed to (a name in `bodies`), parallel to `points`: paths are straight lines between body-fixed points. */
    pointBodies: string[];
    activation: number;
    forceN: number;
    maxForceN: number;
    /** The `strength` knob of this element's muscle (1 = normal). */
    strength: number;
  }[];
  /** Whole-body centre of mass and the hip-axis midpoint (for the gravity line). */
  centreOfMass: Vec3;
  hipAxisMidpoint: Vec3;
}

export interface TaskResult {
  task: Task;
  pelvis: PelvisResult;
  lumbar: {
    lordosisDeg: number;
    /** Frontal Cobb angle L1–S1 (sum of the segmental lateral bends with the sign flipped), + = convex to the left. */
    lateralCurveDeg: number;
    levels: LevelResult[];
  };
  trunk: {
    /** Thorax inclination from vertical, + = forward. */
    forwardLeanDeg: number;
    /** Thorax lateral inclination from vertical, + = leans right. */
    lateralLeanDeg: number;
  };
  hips: Record<Side, HipResult>;
  muscles: MuscleResult[];
  /** Moments the muscles could not supply (non-zero = capacity exceeded). */
  reserves: ReserveResult[];
  /** True when the posture and force solvers both met their numerical tolerances. */
  converged: boolean;
  /**
   * True when the muscles balanced every moment without a reserve above
   * FEASIBILITY_RESERVE_NM (docs/model.md §4.4). A result with feasible = false needed
   * moments no muscle could supply: it is not a normal answer.
   */
  feasible: boolean;
  warnings: string[];
  pose: PoseResult;
  /** Body weight used for normalisation. */
  bodyWeightN: number;
}

/**
 * A task's numbers without the drawing pose (`solveTaskValues`): what sweeps read. The pose is two
 * thirds of what building a result allocates (~225 of ~310 kB per task), and sweeps never read it.
 */
export type TaskValues = Omit<TaskResult, 'pose'>;
