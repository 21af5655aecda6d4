/** Camera presets (side, back, front, free orbit), the whole-body / close-up focus, and which layers to show (folded under "Layers" on a laptop). */
import { useEffect, useRef, useState } from 'react';
import { useViewer } from '../../store/use-viewer.ts';
import { useMediaQuery } from './use-media-query.ts';
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

/** The laptop's toolbar range (layouts.css): there the layers fold into a disclosure, outside lecture mode. */
const LAPTOP = '(min-width: 701px) and (max-width: 1500px)';

/**
 * On a laptop the four layer checkboxes (~410 px) and the export (~380 px) took two toolbar rows
 * over a 625-px view (1280×800): folded under "Layers", one click away, they share one row. The
 * open list floats over the top of the view (the canvas keeps its size); Escape or a click
 * elsewhere folds it again.
 */
function LayersDisclosure() {
  const box = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const layers = useViewer((s) => s.layers);
  const shown = LAYERS.filter((l) => layers[l.layer]).length;
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <details
      ref={box}
      className="view-controls__layers-menu"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Escape folds the list here, not whatever else the page does with it
        e.stopPropagation();
        setOpen(false);
        box.current?.querySelector('summary')?.focus();
      }}
    >
      <summary title="Muscles, force arrows, gravity line, angles" aria-label={`Layers, ${shown} of ${LAYERS.length} shown`}>
        Layers <span className="view-controls__layers-count">{shown}/{LAYERS.length}</span>
      </summary>
      <LayerToggles />
    </details>
  );
}

export function ViewControls() {
  const view = useViewer((s) => s.view);
  const focus = useViewer((s) => s.focus);
  const setView = useViewer((s) => s.setView);
  const setFocus = useViewer((s) => s.setFocus);
  const lecture = useViewer((s) => s.lecture);
  const folded = useMediaQuery(LAPTOP) && !lecture;
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
      {folded ? <LayersDisclosure /> : <LayerToggles />}
      <ExportControls />
    </div>
  );
}
