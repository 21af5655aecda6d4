/** Intervertebral discs, each half coloured by its own compression (cividis; the legend shares the scale's top). */
import { useCallback } from 'react';
import { writeDiscs } from './motion/disc-layout.ts';
import type { FigureModel } from './motion/figure-model.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { UNIT_HALF_DISC } from './unit-geometries.ts';

export function DiscHalves({ model, ceilingN, name = 'disc-halves' }: { model: FigureModel; ceilingN: number; name?: string }) {
  const layout = model.discs;
  const write = useCallback(
    (s: MotionSampler, m: Float32Array, c: Float32Array | null) => {
      if (c) writeDiscs(layout, ceilingN, s, m, c);
    },
    [layout, ceilingN],
  );
  return (
    <InstancedPart name={name} geometry={UNIT_HALF_DISC} count={10} write={write} coloured>
      <meshLambertMaterial color="#ffffff" />
    </InstancedPart>
  );
}
