/**
 * The clinical presets come from `@lumbo/scenarios/presets` (plain data; the
 * viewer never restates their values). This file only names the two the
 * viewer opens with: the current figure and its healthy reference.
 */
import { DEFAULT_PARAMS, type ModelParams, type PartialModelParams } from '@lumbo/model';
import { findPreset, PRESETS, type Preset } from '@lumbo/scenarios/presets';
import { mergeParams } from './params-path.ts';

export { PRESETS, findPreset, type Preset };

/** The scenario on screen when the page opens (viewer issue: lower crossed syndrome beside healthy). */
export const START_PRESET_ID = 'lower-crossed-syndrome';
/** The preset the translucent reference figure is solved with. */
export const REFERENCE_PRESET_ID = 'healthy';

export function presetById(id: string): Preset {
  const preset = findPreset(id);
  if (!preset) throw new Error(`@lumbo/scenarios/presets has no preset "${id}"`);
  return preset;
}

/**
 * Parameters of the healthy reference for the person on screen: the healthy
 * preset, with the current subject (mass, height, pelvic morphology) so the
 * two figures differ only in their muscles and strategy.
 */
export function referenceParams(current: ModelParams): ModelParams {
  const healthy: PartialModelParams = presetById(REFERENCE_PRESET_ID).params;
  return mergeParams(mergeParams(DEFAULT_PARAMS, healthy), { subject: current.subject });
}
