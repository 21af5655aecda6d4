/** The gait summary: ranges over the cycle and, per stance leg, peaks and means over its stance. */
import { cycleMean } from './cycle-stats.ts';
import type { GaitResult, GaitSummary, StanceSummary } from './types.ts';

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

export function summariseGait(r: GaitResult, bodyMassKg: number): GaitSummary {
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
  };
}
