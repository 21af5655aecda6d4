/**
 * The caption strip under an exported image or video frame: which preset,
 * which parameters differ from it, which task (and, in gait, when in the
 * cycle), and the disclaimer. A picture that leaves the page must say what
 * it shows and what it is not. The text is built by pure functions (unit
 * tested); `drawCaptioned` paints it under the 3-D view on a 2-D canvas.
 */
import { ALL_FIELDS, DEFAULT_PARAMS, type ModelParams } from '@lumbo/model';
import { describeTask } from '@lumbo/scenarios/format';
import { decimalsForStep, formatNumber, unitSymbol } from '../../lib/format.ts';
import { BACKGROUND } from '../../figure/palette.ts';
import { getNumberAt, mergeParams } from '../../lib/params-path.ts';
import { findPreset } from '../../lib/presets.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';
import { EXPORT_DISCLAIMER } from './tables.ts';

export interface ChangedParameter {
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  readonly step: number;
  readonly value: number;
  /** The preset's value (the model default without a preset). */
  readonly base: number;
}

/** What the parameters are compared with: the named preset over the defaults, or the defaults. */
export function baseParams(presetId: string | null): { params: ModelParams; name: 'preset' | 'model defaults' } {
  const preset = presetId === null ? undefined : findPreset(presetId);
  return preset ? { params: mergeParams(DEFAULT_PARAMS, preset.params), name: 'preset' } : { params: DEFAULT_PARAMS, name: 'model defaults' };
}

/** Every catalogue field whose value differs from `base`, in catalogue order (subject, strategy, muscles). */
export function changedParameters(params: ModelParams, base: ModelParams): ChangedParameter[] {
  const changes: ChangedParameter[] = [];
  for (const field of ALL_FIELDS) {
    const value = getNumberAt(params, field.path);
    const was = getNumberAt(base, field.path) ?? field.default;
    if (value === undefined || value === was) continue;
    changes.push({ path: field.path, label: field.label, unit: field.unit, step: field.step, value, base: was });
  }
  return changes;
}

function withUnit(value: number, change: ChangedParameter): string {
  return `${formatNumber(value, decimalsForStep(change.step))}${unitSymbol(change.unit)}`;
}

/** "Gluteus medius strength (right) 0.40 (preset 1.00)". */
export function describeChange(change: ChangedParameter, baseName: string): string {
  return `${change.label} ${withUnit(change.value, change)} (${baseName === 'preset' ? 'preset' : 'default'} ${withUnit(change.base, change)})`;
}

export function describeViewerTask(task: ViewerTask): string {
  const text = task.kind === 'gait' ? 'gait cycle' : describeTask(task);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where in the cycle a gait frame is: the time of the frame and its share of the cycle. */
export interface CycleTime {
  readonly timeS: number;
  readonly cycleDurationS: number;
}

export interface CaptionInput {
  readonly presetLabel: string;
  readonly modified: boolean;
  readonly baseName: 'preset' | 'model defaults';
  readonly changes: readonly ChangedParameter[];
  readonly task: ViewerTask;
  /** Gait only. */
  readonly time?: CycleTime | undefined;
}

export interface CaptionText {
  readonly title: string;
  /** Changed parameters, one entry each (fitted to the width when drawn). */
  readonly changesPrefix: string;
  readonly changes: readonly string[];
  readonly task: string;
  readonly disclaimer: string;
}

export function cycleTimeText(time: CycleTime): string {
  const share = time.cycleDurationS > 0 ? (100 * time.timeS) / time.cycleDurationS : 0;
  return `t = ${time.timeS.toFixed(3)} s of ${time.cycleDurationS.toFixed(3)} s (${share.toFixed(0)} % of the cycle)`;
}

export function captionText(input: CaptionInput): CaptionText {
  const none = input.baseName === 'preset' ? 'Parameters as in the preset' : 'Model default parameters';
  return {
    title: `Lumbo · ${input.presetLabel}${input.modified ? ' (modified)' : ''}`,
    changesPrefix: input.changes.length ? `Changed from the ${input.baseName}: ` : none,
    changes: input.changes.map((c) => describeChange(c, input.baseName)),
    task: `Task: ${describeViewerTask(input.task)}${input.time ? ` · ${cycleTimeText(input.time)}` : ''}`,
    disclaimer: EXPORT_DISCLAIMER,
  };
}

/**
 * `prefix` and as many `items` as fit in `maxWidth` (by `measure`), then
 * "… +N more" for the rest, so a long list never runs off the frame.
 */
export function fitList(prefix: string, items: readonly string[], maxWidth: number, measure: (text: string) => number): string {
  const join = (n: number) => prefix + items.slice(0, n).join('; ') + (n < items.length ? `${n > 0 ? '; ' : ''}… +${items.length - n} more` : '');
  for (let n = items.length; n > 0; n--) {
    const text = join(n);
    if (measure(text) <= maxWidth) return text;
  }
  return join(0);
}

/** Sizes of the strip for an image `width` pixels wide; the height is even (H.264 needs even frame sizes). */
export interface CaptionLayout {
  readonly fontPx: number;
  readonly lineHeightPx: number;
  readonly paddingPx: number;
  readonly heightPx: number;
}

const CAPTION_LINES = 4;

export function captionLayout(width: number): CaptionLayout {
  const fontPx = Math.min(28, Math.max(12, Math.round(width / 60)));
  const lineHeightPx = Math.round(fontPx * 1.35);
  const paddingPx = Math.round(fontPx * 0.6);
  const raw = CAPTION_LINES * lineHeightPx + 2 * paddingPx;
  return { fontPx, lineHeightPx, paddingPx, heightPx: raw + (raw % 2) };
}

const STRIP_BACKGROUND = '#1f2430';
const STRIP_TEXT = '#f4f5f7';
const STRIP_MUTED = '#c9ccd3';
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Paints `image` into the `imageWidth` × `imageHeight` box at the top of
 * `ctx`'s canvas (scaled, aspect kept: if the window was resized during a
 * video export the frame is letterboxed, never stretched) and the caption
 * strip under it. Called in the same task as the WebGL render that produced
 * `image`, so its drawing buffer is still intact.
 */
export function drawCaptioned(
  ctx: CanvasRenderingContext2D,
  image: HTMLCanvasElement,
  imageWidth: number,
  imageHeight: number,
  layout: CaptionLayout,
  text: CaptionText,
): void {
  const scale = Math.min(imageWidth / Math.max(1, image.width), imageHeight / Math.max(1, image.height));
  const w = image.width * scale;
  const h = image.height * scale;
  if (w < imageWidth || h < imageHeight) {
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, imageWidth, imageHeight);
  }
  ctx.drawImage(image, (imageWidth - w) / 2, (imageHeight - h) / 2, w, h);
  ctx.fillStyle = STRIP_BACKGROUND;
  ctx.fillRect(0, imageHeight, imageWidth, layout.heightPx);
  const x = layout.paddingPx;
  const maxWidth = imageWidth - 2 * layout.paddingPx;
  const lines: { text: string; weight: string; colour: string }[] = [
    { text: text.title, weight: '600', colour: STRIP_TEXT },
    { text: '', weight: '400', colour: STRIP_TEXT },
    { text: text.task, weight: '400', colour: STRIP_TEXT },
    { text: text.disclaimer, weight: 'italic 400', colour: STRIP_MUTED },
  ];
  ctx.textBaseline = 'middle';
  lines.forEach((line, i) => {
    ctx.font = `${line.weight} ${layout.fontPx}px ${FONT_FAMILY}`;
    const content = i === 1 ? fitList(text.changesPrefix, text.changes, maxWidth, (t) => ctx.measureText(t).width) : line.text;
    ctx.fillStyle = line.colour;
    ctx.fillText(content, x, imageHeight + layout.paddingPx + (i + 0.5) * layout.lineHeightPx, maxWidth);
  });
}
