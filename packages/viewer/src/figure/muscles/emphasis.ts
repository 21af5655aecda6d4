/**
 * Story emphasis and zoom for the muscle bellies (pure): which tubes a
 * story step highlights, and how much thicker or thinner each is drawn.
 */
import type { Motion } from '../motion/motion.ts';
import type { TubeLayout } from './tube-layout.ts';

/** Story emphasis: highlighted bellies thicker, the rest thinner ([E], visual only). */
export const EMPHASIS_SCALE = 1.3;
export const DIMMED_SCALE = 0.7;
/** Whole-body framing shows the figure small: thinner bellies so they read as muscles, not a tangle. */
export const WHOLE_BODY_SCALE = 0.75;

/** Per tube 1 when its group is highlighted, 0 when not; null when nothing is highlighted. */
export function tubeEmphasis(layout: TubeLayout, motion: Motion, highlight: readonly string[]): Uint8Array | null {
  if (highlight.length === 0) return null;
  const groups = new Set(highlight);
  const muscles = motion.pose.muscles;
  return Uint8Array.from(layout.elements, (e) => (groups.has(muscles[e]!.group) ? 1 : 0));
}

/** Radius multiplier of tube k: zoom × extra × (emphasis: highlighted thicker, the rest thinner). */
export function radiusFactor(emphasis: Uint8Array | null, k: number, zoom: number, extra = 1): number {
  return zoom * extra * (emphasis ? (emphasis[k] ? EMPHASIS_SCALE : DIMMED_SCALE) : 1);
}
