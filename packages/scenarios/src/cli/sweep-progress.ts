/**
 * Sweep progress on stderr: a cli-progress bar with rate and ETA on a
 * terminal, plain lines every few seconds otherwise (CI logs, Slurm output
 * files), or nothing.
 */
import { createRequire } from 'node:module';
import type * as CliProgress from 'cli-progress';
import type { SweepProgress } from '../sweep/run-sweep.ts';
import type { CliIo } from './io.ts';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface ProgressReporter {
  update(progress: SweepProgress): void;
  stop(): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function progressLine(p: SweepProgress): string {
  const percent = p.totalRows ? ((100 * p.doneRows) / p.totalRows).toFixed(0) : '100';
  return `lumbo sweep: ${p.doneRows}/${p.totalRows} rows (${percent} %), ${p.rowsPerS.toFixed(1)} rows/s, ETA ${formatDuration(p.etaS)}\n`;
}

export function createProgressReporter(mode: ProgressMode, io: CliIo, intervalS: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (mode === 'none') return { update: () => undefined, stop: () => undefined };
  if (mode === 'lines') {
    let lastS = 0;
    return {
      update(p) {
        if (p.elapsedS - lastS >= intervalS) {
          lastS = p.elapsedS;
          io.err(progressLine(p));
        }
      },
      stop: () => undefined,
    };
  }
  // cli-progress (CommonJS) loads only when a bar is drawn: lines and none, the modes of
  // batch jobs and logs, skip it (start-up budget: docs/performance.md, "CLI start-up")
  const { SingleBar } = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  const bar = new SingleBar({
    stream,
    format: 'lumbo sweep [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {etaText}',
    hideCursor: true,
    clearOnComplete: false,
  });
  let started = false;
  return {
    update(p) {
      // {eta} is cli-progress's own estimate; ours (etaText) uses the solve rate after worker start-up
      const payload = { rate: p.rowsPerS.toFixed(1), etaText: formatDuration(p.etaS) };
      if (!started) {
        bar.start(p.totalRows, p.doneRows, payload);
        started = true;
      } else bar.update(p.doneRows, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
