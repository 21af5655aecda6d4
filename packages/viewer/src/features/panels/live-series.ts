/**
 * The gait read-outs that follow the playing frame: display text and raw value per frame, formatted the first
 * time a frame is shown and kept for the cycle's later loops, so playback only swaps strings into the DOM. Not
 * formatted ahead for every frame: a slider step brings a new cycle every few frames, and formatting all of each
 * (some 10 000 strings, ~0.7 MB) was the largest allocation on the page per answer (docs/performance.md, ninth
 * session). Pure: unit-tested.
 */
import { LEVELS, type GaitResult, type LevelName } from '@lumbo/model';
import { CIVIDIS } from '../../lib/colour-scales.ts';
import { formatNumber } from '../../lib/format.ts';
import { lateralBendWords } from '../../lib/signs.ts';

/** CSS colour of a disc half at t ∈ [0, 1] of the compression scale (as the scene and the static bars). */
export function cividisCss(t: number): string {
  // (no array per call: it runs for every frame, level and half of each answer)
  const c = CIVIDIS.at(t);
  return `rgb(${Math.round(c[0] * 255)} ${Math.round(c[1] * 255)} ${Math.round(c[2] * 255)})`;
}

/** One string per frame, made the first time it is asked for and kept; '' outside the cycle. */
export class FrameStrings {
  readonly length: number;
  private readonly make: (i: number) => string;
  private cache: (string | undefined)[] | null = null;

  constructor(length: number, make: (i: number) => string) {
    this.length = length;
    this.make = make;
  }

  at(i: number): string {
    if (!(i >= 0 && i < this.length)) return '';
    const cache = (this.cache ??= new Array<string | undefined>(this.length));
    let s = cache[i];
    if (s === undefined) cache[i] = s = this.make(i);
    return s;
  }
}

export interface LiveSeries {
  /** `data-metric` path. */
  readonly path: string;
  readonly texts: FrameStrings;
  /** `data-value` per frame: the raw number as a string. */
  readonly raws: FrameStrings;
}

export interface LiveBar {
  readonly path: string;
  /** CSS transform per frame, e.g. "scaleX(0.420)" (the bar's share of the scale), and its colour on the disc scale. */
  readonly widths: FrameStrings;
  readonly colours: FrameStrings;
}

function series(path: string, values: ArrayLike<number>, format: (x: number) => string): LiveSeries {
  return { path, texts: new FrameStrings(values.length, (i) => format(values[i]!)), raws: new FrameStrings(values.length, (i) => String(values[i]!)) };
}

const degrees = (x: number) => `${formatNumber(x, 1)}°`;
const newtons = (x: number) => `${formatNumber(x, 0)} N`;

/** The stance phase of frame i, in words. */
export function phaseText(gait: GaitResult, i: number): string {
  const l = gait.stance.left[i] === 1;
  const r = gait.stance.right[i] === 1;
  if (l && r) return 'double support';
  if (r) return 'right stance';
  if (l) return 'left stance';
  return 'flight';
}

export function frameSeries(gait: GaitResult): LiveSeries {
  const n = gait.frames;
  return {
    path: 'gait.frame',
    texts: new FrameStrings(n, (i) => `${i} of ${n - 1} (${formatNumber(gait.cyclePercent[i] ?? Number.NaN, 0)} %, ${phaseText(gait, i)})`),
    raws: new FrameStrings(n, (i) => String(i)),
  };
}

export function postureSeries(gait: GaitResult): LiveSeries[] {
  return [
    series('gait.pelvicObliquityDeg', gait.pelvicObliquityDeg, degrees),
    series('gait.trunkLateralLeanDeg', gait.trunkLateralLeanDeg, degrees),
    series('gait.anteriorPelvicTiltDeg', gait.anteriorPelvicTiltDeg, degrees),
    series('gait.lordosisDeg', gait.lordosisDeg, degrees),
    series('gait.maxReserveNm', gait.maxReserveNm, (x) => `${formatNumber(x, 1)} N·m`),
  ];
}

export interface LiveLevel {
  readonly level: LevelName;
  readonly values: LiveSeries[];
  readonly bars: LiveBar[];
}

export function levelSeries(gait: GaitResult, ceilingN: number): LiveLevel[] {
  return LEVELS.map((level) => {
    const s = gait.levels[level];
    const base = `gait.levels.${level}`;
    const bar = (path: string, values: Float64Array): LiveBar => {
      const t = (i: number) => Math.max(0, Math.min(1, values[i]! / ceilingN));
      return { path, widths: new FrameStrings(values.length, (i) => `scaleX(${t(i).toFixed(3)})`), colours: new FrameStrings(values.length, (i) => cividisCss(t(i))) };
    };
    return {
      level,
      values: [
        series(`${base}.compressionN`, s.compressionN, newtons),
        series(`${base}.leftCompressionN`, s.leftCompressionN, (x) => formatNumber(x, 0)),
        series(`${base}.rightCompressionN`, s.rightCompressionN, (x) => formatNumber(x, 0)),
        series(`${base}.asymmetryIndex`, s.asymmetryIndex, (x) => formatNumber(x, 2)),
      ],
      bars: [bar(`${base}.leftCompressionN`, s.leftCompressionN), bar(`${base}.rightCompressionN`, s.rightCompressionN)],
    };
  });
}

/** Per level at each frame: the side bend in words and the left/right facet forces (docs/model.md §6). */
export function level3dSeries(gait: GaitResult): { level: LevelName; values: LiveSeries[] }[] {
  return LEVELS.map((level) => {
    const s = gait.levels[level];
    const base = `gait.levels.${level}`;
    return {
      level,
      values: [
        series(`${base}.lateralBendDeg`, s.lateralBendDeg, (x) => lateralBendWords(x)),
        series(`${base}.leftFacetForceN`, s.leftFacetForceN, (x) => formatNumber(x, 0)),
        series(`${base}.rightFacetForceN`, s.rightFacetForceN, (x) => formatNumber(x, 0)),
      ],
    };
  });
}
