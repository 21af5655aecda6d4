/**
 * Dashes that keep their world direction and follow a point of the current
 * frame (the angle references, the gravity line), drawn as one instanced
 * mesh; in lecture mode they keep a minimum thickness on screen
 * (line-thickness.ts).
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { MotionSampler } from './motion/sampler.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import type { Placement } from './placement.ts';
import { setRodRadii } from './line-thickness.ts';
import { UNIT_CYLINDER } from './unit-geometries.ts';
import { useRodView } from './use-rod-view.ts';

const scratch = new Float64Array(3);

interface Props {
  readonly name: string;
  /** Dashes as offsets from the followed point. */
  readonly dashes: readonly Placement[];
  /** Writes the followed point of the sampler's frame into out[0..2]. */
  readonly follow: (sampler: MotionSampler, out: Float64Array) => void;
  readonly renderOrder?: number;
  /** The material. */
  readonly children: ReactNode;
}

export function FollowingDashes({ name, dashes, follow, renderOrder = 0, children }: Props) {
  const view = useRodView();
  const base = useMemo(() => dashes.map((d) => Math.hypot(d.x.x, d.x.y, d.x.z)), [dashes]);
  const write = useCallback(
    (s: MotionSampler, m: Float32Array) => {
      follow(s, scratch);
      dashes.forEach(({ centre: c, x, y, z }, i) => {
        m.set([x.x, x.y, x.z, 0, y.x, y.y, y.z, 0, z.x, z.y, z.z, 0, c.x + scratch[0]!, c.y + scratch[1]!, c.z + scratch[2]!, 1], i * 16);
      });
      setRodRadii(m, dashes.length, base, view());
    },
    [follow, dashes, base, view],
  );
  return (
    <InstancedPart name={name} geometry={UNIT_CYLINDER} count={dashes.length} write={write} renderOrder={renderOrder} viewDependent>
      {children}
    </InstancedPart>
  );
}
