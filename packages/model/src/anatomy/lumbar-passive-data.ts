/**
 * Per-level passive ranges of the lumbar motion segments (docs/model.md §5.2).
 * Yamamoto et al. 1989, Spine 14:1256 (10 specimens, pure moments to 10 N·m) [S]:
 * neutral zone (NZ, total over both directions) and range of motion (ROM, one
 * direction) in degrees. Index 0 = L1/L2 … 4 = L5/S1.
 */

export interface LevelRanges {
  /** Neutral zone, flexion–extension / lateral / axial, both directions together (°). */
  readonly nzFlexExtDeg: number;
  readonly nzLateralDeg: number;
  readonly nzAxialDeg: number;
  /** Range of motion at 10 N·m in one direction (°). */
  readonly romFlexionDeg: number;
  readonly romExtensionDeg: number;
  readonly romLateralDeg: number;
  readonly romAxialDeg: number;
}

export const YAMAMOTO_1989: readonly LevelRanges[] = [
  { nzFlexExtDeg: 1.6, nzAxialDeg: 0.9, nzLateralDeg: 1.4, romFlexionDeg: 5.8, romExtensionDeg: 4.3, romAxialDeg: 2.3, romLateralDeg: 4.9 },
  { nzFlexExtDeg: 1.0, nzAxialDeg: 0.8, nzLateralDeg: 2.0, romFlexionDeg: 6.5, romExtensionDeg: 4.3, romAxialDeg: 2.6, romLateralDeg: 7.0 },
  { nzFlexExtDeg: 1.4, nzAxialDeg: 0.7, nzLateralDeg: 1.4, romFlexionDeg: 7.5, romExtensionDeg: 3.7, romAxialDeg: 2.6, romLateralDeg: 5.7 },
  { nzFlexExtDeg: 1.8, nzAxialDeg: 0.4, nzLateralDeg: 1.6, romFlexionDeg: 8.9, romExtensionDeg: 5.8, romAxialDeg: 2.2, romLateralDeg: 5.7 },
  { nzFlexExtDeg: 3.0, nzAxialDeg: 0.4, nzLateralDeg: 1.8, romFlexionDeg: 10.0, romExtensionDeg: 7.8, romAxialDeg: 1.4, romLateralDeg: 5.5 },
];

/** Moment at which Yamamoto's ROM was measured (N·m) [S]. */
export const ROM_MOMENT_NM = 10;
/** Stiffness inside the neutral zone (N·m/°) [E] (spec v2 §2). */
export const NEUTRAL_ZONE_STIFFNESS_NM_PER_DEG = 0.1;
/** Exponential shape factor beyond the neutral zone: bending/flexion–extension 2.5, axial 2.0 [E]. */
export const SHAPE_BENDING = 2.5;
export const SHAPE_AXIAL = 2.0;
