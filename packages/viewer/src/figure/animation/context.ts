/**
 * Wiring between the frame driver, the figures and their parts. A part is a
 * function that rewrites some buffers for the sampler's current frame; it
 * runs again only when the frame or its own data changed.
 */
import { createContext, useContext, useLayoutEffect, useRef, type DependencyList } from 'react';
import { useThree } from '@react-three/fiber';
import type { MotionSampler } from '../motion/sampler.ts';
import type { FigureSlot, FrameDriver, Part } from './frame-driver.ts';

export const DriverContext = createContext<FrameDriver | null>(null);
export const FigureContext = createContext<FigureSlot | null>(null);

export function useDriver(): FrameDriver {
  const driver = useContext(DriverContext);
  if (!driver) throw new Error('scene parts must be inside <DriverContext.Provider>');
  return driver;
}

/**
 * Registers `update` as a part of the enclosing figure. It runs on the next
 * frame after mounting or after any of `deps` changed, and whenever the
 * figure's frame moves.
 */
export function useFigurePart(update: (sampler: MotionSampler) => void, deps: DependencyList, options?: { viewDependent?: boolean }): void {
  const slot = useContext(FigureContext);
  if (!slot) throw new Error('useFigurePart must be used inside a <FigureAnimator>');
  const invalidate = useThree((s) => s.invalidate);
  const partRef = useRef<Part | null>(null);
  if (!partRef.current) partRef.current = { update, drawn: -1 };
  const part = partRef.current;
  part.update = update;
  part.viewDependent = options?.viewDependent ?? false;
  useLayoutEffect(() => {
    part.drawn = -1;
    invalidate();
  }, deps);
  useLayoutEffect(() => {
    slot.parts.push(part);
    invalidate();
    return () => {
      const i = slot.parts.indexOf(part);
      if (i >= 0) slot.parts.splice(i, 1);
    };
  }, [slot, part, invalidate]);
}
