/**
 * The Why? catalogue: one entry per metric topic (topics.ts, the one list)
 * and one per preset, looked up by id.
 */
import { WHY_METRICS, type WhyTopic } from './topics.ts';
import type { WhyEntry, WhyMechanism } from './types.ts';
import { PLAIN_WORDS } from './plain.ts';
import { anteriorTilt, lordosis } from './sagittal.ts';
import { apShear, asymmetry, compression, facetShare, intradiscalPressure } from './loads.ts';
import { abductorDemand, hipContactForce, pelvicObliquity, trunkLateralLean } from './frontal.ts';
import { hipExtensorTakeover, piriformis, reserves } from './muscles.ts';
import { PRESET_WHY } from './presets.ts';

export { WHY_METRICS, type WhyTopic };

/** A metric entry with its plain-words lead (every metric topic has one: catalogue.test.ts). */
function withPlain(e: WhyMechanism): WhyEntry {
  return { ...e, plain: PLAIN_WORDS[e.id] ?? '' };
}

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
].map(withPlain);

const BY_ID = new Map<string, WhyEntry>([...METRIC_WHY, ...PRESET_WHY].map((e) => [e.id, e]));

/** The entry for a metric topic or a preset id, or undefined. */
export function whyEntry(id: string): WhyEntry | undefined {
  return BY_ID.get(id);
}

export const ALL_WHY: readonly WhyEntry[] = [...BY_ID.values()];
