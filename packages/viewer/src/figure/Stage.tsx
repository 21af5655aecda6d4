/**
 * What the canvas shows: the figure for the shown answer and the compare
 * set's translucent figure (over it, or beside it), both animated by the one
 * frame loop, so a gait cycle plays in step; the camera framing both.
 * Figures are rebuilt only when an answer arrives.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { withCopy, type Box } from './motion/bounds.ts';
import { ceilingForAnswers } from './motion/ceiling.ts';
import { buildFigureModel } from './motion/figure-model.ts';
import type { Playhead } from '../store/playhead.ts';
import { selectReservesCompare, selectVisibleCompare } from '../store/store.ts';
import { useViewer } from '../store/use-viewer.ts';
import type { FrameDriver } from './animation/frame-driver.ts';
import { FrameLoop } from './animation/FrameLoop.tsx';
import { CameraRig } from './CameraRig.tsx';
import { CompareFigure, Figure } from './Figure.tsx';
import { drawnRequest } from './FrameProbe.tsx';
import { axisForView, compareOffset, withLabelRoom, type CompareAxis } from './compare-offset.ts';

export function Stage({ driver, playhead }: { driver: FrameDriver; playhead: Playhead }) {
  const shown = useViewer((s) => s.shown);
  const compare = useViewer(selectVisibleCompare);
  const reserve = useViewer(selectReservesCompare);
  const compareLabel = useViewer((s) => s.compareSet?.label ?? '');
  const overlay = useViewer((s) => s.compareLayout === 'overlay');
  const layers = useViewer((s) => s.layers);
  const view = useViewer((s) => s.view);
  const focus = useViewer((s) => s.focus);

  const main = useMemo(() => (shown ? buildFigureModel(shown) : null), [shown]);
  const ghost = useMemo(() => (compare ? buildFigureModel(compare, null, compareLabel) : null), [compare, compareLabel]);
  const ceilingN = useMemo(() => ceilingForAnswers(shown?.answer, compare?.answer), [shown, compare]);

  useLayoutEffect(() => {
    const gait = shown?.answer.kind === 'gait' ? shown.answer.gait : null;
    driver.gait = gait !== null;
    if (gait) playhead.setCycle(gait.frames, gait.cycleDurationS);
    if (shown) {
      drawnRequest.id = shown.requestId;
      drawnRequest.refining = shown.refining === true;
      drawnRequest.frames = gait ? gait.frames : 1;
    }
  }, [shown, driver, playhead]);

  const axis = useRef<CompareAxis>('x');
  axis.current = axisForView(view, axis.current);
  const offset = overlay ? ([0, 0, 0] as const) : compareOffset(main?.body ?? null, axis.current);
  const body = main?.body ?? null;
  const together = body && reserve ? withCopy(body, { x: offset[0], y: offset[1], z: offset[2] }) : body;
  const closeUp = focus === 'spine';
  // the close-up is centred on the pelvis (labels get room on both sides); the whole body leaves room toward the labels only
  const room = main && layers.angles ? (b: Box) => withLabelRoom(b, view, main.drawing.anatomy.s * (closeUp ? 0.5 : 1), closeUp) : (b: Box) => b;
  const spine = main?.spine ?? null;
  // side by side, the close-up frames both figures' pelvis regions, so the ghost stays in frame
  const spineTogether = spine && reserve ? withCopy(spine, { x: offset[0], y: offset[1], z: offset[2] }) : spine;
  const framed = closeUp ? spineTogether : together;
  const bounds = framed ? room(framed) : null;

  return (
    <>
      <CameraRig bounds={bounds} reserveKey={`${reserve ? `with-${axis.current}` : 'alone'}-${layers.angles}`} />
      {main && <Figure model={main} ceilingN={ceilingN} layers={layers} view={view} />}
      {ghost && <CompareFigure model={ghost} ceilingN={ceilingN} offset={offset} view={view} label={compareLabel} overlay={overlay} />}
      <FrameLoop driver={driver} playhead={playhead} />
    </>
  );
}
