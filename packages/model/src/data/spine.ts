/**
 * Lumbar spine: levels, disc sizes, spacing, rhythm, stiffness and the neutral
 * standing alignment. Every constant names its source (docs/model.md §3, §4.3, §5.2).
 */
import type { LevelName } from '../result/types.ts';

/** Levels from the top down (index 0 = L1/L2). */
export const LEVELS: readonly LevelName[] = ['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'];

/** Disc axial area (mm²), Remus 2021 FE discs (docs/model.md §3) [D]. */
export const DISC_AREA_MM2 = [1605, 1540, 1592, 1707, 1584] as const;
/** Disc lateral width × AP depth (mm), Remus 2021 [D]. */
export const DISC_WIDTH_MM = [48.6, 48.0, 49.3, 54.0, 56.4] as const;
export const DISC_DEPTH_MM = [39.5, 39.2, 40.0, 39.2, 33.9] as const;
/** Disc maximum thickness (mm), Remus 2021 [D] (drawing only). */
export const DISC_HEIGHT_MM = [12.3, 12.8, 14.1, 15.9, 15.2] as const;

/**
 * Distance from each level's disc centre to the next one up (m), i.e. the
 * length of the vertebra above it: L5 (L5/S1→L4/L5) 39.0, L4 41.0, L3 40.9,
 * L2 40.0 mm (Remus 2021 spacings, docs/model.md §3) [D]; L1 (L1/L2→T12/L1) 38 mm [E]
 * (not in the source; similar to its neighbours).
 * Index by level (0 = L1/L2): the vertebra *above* that level.
 */
export const VERTEBRA_LENGTH_M = [0.038, 0.04, 0.0409, 0.041, 0.039] as const;

/** Intersegmental rhythm, fractions per level (Christophy 2012, docs/model.md §3) [S]. Index 0 = L1/L2. */
export const FLEXION_RHYTHM = [0.255, 0.231, 0.204, 0.185, 0.125] as const;
export const LATERAL_RHYTHM = [0.188, 0.25, 0.245, 0.181, 0.136] as const;
export const AXIAL_RHYTHM = [0.169, 0.182, 0.221, 0.221, 0.208] as const;

/**
 * Split of the neutral standing lordosis over the levels (docs/model.md §3 item 3) [E]:
 * L5/S1 0.40, L4/L5 0.27, L3/L4 0.17, L2/L3 0.10, L1/L2 0.06 — L4–S1 = 67 % (V16).
 * Index 0 = L1/L2.
 */
export const LORDOSIS_SPLIT = [0.06, 0.1, 0.17, 0.27, 0.4] as const;

/** Linear per-level passive stiffness (N·m/°), AMMR DiscStiffness after Schmidt 1998 (docs/model.md §5.2) [S]. */
export const DISC_STIFFNESS_NM_PER_DEG = {
  flexion: 1.8,
  extension: 2.6,
  lateralBending: 2.3,
  axialRotation: 8.4,
} as const;

/** Neutral alignment regressions, Le Huec 2017 (3-D EOS, n=268) [S]: LL(L1–S1) and PT from PI (degrees). */
export function neutralLordosisDeg(pelvicIncidenceDeg: number): number {
  return 0.54 * pelvicIncidenceDeg + 27.6;
}
export function neutralPelvicTiltDeg(pelvicIncidenceDeg: number): number {
  return 0.44 * pelvicIncidenceDeg - 11.4;
}

/** Nachemson's in-vitro ratio IDP·A / C_disc ≈ 1.5 [R] (docs/model.md §6). */
export const IDP_FACTOR = 1.5;
