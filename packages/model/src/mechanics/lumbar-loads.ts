/**
 * Per-level disc loads (docs/model.md §6): left/right split of disc compression
 * over an elliptical section, intradiscal pressure. Facets: facets.ts.
 */
import { DISC_AREA_MM2, DISC_WIDTH_MM, IDP_FACTOR } from '../anatomy/spine.ts';

/**
 * Half-section lever of an elliptical disc of lateral width w under a linear
 * stress field: each half carries C/2 ± M·16/(3π·w) (first moment of the half
 * ellipse 2a²b/3 over I = π a³ b/4, a = w/2) [D].
 */
export function halfSectionFactorPerM(widthM: number): number {
  return 16 / (3 * Math.PI * widthM);
}

export interface DiscSplit {
  leftN: number;
  rightN: number;
  asymmetryIndex: number;
  /** True when one half unloaded (lift-off) and the other carries everything. */
  liftOff: boolean;
}

/** Splits disc compression C (N) under a lateral moment M (N·m, + = right half compressed) for a disc of width w (m). */
export function splitDiscCompression(compressionN: number, lateralMomentNm: number, widthM: number, out: DiscSplit): DiscSplit {
  const c = Math.max(0, compressionN);
  const delta = lateralMomentNm * halfSectionFactorPerM(widthM);
  let right = c / 2 + delta;
  let left = c / 2 - delta;
  out.liftOff = false;
  if (left < 0) {
    left = 0;
    right = c;
    out.liftOff = true;
  } else if (right < 0) {
    right = 0;
    left = c;
    out.liftOff = true;
  }
  out.leftN = left;
  out.rightN = right;
  out.asymmetryIndex = left + right > 0 ? (right - left) / (right + left) : 0;
  return out;
}

/** Intradiscal pressure (MPa) from disc compression (N) at level k: IDP = 1.5·C/A. */
export function intradiscalPressureMPa(discCompressionN: number, level: number, areaScale: number): number {
  const areaM2 = DISC_AREA_MM2[level]! * 1e-6 * areaScale;
  return (IDP_FACTOR * Math.max(0, discCompressionN)) / areaM2 / 1e6;
}

export function discWidthM(level: number, lengthScale: number): number {
  return DISC_WIDTH_MM[level]! * 1e-3 * lengthScale;
}

