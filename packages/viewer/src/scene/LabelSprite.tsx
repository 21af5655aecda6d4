/**
 * A text label drawn into the WebGL scene as a sprite of constant on-screen
 * size (no DOM overlay to keep in sync). One canvas, texture and material per
 * label, made once; a new text only redraws the canvas.
 */
import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { CanvasTexture, SRGBColorSpace, SpriteMaterial, type PerspectiveCamera } from 'three';

const CANVAS_W = 1024;
const CANVAS_H = 96;
const FONT = `600 ${Math.round(CANVAS_H * 0.62)}px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif`;
const PAD = 16;

interface Props {
  readonly text: string;
  readonly position: readonly [number, number, number];
  /** Which end of the label sits at `position`. */
  readonly anchor?: 'left' | 'right' | 'centre';
  /** Label height on screen in CSS pixels. */
  readonly pixelHeight?: number;
}

/** Draws `text` left-aligned on a white rounded plate; returns the used width in canvas pixels. */
function paint(canvas: HTMLCanvasElement, text: string): number {
  const ctx = canvas.getContext('2d');
  if (!ctx) return CANVAS_W;
  ctx.clearRect(0, 0, CANVAS_W, CANVAS_H);
  ctx.font = FONT;
  const width = Math.min(CANVAS_W, Math.ceil(ctx.measureText(text).width) + 2 * PAD);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.beginPath();
  ctx.roundRect(0, 0, width, CANVAS_H, 14);
  ctx.fill();
  ctx.fillStyle = '#1b1f24';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, PAD, CANVAS_H / 2 + 2);
  return width;
}

export function LabelSprite({ text, position, anchor = 'left', pixelHeight = 24 }: Props) {
  const viewHeight = useThree((s) => s.size.height);
  const fov = useThree((s) => (s.camera as PerspectiveCamera).fov);
  const [parts] = useState(() => {
    const canvas = document.createElement('canvas');
    canvas.width = CANVAS_W;
    canvas.height = CANVAS_H;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    const material = new SpriteMaterial({ map: texture, depthTest: false, depthWrite: false, sizeAttenuation: false, transparent: true });
    return { canvas, texture, material };
  });
  useEffect(() => () => (parts.texture.dispose(), parts.material.dispose()), [parts]);

  const usedWidth = useMemo(() => {
    const w = paint(parts.canvas, text);
    // show only the painted part of the fixed-size canvas
    parts.texture.repeat.set(w / CANVAS_W, 1);
    parts.texture.needsUpdate = true;
    return w;
  }, [parts, text]);

  // without size attenuation a sprite of scale s spans s·cot(fov/2)/2 of the view height
  const h = (2 * pixelHeight * Math.tan((fov * Math.PI) / 360)) / Math.max(1, viewHeight);
  const centreX = anchor === 'left' ? 0 : anchor === 'right' ? 1 : 0.5;
  return <sprite material={parts.material} position={[...position]} scale={[(h * usedWidth) / CANVAS_H, h, 1]} center={[centreX, 0.5]} renderOrder={20} />;
}
