/**
 * Segment masses, centres of mass and joint locations of the reference subject
 * (75.16 kg, ~1.75 m), in body frames (m; x anterior, y superior, z right).
 * Sources: opensim-models gait2392 / Rajagopal 2016 (.osim files, docs/model.md §3) [S];
 * Christophy 2012 lumbar masses (docs/model.md §3) [S].
 */

/** Height the reference geometry stands for (docs/model.md §3, "about 1.75–1.80 m") [E]. */
export const REFERENCE_HEIGHT_M = 1.75;
/** Standard gravity (CGPM 1901, the conventional value; what "body weight" (BW) divides by across the model). */
export const GRAVITY_M_PER_S2 = 9.80665;

/** Pelvis mass incl. sacrum; COM in the pelvis frame (gait2392/Rajagopal) [S]. */
export const PELVIS_MASS_KG = 11.777;
export const PELVIS_COM_M = [-0.0707, 0, 0] as const;

/** Hip centre in the pelvis frame, right side (Rajagopal 2016) [S]; left mirrors z. */
export const HIP_CENTRE_R_M = [-0.0563, -0.0785, 0.0773] as const;
/** Lumbosacral ("back") joint in the pelvis frame (gait2392 and Rajagopal) [S]; used as the S1 endplate midpoint. */
export const BACK_JOINT_M = [-0.1007, 0.0815, 0] as const;

/** Femur: mass and COM below the hip centre (gait2392) [S]. */
export const FEMUR_MASS_KG = 9.3014;
export const FEMUR_COM_M = [0, -0.17, 0] as const;
/** Knee centre in the femur frame at 0° knee flexion (gait2392 knee spline at 0°) [S, approx]. */
export const KNEE_IN_FEMUR_M = [-0.0045, -0.396, 0] as const;
/** Shank: mass and COM below the knee (gait2392 tibia) [S]. */
export const SHANK_MASS_KG = 3.7075;
export const SHANK_COM_M = [0, -0.1867, 0] as const;
/** Ankle in the tibia frame (gait2392 ankle joint, 0.43 m below the knee) [S]. */
export const ANKLE_IN_TIBIA_M = [0, -0.43, 0] as const;
/** Foot (talus + calcaneus + toes) mass (gait2392) [S]; COM ~5 cm anterior, 4 cm below the ankle [E]. */
export const FOOT_MASS_KG = 1.567;
export const FOOT_COM_FROM_ANKLE_M = [0.05, -0.04, 0] as const;

/** Head, arms and trunk above the back joint (gait2392 torso) [S]; its COM 0.32 m above, 0.03 m behind the back joint. */
export const HAT_MASS_KG = 34.2366;
export const HAT_COM_FROM_BACK_JOINT_M = [-0.03, 0.32, 0] as const;

/** Lumbar vertebra masses incl. surrounding tissue (Christophy 2012) [S], L1..L5. */
export const LUMBAR_MASS_KG = [1.677, 1.689, 1.67, 1.799, 1.824] as const;

/** Gravity line 9 mm anterior to the femoral heads in asymptomatic standing (Vaz 2002) [S]. */
export const GRAVITY_LINE_ANTERIOR_TO_HIPS_M = 0.009;

/** Total mass of the gait2392 reference model: the sum of its segments, 75.165 kg (docs/model.md §3: 75.16) [S]. */
export const REFERENCE_MASS_KG = PELVIS_MASS_KG + 2 * (FEMUR_MASS_KG + SHANK_MASS_KG + FOOT_MASS_KG) + HAT_MASS_KG;
