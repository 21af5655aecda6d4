/**
 * Pixels of the 3-D view, on demand. The canvas (CaptureBridge, inside r3f)
 * registers how to render the scene synchronously; export code renders, then
 * copies the WebGL canvas onto a 2-D canvas in the same task.
 *
 * Why not `preserveDrawingBuffer: true`: it makes the browser keep (copy) the
 * drawing buffer after every composited frame for the page's whole life, a
 * cost paid by every frame of gait playback on software GL, for the sake of a
 * rare screenshot. The WebGL spec only clears the drawing buffer when the
 * frame is presented, which happens after the current task; so a render we
 * trigger followed by `drawImage` in the same synchronous code always sees
 * the finished frame (test/e2e/export.e2e.test.ts checks the PNG is not blank
 * with the context's preserveDrawingBuffer still false).
 */
import { captionLayout, drawCaptioned, type CaptionText } from './caption.ts';

export interface SceneCapture {
  /**
   * Moves the figures to the playhead's position, renders the scene now and
   * returns the WebGL canvas. Read it before yielding to the event loop.
   */
  render(): HTMLCanvasElement;
  /** Whether the WebGL context keeps its buffer between frames (it should not; see above). */
  readonly preservesDrawingBuffer: boolean;
}

let current: SceneCapture | null = null;

/** Called by the canvas when it exists; returns the function that unregisters it. */
export function registerSceneCapture(capture: SceneCapture): () => void {
  current = capture;
  return () => {
    if (current === capture) current = null;
  };
}

export function sceneCapture(): SceneCapture | null {
  return current;
}

export interface CapturedImage {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** Height of the 3-D view within the image (the caption strip is below it). */
  readonly viewHeight: number;
}

function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const type = /^data:([^;,]+)/.exec(url)?.[1] ?? 'application/octet-stream';
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** A PNG of the 3-D view at its full drawing-buffer size with the caption strip under it. */
export function capturePng(capture: SceneCapture, text: CaptionText): CapturedImage {
  const gl = capture.render();
  const width = gl.width;
  const viewHeight = gl.height;
  const layout = captionLayout(width);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = viewHeight + layout.heightPx;
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('the browser gave no 2-D canvas to compose the image');
  // same task as the render: the drawing buffer is still the frame just drawn
  drawCaptioned(ctx, gl, width, viewHeight, layout, text);
  // synchronous on purpose: Chromium's async toBlob/convertToBlob wait for idle time and took ~1 s
  // (headless, measured) where encoding this image takes ~4 ms
  return { blob: dataUrlToBlob(canvas.toDataURL('image/png')), width, height: canvas.height, viewHeight };
}
