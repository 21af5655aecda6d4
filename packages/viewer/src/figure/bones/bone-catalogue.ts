/**
 * Which OpenSim gait2392 mesh is drawn on which body of the Lumbo model, and
 * how it is carried from its OpenSim body frame into the model's body frame
 * (reference size: the viewer then scales by the subject's length scale).
 *
 * Both use the same convention (x anterior, y up, z right), so most meshes
 * go across unchanged: the femur (origin at the hip centre), the tibia and
 * fibula (origin at the knee). The rest:
 * - Foot: the model's foot is rigid with the tibia, so the talus, calcaneus
 *   and toes are placed at gait2392's neutral joint offsets (ankle 0.43 m
 *   below the knee, subtalar and MTP joints at their `location_in_parent`).
 * - Pelvis and sacrum: the model uses Rajagopal 2016's hip centres
 *   (−0.0563, −0.0785, ±0.0773) m, not gait2392's (−0.0707, −0.0661, ±0.0835),
 *   so the gait2392 pelvis is fitted by a similarity transform (uniform
 *   scale in the sagittal plane, a width scale, a rotation about z and a
 *   sagittal shift) that puts its acetabula on the model's hip centres, its
 *   lumbosacral joint on the model's, and the model's muscle origins onto
 *   its surface (least squares; the fit's residuals are unit-tested).
 * - Torso: `hat_spine` includes gait2392's own lumbar vertebrae; Lumbo draws
 *   L1–L5 itself (they move one by one), so the five lowest vertebrae and the
 *   six lowest discs (L5/S1 … T12/L1) are dropped and the rest is placed so
 *   the T12/L1 disc centre sits at the model's thorax origin (the top of L1).
 * Left-side parts are the right-side meshes mirrored in z.
 */
import { compose, IDENTITY, translation, type Affine } from './mesh-ops.ts';
import type { WarpBump } from './space-warp.ts';

export type BoneBody = 'pelvis' | 'femur_r' | 'femur_l' | 'tibia_r' | 'tibia_l' | 'thorax';

export interface BonePart {
  /** Name in the asset (and in the debug handle). */
  readonly name: string;
  /** Source file in assets/opensim-geometry/. */
  readonly file: string;
  /** The model body it moves with (right side; `mirror` names the left copy's body). */
  readonly body: BoneBody;
  /** Also drawn mirrored (z → −z) on this body. */
  readonly mirror: BoneBody | null;
  /** OpenSim body frame → model body frame at reference size. */
  readonly transform: Affine;
  /** Vertex-clustering cell (m): detail smaller than this is merged; 0 keeps every vertex. */
  readonly cellM: number;
  /** Smooth space warp applied after `transform`, in the model body frame (see PELVIS_WARP). */
  readonly warp?: readonly WarpBump[];
  /** Drops the lumbar part of the torso mesh (see above). */
  readonly dropLumbar?: boolean;
}

/**
 * The pelvis fit (least squares, see the header): scale 1.0709 in x and y,
 * 0.9410 in z, rotation 4.76° about z (ASIS up), shift (+13.6, −1.2, 0) mm.
 * Residuals: hip centres within 1.4 mm, lumbosacral joint 4.6 mm.
 */
const PELVIS_SCALE = 1.0709;
const PELVIS_WIDTH_SCALE = 0.941;
const PELVIS_ROTATION_RAD = 0.0831;
const c = Math.cos(PELVIS_ROTATION_RAD) * PELVIS_SCALE;
const s = Math.sin(PELVIS_ROTATION_RAD) * PELVIS_SCALE;
export const PELVIS_FIT: Affine = { r: [c, -s, 0, s, c, 0, 0, 0, PELVIS_WIDTH_SCALE], t: [0.01357, -0.00116, 0] };

/**
 * The sacrum, refined after the pelvis fit: 6 mm forward, 4 mm down and 10 %
 * narrower, which puts the piriformis and gluteus maximus origins on it
 * (6 and 11 mm instead of 13 and 18) and leaves the L5/S1 disc's lower face
 * a few millimetres above its base.
 */
export const SACRUM_FIT: Affine = compose(translation(0.006, -0.004, 0), compose({ r: [1, 0, 0, 0, 1, 0, 0, 0, 0.9], t: [0, 0, 0] }, PELVIS_FIT));

/**
 * The posterior pelvis, raised to the model's paraspinal and quadratus
 * lumborum origins. gait2392's iliac crest tops out 1 cm above its
 * lumbosacral joint and its posterior crest stays below the sacral base, but
 * the model's erector spinae, multifidus and quadratus lumborum origins
 * (AMMR nodes, docs/model.md §4 "Trunk fascicles") sit on a posterior iliac
 * crest that flanks L5 and rises to the L4–L5 level, as in people (the
 * intercristal line crosses L4–L5). Two symmetric Gaussian bumps (space-warp.ts)
 * lift that part of the ilium, and the dorsal sacrum between the two iliac
 * tuberosities with it, so the sacroiliac joint stays closed; the acetabula,
 * the pubis, the ischium and the anterior crest do not move (weights < 1 %
 * there). Found by a pattern search minimising the bony paraspinal origins'
 * gaps while no other attachment's gap may grow by more than 0.5 mm, the
 * crest top stays at or below 135 mm (the model's L4 body), each bump's
 * shift stays under 1.3 σ and the warp's Jacobian stays above 0.5 at every
 * vertex, so no triangle turns inside out (space-warp.test.ts).
 * Gaps of the bony origins before → after (max over both sides, standing and
 * 60° flexion): erector spinae 33 → 8 mm, multifidus 40 → 10 mm, quadratus
 * lumborum 41 → 4.5 mm; no other group's worst gap grew by more than 0.8 mm.
 */
export const PELVIS_WARP: readonly WarpBump[] = [
  // posterior iliac crest and PSIS: up and back
  { centre: [-0.1219, 0.0819, 0.0668], shift: [-0.0287, 0.0313, -0.0107], radiusM: 0.0334 },
  // iliac crest behind its highest point (the quadratus lumborum's origin): up
  { centre: [-0.0869, 0.0919, 0.0893], shift: [-0.0187, 0.0293, 0.0075], radiusM: 0.0378 },
];

/** gait2392 joint offsets at zero angles (right side), `location_in_parent` [S]. */
const ANKLE_IN_TIBIA = translation(0, -0.43, 0);
const CALCN_IN_TALUS = translation(-0.04877, -0.04195, 0.00792);
const TOES_IN_CALCN = translation(0.1788, -0.002, 0.00108);

/**
 * T12/L1 disc centre in the gait2392 torso frame, measured from `hat_spine`
 * (centroid of its sixth-lowest disc); the build checks the mesh still agrees.
 */
export const T12_L1_IN_TORSO = { x: -0.0108, y: 0.1355, z: 0 } as const;
const TORSO_TO_THORAX = translation(-T12_L1_IN_TORSO.x, -T12_L1_IN_TORSO.y, 0);

export const BONE_PARTS: readonly BonePart[] = [
  { name: 'hemipelvis', file: 'pelvis.vtp', body: 'pelvis', mirror: 'pelvis', transform: PELVIS_FIT, warp: PELVIS_WARP, cellM: 0 },
  { name: 'sacrum', file: 'sacrum.vtp', body: 'pelvis', mirror: null, transform: SACRUM_FIT, warp: PELVIS_WARP, cellM: 0 },
  { name: 'femur', file: 'femur_r.vtp', body: 'femur_r', mirror: 'femur_l', transform: IDENTITY, cellM: 0 },
  { name: 'tibia', file: 'tibia_r.vtp', body: 'tibia_r', mirror: 'tibia_l', transform: IDENTITY, cellM: 0 },
  { name: 'fibula', file: 'fibula.vtp', body: 'tibia_r', mirror: 'tibia_l', transform: IDENTITY, cellM: 0 },
  { name: 'talus', file: 'talus.vtp', body: 'tibia_r', mirror: 'tibia_l', transform: ANKLE_IN_TIBIA, cellM: 0 },
  { name: 'calcaneus-and-midfoot', file: 'foot.vtp', body: 'tibia_r', mirror: 'tibia_l', transform: compose(ANKLE_IN_TIBIA, CALCN_IN_TALUS), cellM: 0.004 },
  { name: 'toes', file: 'bofoot.vtp', body: 'tibia_r', mirror: 'tibia_l', transform: compose(compose(ANKLE_IN_TIBIA, CALCN_IN_TALUS), TOES_IN_CALCN), cellM: 0.004 },
  { name: 'thoracic-and-cervical-spine', file: 'hat_spine.vtp', body: 'thorax', mirror: null, transform: TORSO_TO_THORAX, cellM: 0.003, dropLumbar: true },
  { name: 'ribs', file: 'hat_ribs.vtp', body: 'thorax', mirror: null, transform: TORSO_TO_THORAX, cellM: 0.005 },
  { name: 'skull', file: 'hat_skull.vtp', body: 'thorax', mirror: null, transform: TORSO_TO_THORAX, cellM: 0.006 },
  { name: 'jaw', file: 'hat_jaw.vtp', body: 'thorax', mirror: null, transform: TORSO_TO_THORAX, cellM: 0.006 },
];

/** Components of `hat_spine` below T12 (sorted by height): L5…L1 and the discs L5/S1…T12/L1. */
export const LUMBAR_COMPONENTS_IN_HAT_SPINE = 11;
