/**
 * Shared by the Trendelenburg and Duchenne presets: which abductors are weak
 * and how much. The model's abductors are calibrated to 1.29 N·m/kg
 * (Sugimoto 2014) and the other abductors help, so a deficit in single-leg
 * stance needs the gluteus medius below about 15 % of normal; a weaker
 * gluteus minimus beside it makes the sign clearly visible (about 12° of drop).
 */
import type { PartialModelParams, Side } from '@lumbo/model';
import type { PresetSource } from './types.ts';

const WEAK_GLUTEUS_MEDIUS_STRENGTH = 0.1;
const WEAK_GLUTEUS_MINIMUS_STRENGTH = 0.7;

/** Weak gluteus medius and minimus on one side, with a compensation strategy (0 = Trendelenburg … 1 = Duchenne). */
export function weakAbductorParams(side: Side, duchenneShare: number): PartialModelParams {
  return {
    strategy: { duchenne: duchenneShare },
    muscles: {
      gluteusMedius: { [side]: { strength: WEAK_GLUTEUS_MEDIUS_STRENGTH } },
      gluteusMinimus: { [side]: { strength: WEAK_GLUTEUS_MINIMUS_STRENGTH } },
    },
  };
}

export const ABDUCTOR_SOURCES: readonly PresetSource[] = [
  {
    citation: 'Sadler et al. 2019, BMC Musculoskelet Disord 20:463',
    finding: 'Systematic review: people with low back pain have weaker hip abductors in most strength studies.',
  },
  {
    citation: 'Kendall et al. 2013; Pohl et al. 2015',
    finding: 'A 52 % experimental abductor weakness (nerve block) did not change pelvic drop in healthy walkers: compensation appears only with severe weakness.',
  },
];

export const ABDUCTOR_SIMPLIFIES =
  'Quasi-static single-leg stance, not walking; the weakness is a force scale chosen to produce a visible sign [E], and the split between pelvic drop and trunk lean is a parameter (strategy.duchenne), not something the model predicts.';
