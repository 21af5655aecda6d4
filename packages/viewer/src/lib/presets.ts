/**
 * The clinical presets come from `@lumbo/scenarios/presets` (plain data; the
 * viewer never restates their values). This file only names the two the
 * viewer opens with: the current figure and its compare set.
 */
import type { ModelParams } from '@lumbo/model';
import { findPreset, PRESETS, type Preset } from '@lumbo/scenarios/presets';
import { mergeParams } from './params-path.ts';

export { PRESETS, findPreset, type Preset };

/** The scenario on screen when the page opens (viewer issue: lower crossed syndrome beside healthy). */
export const START_PRESET_ID = 'lower-crossed-syndrome';
/** The compare set the page opens with (and key C restores): the healthy preset. */
export const DEFAULT_COMPARE_PRESET_ID = 'healthy';

export function presetById(id: string): Preset {
  const preset = findPreset(id);
  if (!preset) throw new Error(`@lumbo/scenarios/presets has no preset "${id}"`);
  return preset;
}

/**
 * Parameters the compare figure is solved with: the compare set's muscles and
 * strategy with the current subject (mass, height, pelvic morphology), so the
 * two figures differ only in what the compare set is about.
 */
export function compareParams(compare: ModelParams, current: ModelParams): ModelParams {
  return compare.subject === current.subject ? compare : mergeParams(compare, { subject: current.subject });
}
