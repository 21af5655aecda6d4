/**
 * Angle annotations over the figure, labelled with the model's own numbers
 * of the current frame: side view (ASIS–PSIS line against the horizontal;
 * L1 and S1 endplates) or back view (iliac-crest line against the
 * horizontal; thorax axis against the vertical). In lecture mode the rods
 * keep a minimum thickness on screen (line-thickness.ts), so they redraw
 * when the camera moves.
 */
import { useCallback, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import type { AnnotationModel } from './motion/figure-model.ts';
import { pointNow, writeRigid, type AttachedPoint } from './motion/rigid.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { AnimatedLabel } from './LabelSprite.tsx';
import { ANNOTATION } from './palette.ts';
import { UNIT_CYLINDER } from './unit-geometries.ts';
import type { Placement } from './placement.ts';
import { lectureLinePx, setRodRadii, type RodView } from './line-thickness.ts';
import { useViewer } from '../store/use-viewer.ts';

const scratch = new Float64Array(3);

/** The current camera and the lecture-mode minimum, read when a rod part redraws. */
function useRodView(): () => RodView {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const height = useThree((s) => s.size.height);
  const lecture = useViewer((s) => s.lecture);
  return useCallback(
    () => ({ camera: camera.position, fovDeg: camera.fov, viewHeightPx: height, minPx: lecture ? lectureLinePx(height) : 0 }),
    [camera, height, lecture],
  );
}

/** Reference dashes that keep their world direction and follow an anchor on the figure. */
function FloatingDashes({ anchor, dashes, view }: { anchor: AttachedPoint; dashes: Placement[]; view: () => RodView }) {
  const base = useMemo(() => dashes.map((d) => Math.hypot(d.x.x, d.x.y, d.x.z)), [dashes]);
  const write = useCallback(
    (s: MotionSampler, m: Float32Array) => {
      pointNow(anchor, s, scratch, 0);
      dashes.forEach(({ centre: c, x, y, z }, i) => {
        m.set([x.x, x.y, x.z, 0, y.x, y.y, y.z, 0, z.x, z.y, z.z, 0, c.x + scratch[0]!, c.y + scratch[1]!, c.z + scratch[2]!, 1], i * 16);
      });
      setRodRadii(m, dashes.length, base, view());
    },
    [anchor, dashes, base, view],
  );
  return (
    <InstancedPart name="annotation-dashes" geometry={UNIT_CYLINDER} count={dashes.length} write={write} renderOrder={10} viewDependent>
      <meshBasicMaterial color={ANNOTATION} depthTest={false} />
    </InstancedPart>
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
        <FloatingDashes key={i} anchor={f.anchor} dashes={f.dashes} view={view} />
      ))}
      {set.labels.map((l, i) => (
        <AnimatedLabel key={i} label={l} />
      ))}
    </group>
  );
}
