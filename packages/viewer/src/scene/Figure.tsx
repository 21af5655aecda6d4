/**
 * The figure for the current result. Rebuilt from the model's pose only when
 * the result changes; between results nothing here runs.
 */
import { useMemo } from 'react';
import { useViewer } from '../state/use-viewer.ts';
import { SideAnnotations, SideLabels } from './Annotations.tsx';
import { Bones } from './Bones.tsx';
import { CameraRig } from './CameraRig.tsx';
import { Discs } from './Discs.tsx';
import { buildDrawing } from './drawing.ts';
import { GravityLine } from './GravityLine.tsx';
import { Muscles } from './Muscles.tsx';

export function Figure() {
  const result = useViewer((s) => s.result);
  const params = useViewer((s) => s.resultParams);
  const view = useViewer((s) => s.view);
  const focus = useViewer((s) => s.focus);
  const layers = useViewer((s) => s.layers);
  // thickness follows the strength knobs the result was solved with, so the figure changes once per result
  const drawing = useMemo(() => (result && params ? buildDrawing(result, params) : null), [result, params]);
  const bounds = drawing ? (focus === 'spine' ? drawing.spineBounds : drawing.bounds) : null;
  return (
    <>
      <CameraRig bounds={bounds} />
      {drawing && result && (
        <group name="figure">
          <Bones drawing={drawing} />
          <Discs drawing={drawing} />
          {layers.muscles && <Muscles drawing={drawing} />}
          {layers.gravityLine && <GravityLine com={result.pose.centreOfMass} hipMid={result.pose.hipAxisMidpoint} />}
          {view === 'side' && layers.angles && <SideAnnotations drawing={drawing} result={result} />}
          {(view === 'back' || view === 'front') && <SideLabels drawing={drawing} />}
        </group>
      )}
    </>
  );
}
