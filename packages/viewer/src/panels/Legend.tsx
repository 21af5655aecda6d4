/** Colour legends for the scene (disc compression, muscle activation) and the gravity-line key. */
import { useMemo } from 'react';
import { ACTIVATION, CIVIDIS, compressionCeilingForLevels } from '../scene/colour-scales.ts';
import { GRAVITY } from '../scene/palette.ts';
import { useViewer } from '../state/use-viewer.ts';

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

export function Legend() {
  const levels = useViewer((s) => s.result?.lumbar.levels);
  const ceiling = useMemo(() => compressionCeilingForLevels(levels ?? []), [levels]);
  return (
    <div className="legend" role="group" aria-label="Colour legend">
      <Scale title="Disc half compression (N)" css={CIVIDIS.css} ticks={['0', String(ceiling / 2), String(ceiling)]} />
      <Scale title="Muscle activation" css={ACTIVATION.css} ticks={['0 %', '50 %', '100 %']} />
      <div className="legend__keys">
        <div className="legend__key">
          <span className="legend__swatch" style={{ background: GRAVITY }} /> Centre of mass, gravity line
        </div>
        <div className="legend__key">
          <span style={{ color: GRAVITY }}>◆</span> Hip-axis midpoint
        </div>
      </div>
    </div>
  );
}
