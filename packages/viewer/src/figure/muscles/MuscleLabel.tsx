/**
 * The name of the muscle under the pointer (or last tapped), as a small
 * DOM label beside it: role "tooltip" inside a polite live region, so
 * screen readers announce it; plain name and side ("Piriformis (right)").
 */
import { useEffect } from 'react';
import { Html } from '@react-three/drei';
import type { FigureModel } from '../motion/figure-model.ts';
import './muscle-label.css';
import { muscleLabel } from './muscle-names.ts';
import { setLabelledMuscle } from '../anatomy-probe.ts';

export interface MuscleHit {
  readonly layer: 'deep' | 'superficial';
  /** Element index in pose.muscles. */
  readonly element: number;
  /** Where the pointer met the belly (world, m). */
  readonly point: readonly [number, number, number];
}

export function MuscleLabel({ model, hit }: { model: FigureModel; hit: MuscleHit | null }) {
  const muscle = hit ? model.motion.pose.muscles[hit.element] : undefined;
  const text = muscle ? muscleLabel(muscle.name, muscle.group, muscle.side) : null;
  useEffect(() => {
    setLabelledMuscle(text);
    return () => setLabelledMuscle(null);
  }, [text]);
  if (!hit || !text) return null;
  return (
    <Html position={[...hit.point]} zIndexRange={[20, 10]} style={{ pointerEvents: 'none' }}>
      <div className="muscle-label" role="tooltip" aria-live="polite" data-testid="muscle-label">
        {text}
      </div>
    </Html>
  );
}
