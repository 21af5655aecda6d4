/** The gait result's warnings: what a reader must know before trusting a cycle (docs/model.md §9.5). */
import { RESERVE_REPORT_THRESHOLD_NM } from '../mechanics/static-optimisation.ts';
import type { GaitResult } from './types.ts';
import { YIELD_TOLERANCE_NM } from './lumbar-yield.ts';

/** The lumbar solve's residual above which a cycle warns (N·m): ten times its tolerance, so rounding never warns [E]. */
const LUMBAR_WARNING_NM = 10 * YIELD_TOLERANCE_NM;

/**
 * `ownForces`: the kinematics are the built-in ones, or come with their own trial's measured ground reactions;
 * `lumbarResidualNm`: the largest generalised force the lumbar levels' solve left (0 when nothing was solved).
 */
export function gaitWarnings(r: GaitResult, standingConverged: boolean, ownForces: boolean, lumbarResidualNm = 0): string[] {
  const warnings: string[] = [];
  if (!standingConverged) warnings.push('The standing posture did not balance; the gait starts from the limit posture.');
  // the lumbar levels' solve through the cycle (docs/model.md §9.3, step 8) converges in 1–4 steps; say so if it did not
  if (lumbarResidualNm > LUMBAR_WARNING_NM) warnings.push(`The lumbar levels did not balance in every phase of the cycle (up to ${lumbarResidualNm.toFixed(3)} N·m left); their posture there is the last step's.`);
  if (!ownForces) warnings.push("Ground reactions are the built-in subject's (OpenSim subject01), scaled to this body: with other kinematics the residuals grow.");
  const worstReserve = r.maxReserveNm.reduce((a, b) => Math.max(a, b), 0);
  if (worstReserve > RESERVE_REPORT_THRESHOLD_NM) {
    const frames = r.feasible.reduce((n, f, i) => (i < r.frames - 1 && !f ? n + 1 : n), 0);
    warnings.push(`In ${frames} frame(s) the muscles cannot hold the motion: reserve moments up to ${worstReserve.toFixed(1)} N·m (not a normal answer).`);
  }
  for (const [key, st] of [['left', r.summary.leftStance], ['right', r.summary.rightStance]] as const) {
    if (st.peakAbductorDeficitNm > 0) {
      warnings.push(
        `${key === 'left' ? 'Left' : 'Right'} stance: the hip abductors fall ${st.peakAbductorDeficitNm.toFixed(1)} N·m short at peak; the pelvis drops ${st.peakContralateralDropDeg.toFixed(1)}° and the trunk leans up to ${st.peakTrunkLeanTowardStanceDeg.toFixed(1)}° toward the stance side.`,
      );
    }
  }
  for (const key of ['left', 'right'] as const) {
    const Side = key === 'left' ? 'Left' : 'Right';
    const before = r.summary.peakHipFlexorDeficitBeforeCompensationNm[key];
    const incline = r.summary.trunkForwardCompensationDeg;
    if (before > RESERVE_REPORT_THRESHOLD_NM && incline > 0) {
      warnings.push(
        `${Side} hip flexors fall ${before.toFixed(1)} N·m short in late stance; the trunk walks inclined ${incline.toFixed(1)}° forward, which moves the centre of pressure forward under the extended hip and lowers that demand (docs/model.md §9.3, step 5).`,
      );
    }
    const deficit = r.summary.peakHipFlexorDeficitNm[key];
    if (deficit > RESERVE_REPORT_THRESHOLD_NM) {
      let at = 0;
      for (let i = 0; i < r.frames - 1; i++) if (r.hipFlexorDeficitNm[key][i]! > r.hipFlexorDeficitNm[key][at]!) at = i;
      warnings.push(
        `${Side} hip flexors fall ${deficit.toFixed(1)} N·m short at ${r.cyclePercent[at]!.toFixed(0)} % of the cycle${incline > 0 ? ' even with the forward inclination' : ''}; other muscles or reserves carry it (docs/model.md §9.5).`,
      );
    }
  }
  return warnings;
}
