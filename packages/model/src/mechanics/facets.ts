/**
 * Facet joint contact (docs/model.md §6.2): partitions each level's reaction
 * between the disc and the two facets; adds no stiffness (the passive curves
 * describe the whole motion segment).
 * 1. share f = clip(0.16 + 0.04·Δθ_e, 0, f_max), Δθ_e the extension change from
 *    neutral standing in degrees: 16 % erect (Adams & Hutton 1980) [S], none from
 *    4° of flexion ("slightly flexed" sitting: 0 %) [S], slope [E];
 *    f_max = 0.35 for a healthy disc, up to 0.70 with disc height loss [S2].
 * 2. F_f = f·C split equally, then
 * 3. axial: φ_ax·M_AR/d_f to the right facet when M_AR > 0 (the load turns the
 *    upper vertebra left: the contralateral facet is pressed), φ_ax = 1/3,
 *    d_f = 35 mm (Jaumard 2011: ≈ 70 N × 35 mm of 7.5 N·m) [D/E];
 * 4. lateral: φ_lb·M_LB/s_f to the right facet when M_LB > 0 (bending right presses
 *    the ipsilateral facet), φ_lb = 0.3, s_f = 30 mm [E].
 * Facets only push: a negative side is clamped to 0 and that load stays with the disc.
 *
 * Two kinds of contact, with different directions (docs/model.md §6.2, deviation in §13):
 * - the erect share and the lateral part (steps 1, 2, 4) are carried *along the disc axis*
 *   (the inferior articular processes bear on the level below in extension and on the
 *   concave side in bending: Adams & Hutton 1980 [S]), so they take compression and
 *   lateral moment off the disc;
 * - the torsion part (step 3) is pressed across the joint, in the transverse plane: the
 *   lumbar articular surfaces stand near-vertical (Bogduk, Clinical anatomy of the
 *   lumbar spine, 2005 [S]) and resist axial rotation by impaction of the contralateral
 *   facet (Adams & Hutton 1981 [S]), so it adds to that facet's contact force but takes
 *   neither compression nor lateral moment from the disc.
 */
export const FACET_SHARE_ERECT = 0.16;
export const FACET_SHARE_PER_DEG_EXTENSION = 0.04;
export const FACET_SHARE_MAX_HEALTHY = 0.35;
export const FACET_SHARE_MAX_DEGENERATE = 0.7;
export const FACET_AXIAL_SHARE = 1 / 3;
export const FACET_AXIAL_LEVER_M = 0.035;
export const FACET_LATERAL_SHARE = 0.3;
export const FACET_SPACING_M = 0.03;

export interface FacetLoads {
  /** Contact force of the left facet: its part along the disc axis plus its torsion contact. */
  leftN: number;
  rightN: number;
  /** The parts along the disc axis: what the facets take off the disc's compression. */
  axialLeftN: number;
  axialRightN: number;
  /** (axialLeft + axialRight)/C: the share of the compression the facets carry. */
  share: number;
}

const DEG = Math.PI / 180;

/**
 * @param compressionN total segment compression C
 * @param extensionChangeRad Δθ_e (+ = more extended than neutral standing)
 * @param lateralMomentNm M_LB applied to the segment (+ bends it right)
 * @param axialMomentNm M_AR applied to the segment (+ turns the upper vertebra left)
 * @param discHeightLoss 0 healthy … 1 narrow degenerate disc
 * @param lengthScale s_h (levers scale with height)
 */
export function facetLoads(
  compressionN: number,
  extensionChangeRad: number,
  lateralMomentNm: number,
  axialMomentNm: number,
  discHeightLoss: number,
  lengthScale: number,
  out: FacetLoads,
): FacetLoads {
  const c = Math.max(0, compressionN);
  const fMax = FACET_SHARE_MAX_HEALTHY + (FACET_SHARE_MAX_DEGENERATE - FACET_SHARE_MAX_HEALTHY) * discHeightLoss;
  const f = Math.min(fMax, Math.max(0, FACET_SHARE_ERECT + (FACET_SHARE_PER_DEG_EXTENSION * extensionChangeRad) / DEG));
  const half = (f * c) / 2;
  const torsion = (FACET_AXIAL_SHARE * axialMomentNm) / (FACET_AXIAL_LEVER_M * lengthScale);
  const lateral = (FACET_LATERAL_SHARE * lateralMomentNm) / (FACET_SPACING_M * lengthScale);
  // along the disc axis the facets cannot carry more than the segment's compression between them
  out.axialRightN = Math.min(c, Math.max(0, half + lateral));
  out.axialLeftN = Math.min(c - out.axialRightN, Math.max(0, half - lateral));
  out.share = c > 0 ? (out.axialLeftN + out.axialRightN) / c : 0;
  // torsion presses the contralateral facet only (facets only push)
  out.rightN = out.axialRightN + Math.max(0, torsion);
  out.leftN = out.axialLeftN + Math.max(0, -torsion);
  return out;
}
