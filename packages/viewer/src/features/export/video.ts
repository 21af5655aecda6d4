/**
 * A video of one gait cycle, encoded in the browser (WebCodecs through
 * mediabunny). Not a screen recording: the playhead is stepped to exact
 * times (frame k at k / fps seconds), each frame is rendered on demand,
 * composed with its caption on a 2-D canvas and added with its own
 * timestamp, so every frame is there and the file's duration is the
 * cycle's, however slow the machine renders.
 *
 * MP4 (H.264) where the browser can encode it, else WebM (VP9, then VP8):
 * builds without a licensed H.264 encoder (some Linux Chromium builds) only
 * have the VPx ones.
 */
import {
  BufferTarget,
  CanvasSource,
  getFirstEncodableVideoCodec,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import type { Playhead } from '../../store/playhead.ts';
import type { Shown, ViewerStoreApi } from '../../store/store.ts';
import type { SceneCapture } from './capture.ts';
import { captionLayout, drawCaptioned, type CaptionText, type CycleTime } from './caption.ts';

export const VIDEO_FPS = 30;
/** Wider canvases are scaled down: a projector shows 1280 px and the encode time grows with the area. */
export const MAX_VIDEO_WIDTH_PX = 1280;

/** The frames of a cycle at `fps`: how many, and where each one is on the model's frame axis. */
export interface FramePlan {
  readonly count: number;
  readonly fps: number;
  timeS(k: number): number;
  /** Fractional model frame (what the playhead seeks to) at video frame k. */
  position(k: number): number;
}

/**
 * Frame k shows time k / fps of the cycle. The cycle is periodic (the model's
 * last frame equals its first), so the video stops one frame short of the
 * end and loops seamlessly; its duration, count / fps, is the cycle duration
 * rounded to the nearest frame.
 */
export function framePlan(cycleDurationS: number, modelFrames: number, fps = VIDEO_FPS): FramePlan {
  const count = Math.max(1, Math.round(cycleDurationS * fps));
  const lastFrame = Math.max(0, modelFrames - 1);
  return {
    count,
    fps,
    timeS: (k) => k / fps,
    position: (k) => (cycleDurationS > 0 ? Math.min(lastFrame, ((k / fps) / cycleDurationS) * lastFrame) : 0),
  };
}

export type VideoContainer = 'mp4' | 'webm';

export interface VideoFormatChoice {
  readonly container: VideoContainer;
  readonly codec: VideoCodec;
}

/** H.264 in MP4 if it can be encoded at this size, else VP9 or VP8 in WebM; null when the browser encodes none. */
export async function chooseVideoFormat(width: number, height: number, fps: number): Promise<VideoFormatChoice | null> {
  const options = { width, height, frameRate: fps, quality: QUALITY_HIGH };
  const avc = await getFirstEncodableVideoCodec(['avc'], options);
  if (avc) return { container: 'mp4', codec: avc };
  const vpx = await getFirstEncodableVideoCodec(['vp9', 'vp8'], options);
  return vpx ? { container: 'webm', codec: vpx } : null;
}

/** An export stopped by the person (Cancel), not by a failure. */
export class ExportCancelled extends Error {
  constructor() {
    super('Video export cancelled');
    this.name = 'ExportCancelled';
  }
}

export interface VideoExportRequest {
  readonly capture: SceneCapture;
  readonly playhead: Playhead;
  readonly store: ViewerStoreApi;
  /** The caption of frame k (its time in the cycle changes; the rest does not). */
  readonly caption: (time: CycleTime) => CaptionText;
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
  readonly fps?: number;
}

export interface VideoExportResult {
  readonly blob: Blob;
  readonly container: VideoContainer;
  readonly codec: VideoCodec;
  /** Full MIME type with the codec string, e.g. `video/webm; codecs="vp09.00.31.08"`. */
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
  readonly frames: number;
  readonly fps: number;
  readonly durationS: number;
  readonly cycleDurationS: number;
  /** Wall time of the whole export (render, compose, encode, mux). */
  readonly elapsedMs: number;
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));
/** A macrotask, so the page can paint the progress bar and handle a click on Cancel. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Encodes one cycle of the gait on screen. Playback is paused during the
 * export and put back as it was afterwards (position and playing), also
 * when the export fails or is cancelled.
 */
export async function exportGaitVideo(request: VideoExportRequest): Promise<VideoExportResult> {
  const { capture, playhead, store, signal } = request;
  const fps = request.fps ?? VIDEO_FPS;
  const started = performance.now();
  const shown: Shown | null = store.getState().shown;
  if (!shown || shown.answer.kind !== 'gait') throw new Error('Video export is only for the gait task: choose Gait first.');
  const gait = shown.answer.gait;
  const saved = { playing: store.getState().playback.playing, position: playhead.position };
  store.getState().setPlayback({ playing: false });
  let output: Output<Mp4OutputFormat | WebMOutputFormat, BufferTarget> | null = null;
  try {
    const plan = framePlan(gait.cycleDurationS, gait.frames, fps);
    const { width: viewWidth, height: viewHeight } = capture.render();
    const scale = Math.min(1, MAX_VIDEO_WIDTH_PX / viewWidth);
    const width = even(viewWidth * scale);
    const imageHeight = even(viewHeight * scale);
    const layout = captionLayout(width);
    const height = imageHeight + layout.heightPx;
    const choice = await chooseVideoFormat(width, height, fps);
    if (!choice) throw new Error('This browser cannot encode video (WebCodecs offers no H.264, VP9 or VP8 encoder here).');

    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('the browser gave no 2-D canvas to compose the video frames');
    output = new Output({
      // in-memory fast start: the index goes first, so a player can start (and a <video> seek) before reading it all
      format: choice.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
      target: new BufferTarget(),
    });
    // a key frame every half second keeps scrubbing in a lecture snappy at little cost for a one-second clip
    const source = new CanvasSource(canvas, { codec: choice.codec, quality: QUALITY_HIGH, keyFrameInterval: 0.5 });
    output.addVideoTrack(source, { frameRate: fps });
    await output.start();

    for (let k = 0; k < plan.count; k++) {
      if (signal.aborted) throw new ExportCancelled();
      // a new answer would change the figure mid-video
      if (store.getState().shown !== shown) throw new Error('A new model answer arrived during the export (the parameters or task changed); export stopped. Try again.');
      playhead.seek(plan.position(k));
      const gl = capture.render();
      // same task as the render (capture.ts): the drawing buffer holds this frame
      drawCaptioned(ctx, gl, width, imageHeight, layout, request.caption({ timeS: plan.timeS(k), cycleDurationS: gait.cycleDurationS }));
      await source.add(plan.timeS(k), 1 / fps);
      request.onProgress(k + 1, plan.count);
      await yieldToPage();
    }
    if (signal.aborted) throw new ExportCancelled();
    await output.finalize();
    const buffer = output.target.buffer;
    if (!buffer) throw new Error('the video encoder produced no file');
    const mimeType = await output.getMimeType();
    return {
      blob: new Blob([buffer], { type: output.format.mimeType }),
      container: choice.container,
      codec: choice.codec,
      mimeType,
      width,
      height,
      frames: plan.count,
      fps,
      durationS: plan.count / fps,
      cycleDurationS: gait.cycleDurationS,
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    if (output && output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => undefined);
    throw error;
  } finally {
    playhead.seek(saved.position);
    store.getState().setPlayback({ playing: saved.playing });
  }
}
