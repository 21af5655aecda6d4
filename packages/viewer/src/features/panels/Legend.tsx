/** Colour legends for the scene (disc compression, muscle activation) and keys for every other mark in it. */
import { useEffect, useMemo, useState } from 'react';
import { ARROW_M_PER_N } from '../../figure/motion/force-arrows.ts';
import { ceilingForAnswers } from '../../figure/motion/ceiling.ts';
import { ACTIVATION, CIVIDIS } from '../../lib/colour-scales.ts';
import { COMPRESSION_ARROW, GRAVITY, REFERENCE, SHEAR_ARROW, TENSION } from '../../figure/palette.ts';
import { selectVisibleCompare } from '../../store/store.ts';
import { useViewer } from '../../store/use-viewer.ts';

function Scale({ title, css, ticks }: { title: string; css: string; ticks: string[] }) {
  return (
    <div className="legend__scale">
      <div className="legend__title">{title}</div>
      <div className="legend__bar" style={{ background: css }} />
      <div className="legend__ticks">
        {ticks.map((t, i) => (
          <span key={i}>{t}</span>
        ))}
      </div>
    </div>
  );
}

/** Newtons per centimetre of arrow. */
const N_PER_CM = Math.round(0.01 / ARROW_M_PER_N);

export function Legend() {
  const shown = useViewer((s) => s.shown);
  const compare = useViewer(selectVisibleCompare);
  const compareLabel = useViewer((s) => s.compareSet?.label ?? null);
  const ceiling = useMemo(() => ceilingForAnswers(shown?.answer, compare?.answer), [shown, compare]);
  // open unless the window is short, the view column narrow (a 701–1200 px laptop: at 1152×864 its keys take five
  // lines under a 527-px figure) or the room is reading a projector, where the figure needs the height;
  // folded, it is one line and opens whole (lecture mode folds it on entry, the user may open it again)
  const lecture = useViewer((s) => s.lecture);
  const [open, setOpen] = useState(
    () => typeof window === 'undefined' || !window.matchMedia('(max-height: 800px), (min-width: 701px) and (max-width: 1200px)').matches,
  );
  useEffect(() => {
    if (lecture) setOpen(false);
  }, [lecture]);
  return (
    <details className="legend-box" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      <div className="legend" role="group" aria-label="Legend">
        <Scale title="Disc half compression (N)" css={CIVIDIS.css} ticks={['0', String(ceiling / 2), String(ceiling)]} />
        <Scale title="Muscle activation" css={ACTIVATION.css} ticks={['0 %', '50 %', '100 %']} />
        <ul className="legend__keys">
          <li className="legend__key" title="Tone, tightness, stiffness or co-activation above normal">
            <span className="legend__rod legend__rod--tense" style={{ borderColor: TENSION }} /> Tight or high tone (blue outline)
          </li>
          <li className="legend__key" title="Rod cross-section ∝ the element's maximum force, which the strength knob scales">
            <span className="legend__rod legend__rod--thin" /> Thin rod = weak (thickness ∝ √max force)
          </li>
          <li className="legend__key">
            <span className="legend__arrow" style={{ color: COMPRESSION_ARROW }}>
              ↓
            </span>
            Compression and
            <span className="legend__arrow" style={{ color: SHEAR_ARROW }}>
              →
            </span>
            shear at L4/L5, L5/S1 (1 cm = {N_PER_CM} N)
          </li>
          {compareLabel !== null && (
            <li className="legend__key">
              <span className="legend__swatch" style={{ background: REFERENCE, opacity: 0.6 }} /> Compare: {compareLabel} (translucent)
            </li>
          )}
          <li className="legend__key">
            <span className="legend__swatch legend__swatch--round" style={{ background: GRAVITY }} /> Centre of mass, gravity line; <span style={{ color: GRAVITY }}>◆</span> hip-axis midpoint
          </li>
        </ul>
      </div>
    </details>
  );
}
