/**
 * The gait cycle's plots (uPlot): one chart per quantity, x = % of the gait
 * cycle, with a playhead line that follows the animation and click-or-drag
 * scrubbing. Series and options are built once per answer; during playback
 * the playhead's index listener only swaps prepared `transform` strings on
 * one line per chart and one attribute on the container — no React render,
 * no uPlot redraw, no allocation per frame.
 */
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { formatNumber } from '../../lib/format.ts';
import { usePlayhead, useViewerStoreApi } from '../../store/use-viewer.ts';
import { lineSummary, nearestFrame, type GaitPlotSpec, type GaitPlots as GaitPlotsData, type PercentInterval } from './gait-series.ts';
import {
  AXIS_FONT,
  AXIS_LABEL_FONT,
  COMPARE_DASH_PX,
  CORRIDOR_FILL,
  CORRIDOR_MEAN_COLOUR,
  DOUBLE_SUPPORT_FILL,
  LINE_LOOK,
  LINE_WIDTH_PX,
  MARKER_EVERY_FRAMES,
  MARKER_SIZE_PX,
} from './plot-style.ts';
import { PlotLegend } from './PlotLegend.tsx';
import { UPlotChart } from './UPlotChart.tsx';

const CHART_HEIGHT_PX = 270;
const X_TICKS_PCT = [0, 20, 40, 60, 80, 100];

/** A chart's playhead line and its position for every frame (rebuilt whenever the chart redraws, e.g. on resize). */
interface PlayheadLine {
  readonly el: HTMLDivElement;
  transforms: string[];
}

const lineOf = new WeakMap<uPlot, PlayheadLine>();

/** Positions for every frame at the chart's current size, and the line moved to the frame shown now. */
function layoutPlayhead(u: uPlot, pct: ArrayLike<number>, indexNow: number): void {
  const line = lineOf.get(u);
  if (!line) return;
  const transforms = new Array<string>(pct.length);
  for (let i = 0; i < pct.length; i++) transforms[i] = `translateX(${u.valToPos(pct[i]!, 'x').toFixed(1)}px)`;
  line.transforms = transforms;
  const t = transforms[indexNow];
  if (t !== undefined) line.el.style.transform = t;
}

function yRange(includeZero: boolean): uPlot.Scale.Range {
  return (_u, min, max) => {
    const lo = includeZero ? Math.min(0, min) : min;
    const span = max - lo || 1;
    return [includeZero && lo >= 0 ? 0 : lo - 0.08 * span, max + 0.1 * span];
  };
}

function chartOptions(
  spec: GaitPlotSpec,
  doubleSupport: readonly PercentInterval[],
  pct: ArrayLike<number>,
  indexNow: () => number,
): Omit<uPlot.Options, 'width' | 'height'> {
  const frames = pct.length;
  const markerFrames: number[] = [];
  for (let i = MARKER_EVERY_FRAMES / 2; i < frames; i += MARKER_EVERY_FRAMES) markerFrames.push(i);
  const series: uPlot.Series[] = [{ label: '% gait cycle' }];
  const bands: uPlot.Band[] = [];
  if (spec.corridor) {
    // upper, lower (edges of the band, not drawn as lines), then the mean where the band has one
    series.push({ label: 'reference band, upper edge', stroke: 'transparent', width: 0, points: { show: false } });
    series.push({ label: 'reference band, lower edge', stroke: 'transparent', width: 0, points: { show: false } });
    if (spec.corridor.mean) series.push({ label: 'normative mean', stroke: CORRIDOR_MEAN_COLOUR, width: 1.5, points: { show: false } });
    bands.push({ series: [1, 2], fill: CORRIDOR_FILL });
  }
  for (const l of spec.lines) {
    const look = LINE_LOOK[l.kind];
    series.push({
      label: l.label,
      stroke: look.colour,
      width: LINE_WIDTH_PX[l.role],
      ...(l.role === 'compare' ? { dash: [...COMPARE_DASH_PX] } : {}),
      points: look.markers
        ? { show: true, size: MARKER_SIZE_PX, width: 2, stroke: look.colour, fill: l.role === 'current' ? look.colour : '#ffffff', dash: [], filter: markerFrames }
        : { show: false },
    });
  }
  return {
    series,
    bands,
    legend: { show: false },
    cursor: { x: true, y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
    scales: { x: { time: false, range: [0, 100] }, y: { range: yRange(spec.includeZero) } },
    axes: [
      {
        label: '% gait cycle',
        font: AXIS_FONT,
        labelFont: AXIS_LABEL_FONT,
        size: 40,
        labelSize: 26,
        splits: () => X_TICKS_PCT,
        values: (_u, splits) => splits.map((v) => String(v)),
        grid: { stroke: '#e3e7ec', width: 1 },
      },
      {
        label: spec.yLabel,
        font: AXIS_FONT,
        labelFont: AXIS_LABEL_FONT,
        size: 66,
        labelSize: 28,
        grid: { stroke: '#e3e7ec', width: 1 },
      },
    ],
    hooks: {
      // double support behind everything else (drawClear runs before the grid and the series)
      drawClear: [
        (u) => {
          const ctx = u.ctx;
          const { top, height } = u.bbox;
          ctx.save();
          ctx.fillStyle = DOUBLE_SUPPORT_FILL;
          for (const d of doubleSupport) {
            const x0 = u.valToPos(d.fromPct, 'x', true);
            const x1 = u.valToPos(d.toPct, 'x', true);
            ctx.fillRect(x0, top, x1 - x0, height);
          }
          ctx.restore();
        },
      ],
      draw: [(u) => layoutPlayhead(u, pct, indexNow())],
    },
  };
}

function chartData(spec: GaitPlotSpec, pct: Float64Array): uPlot.AlignedData {
  const columns: Float64Array[] = [pct];
  if (spec.corridor) {
    columns.push(spec.corridor.upper, spec.corridor.lower);
    if (spec.corridor.mean) columns.push(spec.corridor.mean);
  }
  for (const l of spec.lines) columns.push(l.values);
  return columns as unknown as uPlot.AlignedData;
}

/** The key numbers of each line, for screen readers (and anyone who prefers a table). */
function SummaryTable({ spec, pct }: { spec: GaitPlotSpec; pct: Float64Array }) {
  const unit = spec.yUnit;
  // body weights need hundredths (G1's band is 2.4–2.8 BW); degrees tenths; newtons and N·m whole numbers
  const d = unit === 'BW' ? 2 : unit === 'deg' ? 1 : 0;
  const rows = useMemo(() => spec.lines.map((l) => ({ key: l.key, label: l.label, s: lineSummary(l.values, pct) })), [spec, pct]);
  return (
    <div className="plot__sr-only">
      <table>
        <caption>{spec.title}: key numbers over the cycle</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Minimum ({unit})</th>
            <th scope="col">Maximum ({unit})</th>
            <th scope="col">Mean ({unit})</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, s }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>
                {formatNumber(s.min, d)} at {formatNumber(s.minAtPct, 0)} %
              </td>
              <td>
                {formatNumber(s.max, d)} at {formatNumber(s.maxAtPct, 0)} %
              </td>
              <td>{formatNumber(s.mean, d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ChartProps {
  readonly spec: GaitPlotSpec;
  readonly plots: GaitPlotsData;
  readonly register: (line: PlayheadLine, add: boolean) => void;
  readonly scrubTo: (pct: number) => void;
}

function GaitChart({ spec, plots, register, scrubTo }: ChartProps) {
  const titleId = useId();
  const playhead = usePlayhead();
  const pct = plots.percentCycle;
  const options = useMemo(() => chartOptions(spec, plots.doubleSupport, pct, () => playhead.index), [spec, plots, pct, playhead]);
  const data = useMemo(() => chartData(spec, pct), [spec, pct]);
  const current = useRef<{ u: uPlot; line: PlayheadLine } | null>(null);

  const onReady = useCallback(
    (u: uPlot | null) => {
      if (current.current) {
        register(current.current.line, false);
        current.current = null;
      }
      if (!u) return;
      const el = document.createElement('div');
      el.className = 'plot__playhead';
      u.over.appendChild(el);
      const line: PlayheadLine = { el, transforms: [] };
      lineOf.set(u, line);
      layoutPlayhead(u, pct, playhead.index);
      current.current = { u, line };
      register(line, true);
      // click or drag on the plot scrubs (pointer capture keeps the drag going outside the plot)
      const over = u.over;
      const seek = (clientX: number) => scrubTo(u.posToVal(clientX - over.getBoundingClientRect().left, 'x'));
      over.addEventListener('pointerdown', (e) => {
        if (e.button !== 0) return;
        over.setPointerCapture(e.pointerId);
        seek(e.clientX);
      });
      over.addEventListener('pointermove', (e) => {
        if (over.hasPointerCapture(e.pointerId)) seek(e.clientX);
      });
    },
    [pct, register, scrubTo, playhead],
  );

  return (
    <figure className="plot" data-testid={`plot-${spec.id}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="plot__title">
        {spec.title} <span className="plot__unit">({spec.yUnit})</span>
      </h3>
      <PlotLegend lines={spec.lines} corridorLabel={spec.corridor?.label ?? null} corridorHasMean={spec.corridor?.mean != null} doubleSupport={plots.doubleSupport.length > 0} />
      <div aria-hidden="true" title="Click or drag to move the playhead">
        <UPlotChart className="plot__chart" options={options} data={data} heightPx={CHART_HEIGHT_PX} onReady={onReady} />
      </div>
      <figcaption className="plot__caption">{spec.caption}</figcaption>
      <SummaryTable spec={spec} pct={pct} />
    </figure>
  );
}

export function GaitPlots({ plots }: { plots: GaitPlotsData }) {
  const playhead = usePlayhead();
  const store = useViewerStoreApi();
  const root = useRef<HTMLDivElement>(null);
  // a plain array: the per-frame loop walks it by index (no iterator allocated)
  const lines = useRef<PlayheadLine[]>([]);
  const pctTexts = useMemo(() => Array.from(plots.percentCycle, (p) => p.toFixed(1)), [plots]);

  const register = useCallback(
    (line: PlayheadLine, add: boolean) => {
      const list = lines.current;
      const k = list.indexOf(line);
      if (add && k < 0) list.push(line);
      if (!add && k >= 0) list.splice(k, 1);
      const t = line.transforms[playhead.index];
      if (add && t) line.el.style.transform = t;
    },
    [playhead],
  );

  const scrubTo = useCallback(
    (pct: number) => {
      if (store.getState().playback.playing) store.getState().setPlayback({ playing: false });
      playhead.seek(nearestFrame(plots.percentCycle, pct));
    },
    [store, playhead, plots],
  );

  useEffect(
    () =>
      playhead.onIndex((i) => {
        const list = lines.current;
        for (let k = 0; k < list.length; k++) {
          const line = list[k]!;
          const t = line.transforms[i];
          if (t !== undefined) line.el.style.transform = t;
        }
        const text = pctTexts[i];
        if (text !== undefined) root.current?.setAttribute('data-playhead-pct', text);
      }),
    [playhead, pctTexts],
  );

  return (
    <div ref={root} className="plots__grid" data-testid="plots-gait" data-playhead-pct={pctTexts[playhead.index]}>
      {plots.plots.map((spec) => (
        <GaitChart key={spec.id} spec={spec} plots={plots} register={register} scrubTo={scrubTo} />
      ))}
    </div>
  );
}
