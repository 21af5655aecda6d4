/**
 * Static tasks: compression of each lumbar disc's left and right half, current
 * figure beside its compare set, as horizontal grouped bars (L1/L2 at the
 * top, as in the spine).
 *
 * A small SVG rather than uPlot: uPlot's aligned-data model gives every
 * series the same x, so four bars per level need a custom grouping plugin;
 * here each bar is an element with its own <title> and data attributes (for
 * tests), the hatch that marks the compare set is a plain SVG pattern, and
 * the chart scales with its container through its viewBox.
 */
import { useId } from 'react';
import { formatNumber } from '../../lib/format.ts';
import type { LevelBarsData, LevelHalves } from './level-bars.ts';
import { OKABE_ITO } from './plot-style.ts';

const SIDE_COLOUR = { left: OKABE_ITO.blue, right: OKABE_ITO.vermillion } as const;
const SIDE_LETTER = { left: 'L', right: 'R' } as const;

// layout in viewBox units (about CSS pixels at the chart's natural width)
const WIDTH = 760;
const LEVEL_LABEL_X = 4;
const LETTER_X = 96;
const BAR_X = 116;
const BAR_END_X = WIDTH - 96;
const BAR_H = 16;
const BAR_GAP = 3;
const LEVEL_GAP = 20;
const TOP = 8;
const AXIS_H = 56;

type Side = 'left' | 'right';
type SetName = 'current' | 'compare';

interface BarRow {
  readonly side: Side;
  readonly set: SetName;
  readonly valueN: number;
}

function rowsOf(cur: LevelHalves, cmp: LevelHalves | undefined): BarRow[] {
  const rows: BarRow[] = [];
  for (const side of ['left', 'right'] as const) {
    rows.push({ side, set: 'current', valueN: side === 'left' ? cur.leftN : cur.rightN });
    if (cmp) rows.push({ side, set: 'compare', valueN: side === 'left' ? cmp.leftN : cmp.rightN });
  }
  return rows;
}

export interface LevelBarsProps {
  readonly data: LevelBarsData;
  readonly currentLabel: string;
  readonly compareLabel: string | null;
  readonly taskLabel: string;
}

export function LevelBars({ data, currentLabel, compareLabel, taskLabel }: LevelBarsProps) {
  const id = useId();
  const hatch = (side: Side) => `${id}-hatch-${side}`;
  const withCompare = data.compare !== null;
  const perLevel = withCompare ? 4 : 2;
  const levelH = perLevel * BAR_H + (perLevel - 1) * BAR_GAP;
  const height = TOP + data.current.length * (levelH + LEVEL_GAP) - LEVEL_GAP + AXIS_H;
  const axisY = height - AXIS_H + 6;
  const x = (n: number) => BAR_X + (Math.max(0, n) / data.axisMaxN) * (BAR_END_X - BAR_X);
  const ticks: number[] = [];
  for (let t = 0; t <= data.axisMaxN + 1e-9; t += data.tickStepN) ticks.push(t);
  const setLabel = (set: SetName) => (set === 'current' ? currentLabel : `${compareLabel ?? ''} (compare)`);

  return (
    <figure className="plot plot--bars" data-testid="plot-level-bars" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="plot__title">
        Disc compression per level, left and right halves <span className="plot__unit">(N)</span> — {taskLabel}
      </h3>
      <ul className="plot-legend">
        {(['left', 'right'] as const).flatMap((side) =>
          (withCompare ? (['current', 'compare'] as const) : (['current'] as const)).map((set) => (
            <li key={`${side}-${set}`}>
              <svg className="plot-legend__swatch" width="44" height="18" viewBox="0 0 44 18" aria-hidden="true">
                <rect x="1" y="2" width="42" height="14" fill={set === 'current' ? SIDE_COLOUR[side] : `url(#${hatch(side)})`} stroke={SIDE_COLOUR[side]} strokeWidth="1.5" />
              </svg>
              {side === 'left' ? 'Left' : 'Right'} half ({SIDE_LETTER[side]}) — {setLabel(set)}
            </li>
          )),
        )}
      </ul>
      <svg className="level-bars" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true">
        <defs>
          {(['left', 'right'] as const).map((side) => (
            <pattern key={side} id={hatch(side)} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="7" height="7" fill="#fff" />
              <rect width="3" height="7" fill={SIDE_COLOUR[side]} opacity="0.55" />
            </pattern>
          ))}
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={axisY} stroke="#e3e7ec" />
            <text x={x(t)} y={axisY + 20} className="level-bars__tick" textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <text x={(BAR_X + BAR_END_X) / 2} y={axisY + 46} className="level-bars__axis" textAnchor="middle">
          Compression of the disc half (N)
        </text>
        {data.current.map((cur, li) => {
          const cmp = data.compare?.find((c) => c.level === cur.level);
          const y0 = TOP + li * (levelH + LEVEL_GAP);
          return (
            <g key={cur.level}>
              <text x={LEVEL_LABEL_X} y={y0 + levelH / 2 + 6} className="level-bars__level">
                {cur.level}
              </text>
              {rowsOf(cur, cmp).map((r, k) => {
                const y = y0 + k * (BAR_H + BAR_GAP);
                const value = `${formatNumber(r.valueN, 0)} N`;
                return (
                  <g key={`${r.side}-${r.set}`}>
                    <text x={LETTER_X} y={y + BAR_H - 3} className="level-bars__letter" textAnchor="middle">
                      {SIDE_LETTER[r.side]}
                    </text>
                    <rect
                      x={BAR_X}
                      y={y}
                      width={Math.max(0, x(r.valueN) - BAR_X)}
                      height={BAR_H}
                      fill={r.set === 'current' ? SIDE_COLOUR[r.side] : `url(#${hatch(r.side)})`}
                      stroke={SIDE_COLOUR[r.side]}
                      strokeWidth="1.5"
                      data-bar=""
                      data-level={cur.level}
                      data-side={r.side}
                      data-set={r.set}
                      data-value={r.valueN}
                    >
                      <title>{`${cur.level} ${r.side} half, ${setLabel(r.set)}: ${value}`}</title>
                    </rect>
                    <text x={x(r.valueN) + 6} y={y + BAR_H - 3} className="level-bars__value">
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="plot__caption">
        Compression of each lumbar disc's left and right half (N); filled bars: {currentLabel}
        {withCompare ? `; hatched bars: ${compareLabel ?? ''} (compare set)` : ''}. The halves share the disc's part of the joint
        compression; the facet joints carry the rest.
      </figcaption>
      <div className="plot__sr-only">
        <table>
          <caption>Disc compression per level (N)</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Left half, {currentLabel}</th>
              <th scope="col">Right half, {currentLabel}</th>
              {withCompare && <th scope="col">Left half, {compareLabel}</th>}
              {withCompare && <th scope="col">Right half, {compareLabel}</th>}
              <th scope="col">Whole joint, {currentLabel}</th>
            </tr>
          </thead>
          <tbody>
            {data.current.map((cur) => {
              const cmp = data.compare?.find((c) => c.level === cur.level);
              return (
                <tr key={cur.level}>
                  <th scope="row">{cur.level}</th>
                  <td>{formatNumber(cur.leftN, 0)}</td>
                  <td>{formatNumber(cur.rightN, 0)}</td>
                  {withCompare && <td>{cmp ? formatNumber(cmp.leftN, 0) : '—'}</td>}
                  {withCompare && <td>{cmp ? formatNumber(cmp.rightN, 0) : '—'}</td>}
                  <td>{formatNumber(cur.totalN, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
