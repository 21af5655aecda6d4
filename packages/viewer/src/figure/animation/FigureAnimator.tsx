/** One animated figure: a sampler over its motion, registered with the frame driver, and the parts inside it. */
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import type { Motion } from '../motion/motion.ts';
import { createSampler, type MotionSampler } from '../motion/sampler.ts';
import { FigureContext, useDriver } from './context.ts';
import type { FigureSlot } from './frame-driver.ts';

export function FigureAnimator({ motion, children }: { motion: Motion; children: ReactNode }) {
  const driver = useDriver();
  const invalidate = useThree((s) => s.invalidate);
  // one slot for the figure's lifetime; a new answer swaps its sampler and redraws every part
  const [slot] = useState<{ sampler: MotionSampler; parts: FigureSlot['parts'] }>(() => ({ sampler: createSampler(motion), parts: [] }));
  if (slot.sampler.motion !== motion) {
    slot.sampler = createSampler(motion);
    for (const part of slot.parts) part.drawn = -1;
  }
  useLayoutEffect(() => driver.addFigure(slot), [driver, slot]);
  useLayoutEffect(() => invalidate(), [motion, invalidate]);
  return <FigureContext.Provider value={slot}>{children}</FigureContext.Provider>;
}
