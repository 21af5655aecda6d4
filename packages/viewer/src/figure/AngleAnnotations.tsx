/**
 * Angle annotations over the figure, labelled with the model's own numbers
 * of the current frame: side view (ASIS–PSIS line against the horizontal;
 * L1 and S1 endplates) or back view (iliac-crest line against the
 * horizontal; thorax axis against the vertical).
 */
import { useCallback, useRef } from 'react';
import type { Group } from 'three';
import type { AnnotationModel } from './motion/figure-model.ts';
import { pointNow, writeRigid } from './motion/rigid.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { useFigurePart } from './animation/context.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { AnimatedLabel } from './LabelSprite.tsx';
import { ANNOTATION } from './palette.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_CYLINDER } from './unit-geometries.ts';
import type { Placement } from './placement.ts';
import type { AttachedPoint } from './motion/rigid.ts';

const scratch = new Float64Array(3);

/** Reference dashes that keep their world direction and follow an anchor on the figure. */
function FloatingDashes({ anchor, dashes }: { anchor: AttachedPoint; dashes: Placement[] }) {
  const ref = useRef<Group>(null);
  useFigurePart(
    (s) => {
      pointNow(anchor, s, scratch, 0);
      ref.current?.position.set(scratch[0]!, scratch[1]!, scratch[2]!);
    },
    [anchor],
  );
  return (
    <group ref={ref}>
      <PlacedInstances name="annotation-dashes" geometry={UNIT_CYLINDER} placements={dashes} renderOrder={10}>
        <meshBasicMaterial color={ANNOTATION} depthTest={false} />
      </PlacedInstances>
    </group>
  );
}

export function AngleAnnotations({ set, name }: { set: AnnotationModel; name: string }) {
  const write = useCallback((s: MotionSampler, m: Float32Array) => writeRigid(set.solid, s, m), [set]);
  return (
    <group name={name}>
      <InstancedPart name="annotation-lines" geometry={UNIT_CYLINDER} count={set.solid.count} write={write} renderOrder={10}>
        <meshBasicMaterial color={ANNOTATION} depthTest={false} />
      </InstancedPart>
      {set.floating.map((f, i) => (
        <FloatingDashes key={i} anchor={f.anchor} dashes={f.dashes} />
      ))}
      {set.labels.map((l, i) => (
        <AnimatedLabel key={i} label={l} />
      ))}
    </group>
  );
}
