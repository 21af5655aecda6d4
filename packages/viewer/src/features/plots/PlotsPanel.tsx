/**
 * The collapsible "Plots" section below the page: gait plots over the cycle,
 * or per-level bars for a static task, each with the compare set when its
 * answer is for the same task. Closed, it renders no chart at all; it sits
 * below the three columns so opening it never shrinks the 3-D view.
 */
import { useEffect, useMemo, useState } from 'react';
import { Disclaimer } from '../panels/Disclaimer.tsx';
import { selectVisibleCompare } from '../../store/store.ts';
import { useViewer } from '../../store/use-viewer.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';
import { buildGaitPlots } from './gait-series.ts';
import { GaitPlots } from './GaitPlots.tsx';
import { buildLevelBars } from './level-bars.ts';
import { LevelBars } from './LevelBars.tsx';
import './plots.css';

export const PLOTS_SECTION_ID = 'plots';

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

/**
 * A jump asked for while the section was closed: the scroll waits until the
 * plots are rendered (before that the page is too short to scroll to them).
 */
const pendingJump = { wanted: false };

function scrollToPlots(section: HTMLElement): void {
  section.scrollIntoView({ block: 'start' });
}

/** Opens the section and scrolls to it (it is below the fold at any window height). */
export function PlotsJumpButton() {
  return (
    <button
      type="button"
      aria-controls={PLOTS_SECTION_ID}
      title="Open the plots below the view"
      onClick={() => {
        const section = document.getElementById(PLOTS_SECTION_ID);
        if (!(section instanceof HTMLDetailsElement)) return;
        if (section.open) return scrollToPlots(section);
        pendingJump.wanted = true;
        section.open = true;
      }}
    >
      Plots ↓
    </button>
  );
}

function PlotsContent() {
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
          })
        : null,
    [answer, compareAnswer, currentLabel, compareLabel, massKg],
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

export function PlotsPanel() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open || !pendingJump.wanted) return;
    pendingJump.wanted = false;
    // after the charts have laid out (uPlot sizes itself in an effect of its own)
    const id = requestAnimationFrame(() => requestAnimationFrame(() => {
      const section = document.getElementById(PLOTS_SECTION_ID);
      if (section) scrollToPlots(section);
    }));
    return () => cancelAnimationFrame(id);
  }, [open]);
  return (
    <details id={PLOTS_SECTION_ID} className="plots" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="plots__summary">
        <h2>Plots</h2>
      </summary>
      {open && (
        <>
          <Disclaimer />
          <PlotsContent />
        </>
      )}
    </details>
  );
}
