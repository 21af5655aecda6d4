/**
 * Nonlinear passive moment–angle curves of the lumbar motion segments
 * (docs/model.md §5.2), per level, axis and direction. For a deviation x ≥ 0
 * (degrees) from the neutral standing angle:
 *   M(x) = k_n·x                                 for x ≤ θ_n (neutral zone, θ_n = NZ/2)
 *   M(x) = k_n·θ_n + C·(exp(b(x − θ_n)) − 1)     beyond, b = β/(θ_R − θ_n),
 *   C = (M_R − k_n·θ_n)/(exp(β) − 1)             so M(θ_R) = M_R = 10 N·m at the ROM.
 * The restoring moment on the upper vertebra is −sign(θ)·M(|θ|), scaled by
 * s_m·s_h for the subject's size (docs/model.md §3.3). The curves describe the whole segment
 * (disc + ligaments + facets); the facet model only partitions load.
 */
import { NEUTRAL_ZONE_STIFFNESS_NM_PER_DEG, ROM_MOMENT_NM, SHAPE_AXIAL, SHAPE_BENDING, YAMAMOTO_1989 } from '../anatomy/lumbar-passive-data.ts';

const DEG = Math.PI / 180;

/** One direction of one axis: parameters in radians and N·m. */
interface Branch {
  readonly thetaN: number;
  readonly kN: number;
  readonly b: number;
  readonly c: number;
  /** Where the curve turns linear (at the ROM). */
  readonly xLin: number;
}

/**
 * Beyond the measured ROM (10 N·m) the exponential is continued linearly with its slope there [E]:
 * Yamamoto's specimens were not loaded further, and an unbounded exponential would let a
 * prescribed 90° trunk bend (≈ 11° at L1/L2) demand more passive moment than the trunk's weight
 * produces. Also keeps a solver's trial steps finite.
 */
const LINEAR_BEYOND_ROM = 1;

function branch(nzTotalDeg: number, romDeg: number, beta: number): Branch {
  const thetaNDeg = nzTotalDeg / 2;
  const kNDeg = NEUTRAL_ZONE_STIFFNESS_NM_PER_DEG;
  const bDeg = beta / (romDeg - thetaNDeg);
  const c = (ROM_MOMENT_NM - kNDeg * thetaNDeg) / (Math.exp(beta) - 1);
  // convert to radians: x_deg = x_rad / DEG
  const xLin = (thetaNDeg + LINEAR_BEYOND_ROM * (romDeg - thetaNDeg)) * DEG;
  return { thetaN: thetaNDeg * DEG, kN: kNDeg / DEG, b: bDeg / DEG, c, xLin };
}

/** Axis order used everywhere in the 3-D posture: 0 = extension, 1 = lateral (right +), 2 = axial (left +). */
export const AXIS_EXTENSION = 0;
export const AXIS_LATERAL = 1;
export const AXIS_AXIAL = 2;

/** [level][axis][direction: 0 = positive, 1 = negative] */
const BRANCHES: readonly (readonly (readonly [Branch, Branch])[])[] = YAMAMOTO_1989.map((r) => [
  [branch(r.nzFlexExtDeg, r.romExtensionDeg, SHAPE_BENDING), branch(r.nzFlexExtDeg, r.romFlexionDeg, SHAPE_BENDING)],
  [branch(r.nzLateralDeg, r.romLateralDeg, SHAPE_BENDING), branch(r.nzLateralDeg, r.romLateralDeg, SHAPE_BENDING)],
  [branch(r.nzAxialDeg, r.romAxialDeg, SHAPE_AXIAL), branch(r.nzAxialDeg, r.romAxialDeg, SHAPE_AXIAL)],
]);


function magnitude(br: Branch, x: number): number {
  if (x <= br.thetaN) return br.kN * x;
  const xLin = br.xLin;
  if (x <= xLin) return br.kN * br.thetaN + br.c * (Math.exp(br.b * (x - br.thetaN)) - 1);
  const e = Math.exp(br.b * (xLin - br.thetaN));
  return br.kN * br.thetaN + br.c * (e - 1) + br.c * br.b * e * (x - xLin);
}

function slope(br: Branch, x: number): number {
  if (x <= br.thetaN) return br.kN;
  const xLin = br.xLin;
  return br.c * br.b * Math.exp(br.b * (Math.min(x, xLin) - br.thetaN));
}

/**
 * Restoring passive moment on the upper vertebra (N·m, unscaled reference body) for a deviation
 * θ (rad) from neutral about `axis` at `level`.
 */
export function lumbarPassiveMoment(level: number, axis: number, theta: number): number {
  const brs = BRANCHES[level]![axis]!;
  return theta >= 0 ? -magnitude(brs[0], theta) : magnitude(brs[1], -theta);
}

/** Tangent stiffness −dM/dθ (N·m/rad, unscaled) at θ. */
export function lumbarPassiveStiffness(level: number, axis: number, theta: number): number {
  const brs = BRANCHES[level]![axis]!;
  return theta >= 0 ? slope(brs[0], theta) : slope(brs[1], -theta);
}
