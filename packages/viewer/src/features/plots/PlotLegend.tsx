/**
 * The plots' key as HTML (uPlot's own legend is off): each entry draws its
 * line exactly as the chart does — colour, width, dash and marker — so the
 * key never relies on colour alone, in large type for projection.
 */
import { COMPARE_DASH_PX, CORRIDOR_FILL, CORRIDOR_MEAN_COLOUR, DOUBLE_SUPPORT_FILL, LINE_LOOK, LINE_WIDTH_PX, type LineKind, type LineRole } from './plot-style.ts';

export function LineSwatch({ kind, role }: { kind: LineKind; role: LineRole }) {
  const look = LINE_LOOK[kind];
  return (
    <svg className="plot-legend__swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true">
      <line
        x1="1"
        y1="8"
        x2="43"
        y2="8"
        stroke={look.colour}
        strokeWidth={LINE_WIDTH_PX[role]}
        strokeDasharray={role === 'compare' ? COMPARE_DASH_PX.join(' ') : undefined}
      />
      {look.markers && <circle cx="22" cy="8" r="4" fill={role === 'current' ? look.colour : '#fff'} stroke={look.colour} strokeWidth="2" />}
    </svg>
  );
}

/** The grey band, with its mean line where the band has one (a normative corridor; not a published peak range). */
export function CorridorSwatch({ withMean }: { withMean: boolean }) {
  return (
    <svg className="plot-legend__swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true">
      <rect x="0" y="1" width="44" height="14" fill={CORRIDOR_FILL} />
      {withMean && <line x1="0" y1="8" x2="44" y2="8" stroke={CORRIDOR_MEAN_COLOUR} strokeWidth="1.5" />}
    </svg>
  );
}

export function DoubleSupportSwatch() {
  return (
    <svg className="plot-legend__swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true">
      <rect x="0" y="1" width="44" height="14" fill={DOUBLE_SUPPORT_FILL} stroke="#9cc9e6" />
    </svg>
  );
}

export interface LegendLine {
  readonly key: string;
  readonly label: string;
  readonly kind: LineKind;
  readonly role: LineRole;
}

export function PlotLegend({
  lines,
  corridorLabel,
  corridorHasMean = true,
  doubleSupport,
}: {
  lines: readonly LegendLine[];
  corridorLabel: string | null;
  corridorHasMean?: boolean;
  doubleSupport: boolean;
}) {
  return (
    <ul className="plot-legend">
      {lines.map((l) => (
        <li key={l.key}>
          <LineSwatch kind={l.kind} role={l.role} />
          {l.label}
        </li>
      ))}
      {corridorLabel && (
        <li>
          <CorridorSwatch withMean={corridorHasMean} />
          {corridorLabel}
        </li>
      )}
      {doubleSupport && (
        <li>
          <DoubleSupportSwatch />
          Double support
        </li>
      )}
    </ul>
  );
}
