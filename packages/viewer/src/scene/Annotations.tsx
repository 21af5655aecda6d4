/**
 * Side-view angle annotations (ASIS–PSIS line against the horizontal; L1 and
 * S1 endplates) drawn over the figure, labelled with the model's own numbers;
 * and "Left"/"Right" under the feet in the back and front views.
 */
import { useMemo } from 'react';
import type { TaskResult } from '@lumbo/model';
import type { Drawing } from './drawing.ts';
import { LabelSprite } from './LabelSprite.tsx';
import { sideAnnotationShapes } from './overlay-shapes.ts';
import { ANNOTATION } from './palette.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_CYLINDER } from './unit-geometries.ts';

export function SideAnnotations({ drawing, result }: { drawing: Drawing; result: TaskResult }) {
  const shapes = useMemo(() => sideAnnotationShapes(drawing, result), [drawing, result]);
  return (
    <group name="side-annotations">
      <PlacedInstances name="annotation-lines" geometry={UNIT_CYLINDER} placements={shapes.solid} renderOrder={10}>
        <meshBasicMaterial color={ANNOTATION} depthTest={false} />
      </PlacedInstances>
      <PlacedInstances name="annotation-dashes" geometry={UNIT_CYLINDER} placements={shapes.dashed} renderOrder={10}>
        <meshBasicMaterial color={ANNOTATION} depthTest={false} />
      </PlacedInstances>
      <LabelSprite text={`Anterior tilt ${result.pelvis.anteriorTiltDeg.toFixed(1)}°`} position={shapes.tiltLabelAt} anchor="left" />
      <LabelSprite text={`Lordosis ${result.lumbar.lordosisDeg.toFixed(1)}°`} position={shapes.lordosisLabelAt} anchor="right" />
    </group>
  );
}

export function SideLabels({ drawing }: { drawing: Drawing }) {
  const { l, r } = drawing.anatomy.legs;
  return (
    <group name="side-labels">
      <LabelSprite text="Left" position={[l.ankle.x, -0.05, l.ankle.z]} anchor="centre" />
      <LabelSprite text="Right" position={[r.ankle.x, -0.05, r.ankle.z]} anchor="centre" />
    </group>
  );
}
