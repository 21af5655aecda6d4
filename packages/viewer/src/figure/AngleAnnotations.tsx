/**
 * Angle annotations over the figure, labelled with the model's own numbers
 * of the current frame: side view (ASIS–PSIS line against the horizontal;
 * L1 and S1 endplates) or back view (iliac-crest line against the
 * horizontal; thorax axis against the vertical). In lecture mode the rods
 * keep a minimum thickness on screen (line-thickness.ts), so they redraw
 * when the camera moves.
 */
import { useCallback, useMemo } from 'react';
import type { AnnotationModel } from './motion/figure-model.ts';
import { pointNow, writeRigid, type AttachedPoint } from './motion/rigid.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { AnimatedLabel } from './LabelSprite.tsx';
import { ANNOTATION } from './palette.ts';
import { UNIT_CYLINDER } from './unit-geometries.ts';
import type { Placement } from './placement.ts';
import { setRodRadii } from './line-thickness.ts';
import { FollowingDashes } from './FollowingDashes.tsx';
import { useRodView } from './use-rod-view.ts';

/** Reference dashes that keep their world direction and follow an anchor on the figure. */
function AnchoredDashes({ anchor, dashes }: { anchor: AttachedPoint; dashes: Placement[] }) {
  const follow = useCallback((s: MotionSampler, out: Float64Array) => pointNow(anchor, s, out, 0), [anchor]);
  return (
    <FollowingDashes name="annotation-dashes" dashes={dashes} follow={follow} renderOrder={10}>
      <meshBasicMaterial color={ANNOTATION} depthTest={false} />
    </FollowingDashes>
  );
}

export function AngleAnnotations({ set, name }: { set: AnnotationModel; name: string }) {
  const view = useRodView();
  // each rod's world radius: the length of its first radial axis in the layout
  const base = useMemo(() => Array.from({ length: set.solid.count }, (_, i) => Math.hypot(set.solid.local[i * 12 + 3]!, set.solid.local[i * 12 + 4]!, set.solid.local[i * 12 + 5]!)), [set]);
  const write = useCallback(
    (s: MotionSampler, m: Float32Array) => {
      writeRigid(set.solid, s, m);
      setRodRadii(m, set.solid.count, base, view());
    },
    [set, base, view],
  );
  return (
    <group name={name}>
      <InstancedPart name="annotation-lines" geometry={UNIT_CYLINDER} count={set.solid.count} write={write} renderOrder={10} viewDependent>
        <meshBasicMaterial color={ANNOTATION} depthTest={false} />
      </InstancedPart>
      {set.floating.map((f, i) => (
        <AnchoredDashes key={i} anchor={f.anchor} dashes={f.dashes} />
      ))}
      {set.labels.map((l, i) => (
        <AnimatedLabel key={i} label={l} />
      ))}
    </group>
  );
}
