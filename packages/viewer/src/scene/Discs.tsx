/** Intervertebral discs, each half coloured by its own compression (cividis, legend in the overlay). */
import { useMemo } from 'react';
import { CIVIDIS } from './colour-scales.ts';
import type { Drawing } from './drawing.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_HALF_DISC } from './unit-geometries.ts';

export function Discs({ drawing }: { drawing: Drawing }) {
  const { discHalves } = drawing.spine;
  const ceiling = drawing.compressionCeilingN;
  const placements = useMemo(() => discHalves.map((h) => h.placement), [discHalves]);
  const colours = useMemo(() => discHalves.map((h) => CIVIDIS.at(h.compressionN / ceiling)), [discHalves, ceiling]);
  return (
    <PlacedInstances name="disc-halves" geometry={UNIT_HALF_DISC} placements={placements} colours={colours}>
      <meshLambertMaterial color="#ffffff" />
    </PlacedInstances>
  );
}
