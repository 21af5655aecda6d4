/** Page layout: controls | 3-D view | metrics. */
import { useRef, type RefObject } from 'react';
import { KeyboardShortcuts } from './keyboard/KeyboardShortcuts.tsx';
import { LectureToggle } from './panels/LectureToggle.tsx';
import { StoryPanel } from './stories/StoryCard.tsx';
import { useViewer } from './state/use-viewer.ts';
import { ComparePanel } from './panels/ComparePanel.tsx';
import { LinkNotice, ShareControls } from './panels/ShareControls.tsx';
import { Disclaimer } from './panels/Disclaimer.tsx';
import { GaitControls } from './panels/GaitControls.tsx';
import { Legend } from './panels/Legend.tsx';
import { MetricsPanel } from './panels/MetricsPanel.tsx';
import { MotionToggle } from './panels/MotionToggle.tsx';
import { REGION_IDS, SkipLinks } from './panels/SkipLinks.tsx';
import { MuscleControls } from './panels/MuscleControls.tsx';
import { PresetPicker } from './panels/PresetPicker.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { SubjectControls } from './panels/SubjectControls.tsx';
import { TaskPicker } from './panels/TaskPicker.tsx';
import { ViewControls } from './panels/ViewControls.tsx';
import { PlotsJumpButton, PlotsPanel } from './plots/PlotsPanel.tsx';
import { Viewport } from './scene/Viewport.tsx';

function Header({ root }: { root: RefObject<HTMLDivElement | null> }) {
  const presetLabel = useViewer((s) => s.presetLabel);
  const modified = useViewer((s) => s.modified);
  const reset = useViewer((s) => s.reset);
  return (
    <header className="app__header">
      <h1>Lumbo</h1>
      <p className="app__preset" data-testid="preset-status">
        Parameters: <strong>{presetLabel}</strong>
        {modified && ', modified'}
      </p>
      <button type="button" onClick={reset} disabled={!modified} title="Every parameter back to the chosen preset's value, all links off">
        Reset to preset
      </button>
      <ShareControls />
      <MotionToggle />
      <PlotsJumpButton />
      <LectureToggle />
      {/* the page's one keydown listener, the shortcut list and its button; F puts `root` in full screen */}
      <KeyboardShortcuts root={root} />
    </header>
  );
}

export function App() {
  const gait = useViewer((s) => s.task.kind === 'gait');
  const root = useRef<HTMLDivElement>(null);
  // lecture mode and an open story change the layout (styles.css: .app--lecture, .app--story)
  const lecture = useViewer((s) => s.lecture);
  const story = useViewer((s) => s.story !== null);
  return (
    <>
    <div ref={root} className={`app${lecture ? ' app--lecture' : ''}${story ? ' app--story' : ''}`}>
      <SkipLinks />
      <Header root={root} />
      <LinkNotice />
      <aside id={REGION_IDS.controls} tabIndex={-1} className="app__controls" aria-label="Controls">
        <StoryPanel />
        <PresetPicker />
        <TaskPicker />
        <SubjectControls />
        <MuscleControls />
      </aside>
      <main id={REGION_IDS.view} tabIndex={-1} className="app__view">
        <ViewControls />
        {gait && <GaitControls />}
        <div className="app__canvas">
          <Viewport />
          <Disclaimer className="disclaimer disclaimer--overlay" />
        </div>
        <Legend />
        <StatusBar />
      </main>
      <aside id={REGION_IDS.outputs} tabIndex={-1} className="app__metrics" aria-label="Model outputs">
        <ComparePanel />
        <MetricsPanel />
      </aside>
    </div>
    {/* below the three columns: opening the plots never shrinks the 3-D view */}
    <PlotsPanel />
    </>
  );
}
