/**
 * Text labels drawn into the WebGL scene as sprites of constant on-screen
 * size (no DOM overlay to keep in sync). One canvas, texture and material per
 * label, made once; a new text only repaints the canvas. `AnimatedLabel`
 * follows an anchor on the figure and shows the text of the current frame
 * (texts prepared per frame, so playback allocates nothing).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { useViewer } from '../store/use-viewer.ts';
import { CanvasTexture, SRGBColorSpace, SpriteMaterial, Vector3, type Camera, type PerspectiveCamera, type Sprite } from 'three';
import type { AnimatedLabel as AnimatedLabelModel } from './motion/figure-model.ts';
import { pointNow } from './motion/rigid.ts';
import { useFigurePart } from './animation/context.ts';

// the widest a label's canvas gets (longer texts are drawn narrower, paint's maxWidth)
const CANVAS_W = 720;
const CANVAS_H = 44;
// each label's canvas is as wide as its widest text, rounded up to this step: a gait label is repainted and
// uploaded every frame, and on software WebGL the upload costs about in proportion to the canvas's width
// (0.4–0.7 ms at 720 px against 0.02–0.16 ms at 256 px in headless Chromium; docs/performance.md,
// "Label uploads")
const CANVAS_STEP = 64;
const FONT = `600 ${Math.round(CANVAS_H * 0.62)}px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif`;
const PAD = 10;

export type LabelAlign = 'left' | 'right' | 'centre';

/**
 * Draws `text` left-aligned on a white plate `plate` pixels wide (plateWidth, measured once by the caller),
 * clearing the previously used width (the texture shows only the painted part); returns the new width in
 * canvas pixels.
 */
function paint(ctx: CanvasRenderingContext2D, text: string, plate: number, previousWidth: number): number {
  const canvasW = ctx.canvas.width;
  const width = Math.min(canvasW, plate);
  ctx.clearRect(0, 0, Math.max(width, previousWidth), CANVAS_H);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, 0, width, CANVAS_H);
  ctx.fillStyle = '#1b1f24';
  // a text longer than the canvas is drawn narrower (maxWidth) rather than cut: the compare caption
  // "Healthy reference: anterior tilt 13.0°, lordosis 56.1°" ran past the 720-px canvas
  ctx.fillText(text, PAD, CANVAS_H / 2 + 2, canvasW - 2 * PAD);
  return width;
}

/** The plate's width for `text` in canvas pixels (text and padding, at most the widest canvas). */
function plateWidth(ctx: CanvasRenderingContext2D, text: string): number {
  return Math.min(CANVAS_W, Math.ceil(ctx.measureText(text).width) + 2 * PAD);
}

/** The canvas width for a plate `width` pixels wide: rounded up to CANVAS_STEP, at most CANVAS_W. */
export function canvasWidthFor(width: number): number {
  return Math.min(CANVAS_W, Math.max(CANVAS_STEP, Math.ceil(width / CANVAS_STEP) * CANVAS_STEP));
}

/** A sprite with its own canvas; `setText` repaints only when the text changes. */
function useLabel(pixelHeight: number) {
  const viewHeight = useThree((s) => s.size.height);
  const fov = useThree((s) => (s.camera as PerspectiveCamera).fov);
  const [parts] = useState(() => {
    const canvas = document.createElement('canvas');
    canvas.width = CANVAS_STEP;
    canvas.height = CANVAS_H;
    const ctx = canvas.getContext('2d');
    setUpContext(ctx);
    const texture = labelTexture(canvas);
    const material = new SpriteMaterial({ map: texture, depthTest: false, depthWrite: false, sizeAttenuation: false, transparent: true });
    return { canvas, ctx, texture, material, text: '', width: CANVAS_STEP };
  });
  useEffect(() => () => (parts.texture.dispose(), parts.material.dispose()), [parts]);
  /**
   * Makes the canvas `canvasWidthFor(plate)` wide when it is narrower, or more than twice as wide; a new size
   * needs a new texture (a texture's storage keeps the size of its first upload).
   */
  const fitCanvas = useCallback(
    (plate: number) => {
      const wanted = canvasWidthFor(plate);
      const now = parts.canvas.width;
      if (wanted <= now && 2 * wanted >= now) return;
      parts.canvas.width = wanted;
      setUpContext(parts.ctx); // resizing a canvas resets its context's state
      parts.texture.dispose();
      parts.texture = labelTexture(parts.canvas);
      parts.material.map = parts.texture;
      parts.text = ''; // repaint on the next setText
    },
    [parts],
  );
  const spriteRef = useRef<Sprite>(null);
  // lecture mode: half as large again, for the back of a room (the canvas texture is 44 px high, so it stays sharp)
  const lecture = useViewer((s) => s.lecture);
  const wanted = lecture ? pixelHeight * 1.5 : pixelHeight;
  // smaller on a small view, so labels do not cover the figure (13 px at least, readable)
  const px = Math.min(wanted, Math.max(13, viewHeight / (lecture ? 18 : 26)));
  // without size attenuation a sprite of scale s spans s·cot(fov/2)/2 of the view height
  const h = (2 * px * Math.tan((fov * Math.PI) / 360)) / Math.max(1, viewHeight);
  const hRef = useRef(h);
  hRef.current = h;
  const pxRef = useRef(px);
  pxRef.current = px;
  /** Shrink factor that fits a label wider than the view (fitScale), 1 otherwise. */
  const fitRef = useRef(1);
  const rescale = useCallback(() => {
    const hh = hRef.current * fitRef.current;
    spriteRef.current?.scale.set((hh * parts.width) / CANVAS_H, hh, 1);
  }, [parts]);
  useLayoutEffect(rescale, [h, rescale]);
  const setText = useCallback(
    (text: string) => {
      if (text === parts.text || !parts.ctx) return;
      // a text wider than the canvas grows it (AnimatedLabel sizes it for all its texts at once, `reserve`)
      const plate = plateWidth(parts.ctx, text);
      if (plate > parts.canvas.width) fitCanvas(plate);
      parts.text = text;
      parts.width = paint(parts.ctx, text, plate, parts.width);
      // show only the painted part of the canvas
      parts.texture.repeat.set(parts.width / parts.canvas.width, 1);
      parts.texture.needsUpdate = true;
      rescale();
    },
    [parts, rescale, fitCanvas],
  );
  /** Sizes the canvas once for every text a label will show (a gait label's texts of all frames). */
  const reserve = useCallback(
    (texts: readonly string[]) => {
      if (!parts.ctx) return;
      let widest = 0;
      let last = '';
      for (const text of texts) {
        if (text === last) continue; // neighbouring frames often read the same
        last = text;
        widest = Math.max(widest, plateWidth(parts.ctx, text));
      }
      fitCanvas(widest);
    },
    [parts, fitCanvas],
  );
  /** The label's width on screen in CSS pixels (after fitting). */
  const pixelWidth = useCallback(() => (parts.width / CANVAS_H) * pxRef.current * fitRef.current, [parts]);
  /** Shrinks the label to the view's width if it is wider (never below MIN_FIT_PX high), else restores it. */
  const fitTo = useCallback(
    (viewWidthPx: number) => {
      const k = fitScale((parts.width / CANVAS_H) * pxRef.current, pxRef.current, viewWidthPx);
      if (k === fitRef.current) return;
      fitRef.current = k;
      rescale();
    },
    [parts, rescale],
  );
  /** Slides the sprite along its anchor into the view (after fitting its width). */
  const placeInView = useCallback(
    (align: LabelAlign, camera: Camera, viewWidthPx: number) => {
      const sprite = spriteRef.current;
      if (!sprite) return;
      fitTo(viewWidthPx);
      sprite.center.set(centreInView(align, anchorScreenXPx(sprite, camera, viewWidthPx), pixelWidth(), viewWidthPx), 0.5);
    },
    [fitTo, pixelWidth],
  );
  return { spriteRef, material: parts.material, setText, reserve, placeInView };
}

function setUpContext(ctx: CanvasRenderingContext2D | null): void {
  if (!ctx) return;
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
}

function labelTexture(canvas: HTMLCanvasElement): CanvasTexture {
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

/** Smallest gap between a label and the edge of the view (CSS px). */
const EDGE_PX = 4;
/** A label is shrunk to fit the view's width down to this height and no further (CSS px; still readable). */
export const MIN_FIT_PX = 11;

/**
 * Scale factor for a label `widthPx` wide and `heightPx` high in a view `viewWidthPx` wide: 1 when it fits
 * between the edges, else the factor that makes it fit, but never below MIN_FIT_PX / heightPx (a phone's
 * 390-px view cut the side-by-side caption "Healthy reference: anterior tilt 13.0°, lordosis 56.1°").
 */
export function fitScale(widthPx: number, heightPx: number, viewWidthPx: number): number {
  const room = viewWidthPx - 2 * EDGE_PX;
  if (!(widthPx > room) || !(heightPx > 0) || !(room > 0)) return 1;
  return Math.min(1, Math.max(room / widthPx, MIN_FIT_PX / heightPx));
}
const projected = new Vector3();

/**
 * Which end of the label sits at its anchor (sprite.center.x): `align` unless that would put the label
 * past the left or right edge of the view; then the label slides along until it fits (a long read-out such
 * as "Obliquity 12.5°, left side low" in the lecture close-up ran off the canvas).
 */
export function centreInView(align: LabelAlign, anchorXPx: number, widthPx: number, viewWidthPx: number): number {
  const base = CENTRE_X[align];
  if (!(widthPx > 0) || widthPx > viewWidthPx - 2 * EDGE_PX) return base;
  const right = anchorXPx + (1 - base) * widthPx;
  const left = anchorXPx - base * widthPx;
  if (right > viewWidthPx - EDGE_PX) return Math.min(1, 1 - (viewWidthPx - EDGE_PX - anchorXPx) / widthPx);
  if (left < EDGE_PX) return Math.max(0, (anchorXPx - EDGE_PX) / widthPx);
  return base;
}

function anchorScreenXPx(sprite: Sprite, camera: Camera, viewWidthPx: number): number {
  camera.updateMatrixWorld();
  // world position: the label may sit in a group moved aside (compare side by side)
  sprite.updateWorldMatrix(true, false);
  sprite.getWorldPosition(projected).project(camera);
  return ((projected.x + 1) / 2) * viewWidthPx;
}

const CENTRE_X: Record<LabelAlign, number> = { left: 0, right: 1, centre: 0.5 };

interface Props {
  readonly text: string;
  readonly position: readonly [number, number, number];
  /** Which end of the label sits at `position`. */
  readonly anchor?: LabelAlign;
  /** Label height on screen in CSS pixels. */
  readonly pixelHeight?: number;
}

/** A fixed label (inside a FigureAnimator): it slides into view like AnimatedLabel when the camera would cut it. */
export function LabelSprite({ text, position, anchor = 'left', pixelHeight = 24 }: Props) {
  const { spriteRef, material, setText, placeInView } = useLabel(pixelHeight);
  const camera = useThree((s) => s.camera);
  const viewWidth = useThree((s) => s.size.width);
  useLayoutEffect(() => setText(text), [text, setText]);
  useFigurePart(() => placeInView(anchor, camera, viewWidth), [anchor, text, camera, viewWidth, placeInView], { viewDependent: true });
  return <sprite ref={spriteRef} material={material} position={[...position]} renderOrder={20} />;
}

export function AnimatedLabel({ label, pixelHeight = 24 }: { label: AnimatedLabelModel; pixelHeight?: number }) {
  const { spriteRef, material, setText, reserve, placeInView } = useLabel(pixelHeight);
  const camera = useThree((s) => s.camera);
  const viewWidth = useThree((s) => s.size.width);
  useLayoutEffect(() => reserve(label.texts), [label, reserve]);
  useFigurePart(
    (sampler) => {
      const sprite = spriteRef.current;
      if (!sprite) return;
      pointNow(label.anchor, sampler, scratch, 0);
      sprite.position.set(scratch[0]!, scratch[1]!, scratch[2]!);
      setText(label.texts[sampler.index] ?? '');
      // the centre is set here, not as a prop, so a re-render never undoes the slide into view
      placeInView(label.align, camera, viewWidth);
    },
    [label, setText, camera, viewWidth, placeInView],
    { viewDependent: true },
  );
  return <sprite ref={spriteRef} material={material} renderOrder={20} />;
}

const scratch = new Float64Array(3);
