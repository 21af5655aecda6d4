/**
 * One uPlot chart in a React element: created when its options or data
 * change (once per model answer, since both are memoised on the answer),
 * resized with its container (ResizeObserver), destroyed on unmount. The
 * instance is handed to `onReady` so the caller can attach the playhead and
 * pointer handlers without React rendering again.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UPlotChartProps {
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
  readonly heightPx: number;
  /** Called with the new instance after creation, and with null before it is destroyed. */
  readonly onReady?: (chart: uPlot | null) => void;
  readonly className?: string;
}

/** uPlot needs a non-zero width; a hidden container reports 0 until it is shown. */
const MIN_WIDTH_PX = 200;

export function UPlotChart({ options, data, heightPx, onReady, className }: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  // the latest callback without re-creating the chart when only the callback's identity changes
  const ready = useRef(onReady);
  ready.current = onReady;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = () => Math.max(MIN_WIDTH_PX, Math.floor(el.clientWidth));
    const chart = new uPlot({ ...options, width: width(), height: heightPx }, data, el);
    ready.current?.(chart);
    let shownWidth = chart.width;
    const observer = new ResizeObserver(() => {
      const w = width();
      // the chart itself changes the host's height, not its width: only width changes resize
      if (w !== shownWidth) {
        shownWidth = w;
        chart.setSize({ width: w, height: heightPx });
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      ready.current?.(null);
      chart.destroy();
    };
  }, [options, data, heightPx]);

  return <div ref={host} className={className} />;
}
