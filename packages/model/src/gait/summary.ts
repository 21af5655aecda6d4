/** The gait summary: ranges over the cycle and, per stance leg, peaks and means over its stance. */
import { cycleMax, cycleMean } from './cycle-stats.ts';
import { LEVELS } from '../data/spine.ts';
import { GRAVITY_M_PER_S2 } from '../data/segments.ts';
import type { GaitLevelSummary, GaitResult, GaitSideSeries, GaitSummary, StanceSummary } from './types.ts';
import type { LevelName } from '../result/types.ts';

function range(a: Float64Array): number {
  let lo = Infinity, hi = -Infinity;
  for (const v of a) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo;
}

function stanceSummary(r: GaitResult, side: 'left' | 'right'): StanceSummary {
  const stance = r.stance[side];
  // + obliquity = right side lower: in right stance the contralateral (left) side dropping is −obliquity
  const toStance = side === 'right' ? 1 : -1;
  const l45 = r.levels['L4/L5'];
  let drop = -Infinity, lean = -Infinity, peakC = 0, sumAI = 0, count = 0, deficit = 0, demand = 0;
  for (let i = 0; i < r.frames - 1; i++) {
    if (!stance[i]) continue;
    drop = Math.max(drop, -toStance * r.pelvicObliquityDeg[i]!);
    lean = Math.max(lean, toStance * r.trunkLateralLeanDeg[i]!);
    peakC = Math.max(peakC, l45.compressionN[i]!);
    sumAI += l45.asymmetryIndex[i]!;
    count++;
    demand = Math.max(demand, r.hipAbductorDemandNm[side][i]!);
    deficit = Math.max(deficit, r.hipAbductorDemandNm[side][i]! - r.hipAbductorCapacityNm[side][i]!);
  }
  return {
    peakContralateralDropDeg: drop,
    peakTrunkLeanTowardStanceDeg: lean,
    peakL4L5CompressionN: peakC,
    meanL4L5AsymmetryIndex: count > 0 ? sumAI / count : 0,
    peakAbductorDeficitNm: Math.max(0, deficit),
    peakHipAbductorDemandNm: demand,
  };
}

/** Mean of `a` over the frames where leg `side` stands. */
function stanceMean(r: GaitResult, side: 'left' | 'right', a: Float64Array): number {
  let sum = 0, count = 0;
  for (let i = 0; i < r.frames - 1; i++) if (r.stance[side][i]) { sum += a[i]!; count++; }
  return count > 0 ? sum / count : 0;
}

function cycleMin(a: Float64Array): number {
  return -cycleMax(a.map((v) => -v));
}

function magnitude(v: { x: Float64Array; y: Float64Array; z: Float64Array }): Float64Array {
  return v.x.map((x, i) => Math.hypot(x, v.y[i]!, v.z[i]!));
}

/** `flexorDeficitBeforeNm`: the largest hip-flexor deficit per leg before any compensation (compensated-motion.ts measures it before pass 3 compensates). */
export function summariseGait(r: GaitResult, bodyMassKg: number, flexorDeficitBeforeNm: GaitSideSeries<number>): GaitSummary {
  const rightStance = stanceSummary(r, 'right');
  const leftStance = stanceSummary(r, 'left');
  return {
    pelvicObliquityRangeDeg: range(r.pelvicObliquityDeg),
    trunkLateralLeanRangeDeg: range(r.trunkLateralLeanDeg),
    anteriorPelvicTiltRangeDeg: range(r.anteriorPelvicTiltDeg),
    meanAnteriorPelvicTiltDeg: cycleMean(r.anteriorPelvicTiltDeg),
    leftStance,
    rightStance,
    peakHipAbductorDemandNmPerKg: Math.max(leftStance.peakHipAbductorDemandNm, rightStance.peakHipAbductorDemandNm) / bodyMassKg,
    peakHipAbductorMomentNmPerKg: {
      left: Math.max(0, -cycleMin(r.hipMomentNm.left.adductionNm)) / bodyMassKg,
      right: Math.max(0, -cycleMin(r.hipMomentNm.right.adductionNm)) / bodyMassKg,
    },
    peakHipContactForceBW: {
      left: cycleMax(r.hipContactForceN.left) / (bodyMassKg * GRAVITY_M_PER_S2),
      right: cycleMax(r.hipContactForceN.right) / (bodyMassKg * GRAVITY_M_PER_S2),
    },
    levels: Object.fromEntries(
      LEVELS.map((l): [LevelName, GaitLevelSummary] => [
        l,
        { peakCompressionN: cycleMax(r.levels[l].compressionN), peakLeftCompressionN: cycleMax(r.levels[l].leftCompressionN), peakRightCompressionN: cycleMax(r.levels[l].rightCompressionN),
          peakLeftFacetForceN: cycleMax(r.levels[l].leftFacetForceN), peakRightFacetForceN: cycleMax(r.levels[l].rightFacetForceN) },
      ]),
    ) as Record<LevelName, GaitLevelSummary>,
    peakHipFlexorDeficitNm: { left: cycleMax(r.hipFlexorDeficitNm.left), right: cycleMax(r.hipFlexorDeficitNm.right) },
    peakHipFlexorDeficitBeforeCompensationNm: { ...flexorDeficitBeforeNm },
    trunkForwardCompensationDeg: cycleMax(r.trunkForwardCompensationDeg),
    meanStanceHipRotationPiriformisDeg: { left: stanceMean(r, 'left', r.hipRotationPiriformisDeg.left), right: stanceMean(r, 'right', r.hipRotationPiriformisDeg.right) },
    feasibleFraction: r.feasible.reduce((n, f, i) => (i < r.frames - 1 ? n + f : n), 0) / (r.frames - 1),
    meanResidualForceN: cycleMean(magnitude(r.residualForceN)),
    meanResidualMomentNm: cycleMean(magnitude(r.residualMomentNm)),
  };
}
