/**
 * Export group of the view toolbar: a PNG of the 3-D view, a video of one
 * gait cycle (gait only), and the shown answer as CSV or JSON. Every export
 * describes the answer on screen (`shown`: its parameters and task), not the
 * sliders' newer values. Failures and the video's progress are shown here;
 * nothing is thrown out of a click.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { recordExport, type ExportRecord } from '../../store/debug-handle.ts';
import { baseParams, captionText, changedParameters, type CaptionText, type CycleTime } from '../export/caption.ts';
import { capturePng, sceneCapture } from '../export/capture.ts';
import { downloadBlob, exportFileName } from '../export/download.ts';
import { answerCsv, answerJson } from '../export/tables.ts';
import type { Playhead } from '../../store/playhead.ts';
import type { Shown, ViewerState } from '../../store/store.ts';
import { usePlayhead, useViewer, useViewerStoreApi } from '../../store/use-viewer.ts';

type Kind = ExportRecord['kind'];

interface Described {
  readonly shown: Shown;
  readonly fileName: (extension: string) => string;
  readonly caption: (time?: CycleTime) => CaptionText;
  readonly changes: ReturnType<typeof changedParameters>;
  readonly date: Date;
}

/** Everything an export says about the answer on screen, or null before the first answer. */
function describe(state: ViewerState): Described | null {
  const shown = state.shown;
  if (!shown) return null;
  const date = new Date();
  const base = baseParams(state.presetId);
  const changes = changedParameters(shown.params, base.params);
  return {
    shown,
    date,
    changes,
    fileName: (extension) => exportFileName({ presetId: state.presetId, presetLabel: state.presetLabel, modified: state.modified, task: shown.task, date, extension }),
    caption: (time) => captionText({ presetLabel: state.presetLabel, modified: state.modified, baseName: base.name, changes, task: shown.task, time }),
  };
}

/** Where the playhead is, as time in the shown cycle (gait), for the PNG's caption. */
function playheadTime(shown: Shown, playhead: Playhead): CycleTime | undefined {
  if (shown.answer.kind !== 'gait') return undefined;
  const { cycleDurationS, frames } = shown.answer.gait;
  return { timeS: (playhead.position / Math.max(1, frames - 1)) * cycleDurationS, cycleDurationS };
}

function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

const SUCCESS_NOTE_MS = 8000;
const VIDEO_GAIT_ONLY = 'Video export is only for the gait task: choose Gait first.';

export function ExportControls() {
  const id = useId();
  const store = useViewerStoreApi();
  const playhead = usePlayhead();
  const gait = useViewer((s) => s.shown?.answer.kind === 'gait');
  const hasAnswer = useViewer((s) => s.shown !== null);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const videoButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  // a ref, not the state: a second click before React re-renders must not start a second export
  const running = useRef(false);

  const run = async (kind: Kind, job: (d: Described, started: number) => Promise<ExportRecord>) => {
    if (running.current) return;
    const described = describe(store.getState());
    if (!described) {
      setMessage({ error: true, text: 'Nothing to export yet: the model has not answered.' });
      return;
    }
    running.current = true;
    setBusy(kind);
    setMessage(null);
    try {
      const record = await job(described, performance.now());
      recordExport(record);
      setMessage({ error: false, text: `Saved ${record.fileName} (${sizeText(record.bytes)}).` });
    } catch (error) {
      if (error instanceof Error && error.name === 'ExportCancelled') setMessage({ error: false, text: 'Video export cancelled.' });
      else setMessage({ error: true, text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      // the Cancel button disappears: keep keyboard focus in the group
      if (document.activeElement === cancelButton.current) videoButton.current?.focus();
      abort.current = null;
      running.current = false;
      setProgress(null);
      setBusy(null);
    }
  };

  const save = (kind: Kind, blob: Blob, fileName: string, started: number, extra: Partial<ExportRecord> = {}): ExportRecord => {
    downloadBlob(blob, fileName);
    return { kind, fileName, type: blob.type, bytes: blob.size, elapsedMs: performance.now() - started, ...extra };
  };

  const exportPng = () =>
    run('png', async (d, started) => {
      const capture = sceneCapture();
      if (!capture) throw new Error('the 3-D view is not ready');
      const image = capturePng(capture, d.caption(playheadTime(d.shown, playhead)));
      return save('png', image.blob, d.fileName('png'), started, { width: image.width, height: image.height, viewHeight: image.viewHeight });
    });

  const exportVideo = () => {
    if (!gait) {
      setMessage({ error: true, text: VIDEO_GAIT_ONLY });
      return;
    }
    void run('video', async (d, started) => {
      const capture = sceneCapture();
      if (!capture) throw new Error('the 3-D view is not ready');
      const controller = new AbortController();
      abort.current = controller;
      // loaded on first use: the encoder library is most of the export code and most sessions never make a video
      const { exportGaitVideo } = await import('../export/video.ts');
      const video = await exportGaitVideo({
        capture,
        playhead,
        store,
        caption: (time) => d.caption(time),
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      return save('video', video.blob, d.fileName(video.container), started, {
        width: video.width,
        height: video.height,
        frames: video.frames,
        fps: video.fps,
        durationS: video.durationS,
        cycleDurationS: video.cycleDurationS,
        codec: video.mimeType,
      });
    });
  };

  const exportText = (kind: 'csv' | 'json') =>
    run(kind, async (d, started) => {
      const s = store.getState();
      const text =
        kind === 'csv'
          ? answerCsv(d.shown.answer)
          : answerJson(d.shown.answer, {
              presetId: s.presetId,
              presetLabel: s.presetLabel,
              modified: s.modified,
              params: d.shown.params,
              task: d.shown.task,
              changedParameters: d.changes.map((c) => ({ path: c.path, value: c.value, base: c.base })),
              exportedAt: d.date,
            });
      const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
      return save(kind, blob, d.fileName(kind), started);
    });

  // a success note goes away by itself (it covers a strip of the view); an error stays until dismissed
  useEffect(() => {
    if (!message || message.error) return;
    const timer = setTimeout(() => setMessage(null), SUCCESS_NOTE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const unavailable = busy !== null || !hasAnswer;
  return (
    <div className="export-controls">
      <div role="group" aria-labelledby={`${id}-label`} className="export-controls__buttons">
        <span id={`${id}-label`} className="export-controls__label">
          Export
        </span>
        <button type="button" aria-label="PNG screenshot of the 3-D view" aria-disabled={unavailable} onClick={() => void exportPng()}>
          PNG
        </button>
        <button
          ref={videoButton}
          type="button"
          aria-label="Video of one gait cycle"
          aria-disabled={unavailable || !gait}
          aria-describedby={gait ? undefined : `${id}-video-note`}
          title={gait ? 'MP4 (H.264) where the browser can encode it, otherwise WebM' : VIDEO_GAIT_ONLY}
          onClick={exportVideo}
        >
          Video
        </button>
        <button type="button" aria-label="CSV table of the shown result" aria-disabled={unavailable} onClick={() => void exportText('csv')}>
          CSV
        </button>
        <button type="button" aria-label="JSON of the shown result" aria-disabled={unavailable} onClick={() => void exportText('json')}>
          JSON
        </button>
        {!gait && (
          <span id={`${id}-video-note`} className="export-controls__note">
            video: gait only
          </span>
        )}
      </div>
      {/* floats over the top of the view: a row appearing here would resize the canvas mid-export */}
      <div className="export-controls__feedback">
        {busy === 'video' && (
          <div className="export-controls__progress">
            <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label="Video export progress" />
            <span>{progress ? `frame ${progress.done} of ${progress.total}` : 'starting…'}</span>
            <button ref={cancelButton} type="button" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </div>
        )}
        {/* two regions: an alert is announced at once, a status politely (the role must not change under a live region) */}
        <p className="export-controls__message" role="status" data-testid="export-status">
          {message && !message.error ? message.text : ''}
        </p>
        {message?.error && (
          <p className="export-controls__message export-controls__message--error" role="alert" data-testid="export-error">
            {message.text}{' '}
            <button type="button" onClick={() => setMessage(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
