/**
 * Where the compare figure stands: beside the figure, toward screen left
 * of the chosen view (behind the subject in the side view, to their left in
 * the back view), one figure-width plus a gap away. Pure: unit-tested.
 */
import type { Box } from './motion/bounds.ts';

export type CompareAxis = 'x' | 'z';

/** Room between the two figures, enough for the labels drawn beside the main one. */
const GAP_M = 0.3;

export function compareOffset(box: Box | null, axis: CompareAxis): [number, number, number] {
  if (!box) return [0, 0, 0];
  if (axis === 'x') return [-(box.max.x - box.min.x) - GAP_M, 0, 0];
  return [0, 0, -(box.max.z - box.min.z) - GAP_M];
}

/** The side view spreads the figures along x (screen horizontal); back and front along z. Free orbit keeps the last. */
export function axisForView(view: 'side' | 'back' | 'front' | 'free', previous: CompareAxis): CompareAxis {
  if (view === 'side') return 'x';
  if (view === 'back' || view === 'front') return 'z';
  return previous;
}

/**
 * The box grown toward screen right of the view, where the angle labels sit
 * beside the main figure (side view: in front of the subject, +x; back view:
 * to their right, +z), so the labels stay inside the frame. `centred` grows
 * both sides by the same room, so the figure stays in the middle of the view
 * (the close-up, where an off-centre pelvis read as a framing error).
 */
export function withLabelRoom(box: Box, view: 'side' | 'back' | 'front' | 'free', s: number, centred = false): Box {
  const room = view === 'side' ? 0.3 * s : view === 'back' ? 0.45 * s : 0;
  if (room === 0) return box;
  const axis = view === 'side' ? 'x' : 'z';
  return {
    min: centred ? { ...box.min, [axis]: box.min[axis] - room } : box.min,
    max: { ...box.max, [axis]: box.max[axis] + room },
  };
}
