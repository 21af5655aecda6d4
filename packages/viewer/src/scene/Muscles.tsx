/** Muscle paths as rods coloured by activation. */
import { useMemo } from 'react';
import { ACTIVATION } from './colour-scales.ts';
import type { Drawing } from './drawing.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_CYLINDER } from './unit-geometries.ts';

export function Muscles({ drawing }: { drawing: Drawing }) {
  const { muscles } = drawing;
  const placements = useMemo(() => muscles.map((m) => m.placement), [muscles]);
  const colours = useMemo(() => muscles.map((m) => ACTIVATION.at(m.activation)), [muscles]);
  return (
    <PlacedInstances name="muscles" geometry={UNIT_CYLINDER} placements={placements} colours={colours}>
      <meshLambertMaterial color="#ffffff" />
    </PlacedInstances>
  );
}
