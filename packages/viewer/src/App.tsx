/** Page layout: controls | 3-D view | metrics. */
import { useViewer } from './state/use-viewer.ts';
import { ComparePanel } from './panels/ComparePanel.tsx';
import { Disclaimer } from './panels/Disclaimer.tsx';
import { GaitControls } from './panels/GaitControls.tsx';
import { Legend } from './panels/Legend.tsx';
import { MetricsPanel } from './panels/MetricsPanel.tsx';
import { MuscleControls } from './panels/MuscleControls.tsx';
import { PresetPicker } from './panels/PresetPicker.tsx';
import { StatusBar } from './panels/StatusBar.tsx';
import { SubjectControls } from './panels/SubjectControls.tsx';
import { TaskPicker } from './panels/TaskPicker.tsx';
import { ViewControls } from './panels/ViewControls.tsx';
import { Viewport } from './scene/Viewport.tsx';

function Header() {
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
    </header>
  );
}

export function App() {
  const gait = useViewer((s) => s.task.kind === 'gait');
  return (
    <div className="app">
      <Header />
      <aside className="app__controls" aria-label="Controls">
        <PresetPicker />
        <TaskPicker />
        <SubjectControls />
        <MuscleControls />
      </aside>
      <main className="app__view">
        <ViewControls />
        {gait && <GaitControls />}
        <div className="app__canvas">
          <Viewport />
          <Disclaimer className="disclaimer disclaimer--overlay" />
        </div>
        <Legend />
        <StatusBar />
      </main>
      <aside className="app__metrics" aria-label="Model outputs">
        <ComparePanel />
        <MetricsPanel />
      </aside>
    </div>
  );
}
