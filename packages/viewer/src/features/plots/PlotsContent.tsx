/**
 * What the open "Plots" section shows (PlotsPanel.tsx loads this module, with uPlot and the
 * normative corridors, only when the section is first opened: none of it is in the page's
 * entry script). Once the charts are on screen, a pending "Plots ↓" jump scrolls to them.
 */
import { useEffect, useMemo } from 'react';
import { selectVisibleCompare } from '../../store/store.ts';
import { useViewer } from '../../store/use-viewer.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';
import { buildGaitPlots } from './gait-series.ts';
import { GaitPlots } from './GaitPlots.tsx';
import { buildLevelBars } from './level-bars.ts';
import { LevelBars } from './LevelBars.tsx';
import { takePendingJump, scrollToPlots } from './plots-jump.ts';

function taskLabel(task: ViewerTask): string {
  switch (task.kind) {
    case 'standing':
      return 'standing';
    case 'single-leg-stance':
      return `single-leg stance (${task.side})`;
    case 'trunk-flexion':
      return `trunk flexion ${task.angleDeg}°`;
    case 'sitting':
      return 'sitting';
    case 'gait':
      return 'gait';
  }
}

export default function PlotsContent() {
  // a jump asked for while the section was closed: after the charts have laid out (uPlot sizes itself in an effect of its own)
  useEffect(() => {
    if (!takePendingJump()) return;
    const id = requestAnimationFrame(() => requestAnimationFrame(scrollToPlots));
    return () => cancelAnimationFrame(id);
  }, []);

  const shown = useViewer((s) => s.shown);
  const compare = useViewer(selectVisibleCompare);
  const compareLabel = useViewer((s) => s.compareSet?.label ?? null);
  const presetLabel = useViewer((s) => s.presetLabel);
  const modified = useViewer((s) => s.modified);
  const currentLabel = modified ? `${presetLabel}, modified` : presetLabel;
  const answer = shown?.answer;
  const compareAnswer = compare?.answer;
  const massKg = shown?.params.subject.massKg ?? 0;

  const gaitPlots = useMemo(
    () =>
      answer?.kind === 'gait'
        ? buildGaitPlots({
            gait: answer.gait,
            currentLabel,
            compare: compareAnswer?.kind === 'gait' ? compareAnswer.gait : null,
            compareLabel: compareLabel ?? '',
            massKg,
            ...(compare && { compareMassKg: compare.params.subject.massKg }),
          })
        : null,
    [answer, compareAnswer, compare, currentLabel, compareLabel, massKg],
  );
  const bars = useMemo(
    () => (answer?.kind === 'static' ? buildLevelBars(answer.result, compareAnswer?.kind === 'static' ? compareAnswer.result : null) : null),
    [answer, compareAnswer],
  );

  if (!shown) return <p>Solving the model…</p>;
  return (
    <>
      <p className="plots__note">
        {gaitPlots
          ? 'Over one gait cycle. The vertical line is the frame the figure shows: click or drag on a plot to move it (playback pauses).'
          : `The figure's answer for ${taskLabel(shown.task)}.`}
        {compareLabel && !compare && ' The compare set has no answer for this task yet.'}
      </p>
      {gaitPlots && <GaitPlots plots={gaitPlots} />}
      {bars && <LevelBars data={bars} currentLabel={currentLabel} compareLabel={compareLabel} taskLabel={taskLabel(shown.task)} />}
    </>
  );
}

