/**
 * Page layout: controls | 3-D view | outputs on a laptop or projector; on a
 * phone one column, the view first, then the controls or the outputs under
 * tabs (layouts.css). Lecture mode keeps the view large and the stories in
 * reach from the header.
 */
import { lazy, Suspense, useRef, useState, type RefObject } from 'react';
import { AboutButton } from '../features/about/AboutButton.tsx';
import { KeyboardShortcuts } from '../features/keyboard/KeyboardShortcuts.tsx';
import { LectureToggle } from '../features/panels/LectureToggle.tsx';
import { StoryMenu, StoryPanel } from '../features/stories/StoryCard.tsx';
import { useViewer } from '../store/use-viewer.ts';
import { ComparePanel } from '../features/panels/ComparePanel.tsx';
import { LinkNotice, ShareControls } from '../features/panels/ShareControls.tsx';
import { Disclaimer } from '../features/panels/Disclaimer.tsx';
import { GaitControls, RefiningBadge } from '../features/panels/GaitControls.tsx';
import { Legend } from '../features/panels/Legend.tsx';
import { MetricsPanel } from '../features/panels/MetricsPanel.tsx';
import { MotionToggle } from '../features/panels/MotionToggle.tsx';
import { REGION_IDS, SkipLinks } from '../features/panels/SkipLinks.tsx';
import { MuscleControls } from '../features/panels/MuscleControls.tsx';
import { PresetPicker } from '../features/panels/PresetPicker.tsx';
import { WholeWords } from '../features/panels/WholeWords.tsx';
import { StatusBar } from '../features/panels/StatusBar.tsx';
import { SubjectControls } from '../features/panels/SubjectControls.tsx';
import { TaskPicker } from '../features/panels/TaskPicker.tsx';
import { ViewControls } from '../features/panels/ViewControls.tsx';
import { TrialPicker } from '../features/trial/TrialPicker.tsx';
import { PlotsJumpButton, PlotsPanel } from '../features/plots/PlotsPanel.tsx';
/**
 * The 3-D view (three, react-three-fiber) is its own chunk: the page, the
 * store and the model worker start while it loads, and the main bundle stays
 * small (docs/performance.md, bundle size).
 */
const Viewport = lazy(() => import('./Viewport.tsx').then((m) => ({ default: m.Viewport })));

function Header({ root }: { root: RefObject<HTMLDivElement | null> }) {
  const presetLabel = useViewer((s) => s.presetLabel);
  const modified = useViewer((s) => s.modified);
  const reset = useViewer((s) => s.reset);
  return (
    <header className="app__header">
      <h1>Lumbo</h1>
      <p className="app__preset" data-testid="preset-status">
        Parameters: <strong><WholeWords text={presetLabel} /></strong>
        {modified && ', modified'}
      </p>
      <button type="button" onClick={reset} disabled={!modified} title="Every parameter back to the chosen preset's value, all links off">
        Reset to preset
      </button>
      <StoryMenu />
      <ShareControls />
      <MotionToggle />
      <PlotsJumpButton />
      <LectureToggle />
      <AboutButton />
      {/* the page's one keydown listener, the shortcut list and its button; F puts `root` in full screen */}
      <KeyboardShortcuts root={root} />
    </header>
  );
}

type PhoneTab = 'controls' | 'outputs';

/** On a phone the controls and the outputs share the space under the view: one tab at a time (hidden on wider screens). */
function PhoneTabs({ tab, onTab }: { tab: PhoneTab; onTab(tab: PhoneTab): void }) {
  const tabs: readonly [PhoneTab, string, string][] = [
    ['controls', 'Controls', REGION_IDS.controls],
    ['outputs', 'Outputs', REGION_IDS.outputs],
  ];
  return (
    <div className="phone-tabs" role="tablist" aria-label="Panels under the view">
      {tabs.map(([id, label, panel]) => (
        <button key={id} type="button" role="tab" aria-selected={tab === id} aria-controls={panel} onClick={() => onTab(id)}>
          {label}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const gait = useViewer((s) => s.task.kind === 'gait');
  const root = useRef<HTMLDivElement>(null);
  // lecture mode and an open story change the layout (styles.css: .app--lecture, .app--story)
  const lecture = useViewer((s) => s.lecture);
  const story = useViewer((s) => s.story !== null);
  const [tab, setTab] = useState<PhoneTab>('controls');
  return (
    <>
    <div ref={root} className={`app${lecture ? ' app--lecture' : ''}${story ? ' app--story' : ''}`} data-phone-tab={tab}>
      <SkipLinks />
      <Header root={root} />
      <LinkNotice />
      <aside id={REGION_IDS.controls} tabIndex={-1} className="app__controls" aria-label="Controls">
        <StoryPanel />
        <PresetPicker />
        <TaskPicker />
        {gait && <TrialPicker />}
        <SubjectControls />
        <MuscleControls />
      </aside>
      <main id={REGION_IDS.view} tabIndex={-1} className="app__view">
        <ViewControls />
        {gait && <GaitControls />}
        <div className="app__canvas">
          <Suspense fallback={<p className="app__canvas-loading">Loading the 3-D view…</p>}>
            <Viewport />
          </Suspense>
          {gait && <RefiningBadge />}
        </div>
        {/* under the canvas, never over the figure */}
        <Disclaimer className="disclaimer disclaimer--view" />
        <Legend />
        <StatusBar />
      </main>
      <PhoneTabs tab={tab} onTab={setTab} />
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
