/**
 * `@lumbo/scenarios/presets`: the named clinical pictures, in menu order.
 * Browser-safe on purpose (plain data, type-only model imports, no node:
 * modules): the viewer imports this file directly.
 */
import type { Preset } from './types.ts';
import { healthy } from './healthy.ts';
import { lowerCrossedSyndrome } from './lower-crossed-syndrome.ts';
import { glutealAmnesia } from './gluteal-amnesia.ts';
import { trendelenburgRight } from './trendelenburg-right.ts';
import { trendelenburgLeft } from './trendelenburg-left.ts';
import { duchenneRight } from './duchenne-right.ts';
import { psoasHypertonic } from './psoas-hypertonic.ts';
import { piriformisSyndrome } from './piriformis-syndrome.ts';
import { gluteusMediusCoactivation } from './gluteus-medius-coactivation.ts';

export type { Preset, PresetSource, PresetHonesty } from './types.ts';

export const PRESETS: readonly Preset[] = [
  healthy,
  lowerCrossedSyndrome,
  glutealAmnesia,
  trendelenburgRight,
  trendelenburgLeft,
  duchenneRight,
  psoasHypertonic,
  piriformisSyndrome,
  gluteusMediusCoactivation,
];

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
