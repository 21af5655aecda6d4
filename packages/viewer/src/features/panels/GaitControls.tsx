/**
 * Gait playback: play/pause, speed (0.25–2×), loop, and a scrub slider over
 * the cycle's frames. The slider follows playback through the playhead's
 * index listener (a DOM write when the frame changes, no React render);
 * moving it pauses playback and seeks.
 *
 * `RefiningBadge`: "Refining…" over the canvas's top-left corner while a
 * coarse cycle stands in for the full one (`?gait-preview=on`,
 * worker/model-client.ts); over the canvas so it never reflows the layout.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { SPEED_RANGE, selectGait } from '../../store/store.ts';
import { usePlayhead, useViewer, useViewerStoreApi } from '../../store/use-viewer.ts';

export function GaitControls() {
  const id = useId();
  const playhead = usePlayhead();
  const playback = useViewer((s) => s.playback);
  const setPlayback = useViewer((s) => s.setPlayback);
  const gait = useViewer(selectGait);
  const frames = gait?.frames ?? playhead.frames;
  const scrub = useRef<HTMLInputElement>(null);
  // the slider's value and spoken text per frame, prepared once per cycle (playback formats nothing)
  const labels = useMemo(() => {
    const pct = gait?.cyclePercent;
    return Array.from({ length: frames }, (_, i) => ({
      value: String(i),
      text: pct ? `frame ${i}, ${(pct[i] ?? 0).toFixed(0)} % of the cycle` : `frame ${i}`,
    }));
  }, [gait, frames]);

  const store = useViewerStoreApi();
  useEffect(
    () =>
      playhead.onIndex((index) => {
        const input = scrub.current;
        const label = labels[index];
        if (!input || !label) return;
        input.value = label.value;
        // the spoken text only when paused (a screen reader gains nothing from 30 updates a second)
        if (!store.getState().playback.playing) input.setAttribute('aria-valuetext', label.text);
      }),
    [playhead, labels, store],
  );
  // and once when playback pauses
  useEffect(() => {
    const label = labels[playhead.index];
    if (!playback.playing && label) scrub.current?.setAttribute('aria-valuetext', label.text);
  }, [playback.playing, labels, playhead]);

  return (
    <div className="gait-controls" role="group" aria-label="Gait playback">
      <button
        type="button"
        className="gait-controls__play"
        onClick={() => {
          // play from the start when a non-looping run has ended
          if (!playback.playing && !playback.loop && playhead.index >= frames - 1) playhead.seek(0);
          setPlayback({ playing: !playback.playing });
        }}
      >
        {playback.playing ? 'Pause' : 'Play'}
      </button>
      <label className="gait-controls__scrub" htmlFor={`${id}-scrub`}>
        <span>Cycle</span>
        <input
          id={`${id}-scrub`}
          ref={scrub}
          type="range"
          min={0}
          max={Math.max(0, frames - 1)}
          step={1}
          defaultValue={playhead.index}
          aria-label="Gait cycle frame"
          onInput={(e) => {
            if (playback.playing) setPlayback({ playing: false });
            playhead.seek(Number(e.currentTarget.value));
          }}
        />
      </label>
      <label className="gait-controls__speed" htmlFor={`${id}-speed`}>
        <span>Speed</span>
        <input
          id={`${id}-speed`}
          type="range"
          min={SPEED_RANGE.min}
          max={SPEED_RANGE.max}
          step={SPEED_RANGE.step}
          value={playback.speed}
          aria-label="Playback speed"
          aria-valuetext={`${playback.speed}×`}
          onChange={(e) => setPlayback({ speed: Number(e.currentTarget.value) })}
        />
        <output>{playback.speed.toFixed(2)}×</output>
      </label>
      <label className="gait-controls__loop">
        <input type="checkbox" checked={playback.loop} onChange={(e) => setPlayback({ loop: e.currentTarget.checked })} /> Loop
      </label>
    </div>
  );
}

export function RefiningBadge() {
  const frames = useViewer((s) => (s.shown?.refining && s.shown.answer.kind === 'gait' ? s.shown.answer.gait.frames : null));
  if (frames === null) return null;
  return (
    <p
      className="refining-badge"
      data-testid="gait-refining"
      title="A coarse cycle solved by the model for these settings; the full 101-frame cycle replaces it when ready. Its peaks can read low, and near a compensation threshold it can miss the compensation."
    >
      Refining… {frames}-frame preview
    </p>
  );
}
