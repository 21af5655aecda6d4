/**
 * The Why? catalogue: one entry per metric topic (topics.ts, the one list)
 * and one per preset, looked up by id.
 */
import { WHY_METRICS, type WhyTopic } from './topics.ts';
import type { WhyEntry } from './types.ts';
import { anteriorTilt, lordosis } from './sagittal.ts';
import { apShear, asymmetry, compression, facetShare, intradiscalPressure } from './loads.ts';
import { abductorDemand, hipContactForce, pelvicObliquity, trunkLateralLean } from './frontal.ts';
import { hipExtensorTakeover, piriformis, reserves } from './muscles.ts';
import { PRESET_WHY } from './presets.ts';

export { WHY_METRICS, type WhyTopic };

export const METRIC_WHY: readonly WhyEntry[] = [
  anteriorTilt,
  lordosis,
  compression,
  asymmetry,
  apShear,
  intradiscalPressure,
  facetShare,
  pelvicObliquity,
  trunkLateralLean,
  abductorDemand,
  hipContactForce,
  hipExtensorTakeover,
  piriformis,
  reserves,
];

const BY_ID = new Map<string, WhyEntry>([...METRIC_WHY, ...PRESET_WHY].map((e) => [e.id, e]));

/** The entry for a metric topic or a preset id, or undefined. */
export function whyEntry(id: string): WhyEntry | undefined {
  return BY_ID.get(id);
}

export const ALL_WHY: readonly WhyEntry[] = [...BY_ID.values()];
