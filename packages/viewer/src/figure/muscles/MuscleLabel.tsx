/**
 * The name of the muscle under the pointer (or last tapped), as a small DOM
 * label beside the canvas, where the pointer met the belly: role "tooltip"
 * inside a polite live region, so screen readers announce it; plain name
 * and side ("Piriformis (right)"). Rendered by the app next to the canvas
 * (a DOM element cannot live inside the r3f tree); the scene sets its
 * content through muscle-label-state.ts.
 */
import './muscle-label.css';
import { useMuscleLabel } from './muscle-label-state.ts';

export function MuscleLabelOverlay() {
  const label = useMuscleLabel();
  return (
    <div className="muscle-label-region" aria-live="polite">
      {label && (
        <div className="muscle-label" role="tooltip" data-testid="muscle-label" style={{ left: `${label.x}px`, top: `${label.y}px` }}>
          {label.text}
        </div>
      )}
    </div>
  );
}
