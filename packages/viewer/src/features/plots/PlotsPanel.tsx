/**
 * The collapsible "Plots" section below the page: gait plots over the cycle,
 * or per-level bars for a static task, each with the compare set when its
 * answer is for the same task. Closed, it renders no chart at all, and the
 * charts' code (uPlot, the corridors) loads only when it is first opened
 * (PlotsContent.tsx); it sits below the three columns so opening it never
 * shrinks the 3-D view.
 */
import { lazy, Suspense, useState } from 'react';
import { Disclaimer } from '../panels/Disclaimer.tsx';
import { askForJump, PLOTS_SECTION_ID, scrollToPlots } from './plots-jump.ts';
import './plots.css';

export { PLOTS_SECTION_ID } from './plots-jump.ts';

const PlotsContent = lazy(() => import('./PlotsContent.tsx'));

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
        if (section.open) return scrollToPlots();
        askForJump();
        section.open = true;
      }}
    >
      Plots ↓
    </button>
  );
}

export function PlotsPanel() {
  const [open, setOpen] = useState(false);
  return (
    <details id={PLOTS_SECTION_ID} className="plots" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="plots__summary">
        <h2>Plots</h2>
      </summary>
      {open && (
        <>
          <Disclaimer />
          <Suspense fallback={<p>Loading the plots…</p>}>
            <PlotsContent />
          </Suspense>
        </>
      )}
    </details>
  );
}
