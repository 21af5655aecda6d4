/** Camera presets (side, back, front, free orbit), the whole-body / close-up focus, and which layers to show. */
import { useViewer } from '../../store/use-viewer.ts';
import { ExportControls } from './ExportControls.tsx';
import type { CameraFocus, CameraView, Layers } from '../../store/store.ts';

const VIEWS: { view: CameraView; label: string }[] = [
  { view: 'side', label: 'Side' },
  { view: 'back', label: 'Back' },
  { view: 'front', label: 'Front' },
  { view: 'free', label: 'Free orbit' },
];
const FOCI: { focus: CameraFocus; label: string }[] = [
  { focus: 'body', label: 'Whole body' },
  { focus: 'spine', label: 'Pelvis and lumbar close-up' },
];

const LAYERS: { layer: keyof Layers; label: string }[] = [
  { layer: 'muscles', label: 'Muscles' },
  { layer: 'forces', label: 'Force arrows' },
  { layer: 'gravityLine', label: 'Gravity line' },
  { layer: 'angles', label: 'Angles' },
];

function LayerToggles() {
  const layers = useViewer((s) => s.layers);
  const setLayer = useViewer((s) => s.setLayer);
  return (
    <div role="group" aria-label="Show in the scene" className="view-controls__layers">
      {LAYERS.map((l) => (
        <label key={l.layer}>
          <input type="checkbox" checked={layers[l.layer]} onChange={(e) => setLayer(l.layer, e.currentTarget.checked)} /> {l.label}
        </label>
      ))}
    </div>
  );
}

export function ViewControls() {
  const view = useViewer((s) => s.view);
  const focus = useViewer((s) => s.focus);
  const setView = useViewer((s) => s.setView);
  const setFocus = useViewer((s) => s.setFocus);
  return (
    <div className="view-controls">
      <div role="group" aria-label="Camera view">
        {VIEWS.map((v) => (
          <button key={v.view} type="button" aria-pressed={view === v.view} onClick={() => setView(v.view)}>
            {v.label}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Camera focus">
        {FOCI.map((f) => (
          <button
            key={f.focus}
            type="button"
            aria-pressed={focus === f.focus}
            onClick={() => {
              setFocus(f.focus);
              // a focus change frames from the current preset; from free orbit, go back to the side view
              if (view === 'free') setView('side');
            }}
          >
            {f.label}
          </button>
        ))}
      </div>
      <LayerToggles />
      <ExportControls />
    </div>
  );
}
