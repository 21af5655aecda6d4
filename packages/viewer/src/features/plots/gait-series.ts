/**
 * The gait plots' data, built once per answer (never per animation frame):
 * per plot its lines (the current figure's series and, dashed, the compare
 * set's), the CGM2.3 corridor where one exists, and the double-support
 * intervals shaded behind them. Pure: the React side only draws these.
 */
import { GRAVITY_M_PER_S2, type GaitResult, type LevelName } from '@lumbo/model';
import {
  CGM23_SOURCE,
  HIP_CONTACT_SOURCE,
  HIP_CONTACT_WALKING_PEAK_BW,
  OBLIQUITY_CORRIDOR,
  TILT_CORRIDOR,
  TRUNK_LEAN_CORRIDOR,
  cgmCorridor,
  heelStrikePct,
  hipAbductorMapping,
  hipFlexionMapping,
} from './corridors.ts';
import type { LineKind, LineRole } from './plot-style.ts';

/** Every value of a plot is in its `yUnit` (BW: body weights, force / (mass · g)); the x axis is always % of the gait cycle. */
export type PlotUnit = 'deg' | 'N' | 'N·m' | 'BW';

/**
 * A grey reference band behind a plot's lines: a normative corridor (mean ± 1 SD, with its mean line) or a
 * published range with no curve of its own (`mean` null: hip contact's peak range).
 */
export interface ReferenceBand {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly mean: Float64Array | null;
  readonly label: string;
}

export interface PlotLine {
  /** Unique within its plot (also the hidden table's row key). */
  readonly key: string;
  readonly label: string;
  readonly kind: LineKind;
  readonly role: LineRole;
  /** One value per frame of the current cycle, in the plot's `yUnit`. */
  readonly values: Float64Array;
}

export interface GaitPlotSpec {
  /** `data-testid="plot-<id>"`. */
  readonly id: string;
  readonly title: string;
  /** Axis label with its unit. */
  readonly yLabel: string;
  readonly yUnit: PlotUnit;
  /** What + means (the model's sign convention). */
  readonly signNote: string;
  /** Forces and moments start at 0 so bar-like magnitudes are not exaggerated. */
  readonly includeZero: boolean;
  readonly lines: readonly PlotLine[];
  readonly corridor: ReferenceBand | null;
  readonly caption: string;
}

/** A stretch of the cycle, in % of the gait cycle. */
export interface PercentInterval {
  readonly fromPct: number;
  readonly toPct: number;
}

export interface GaitPlots {
  /** The x values of every plot: the current cycle's frames in % of the gait cycle (0–100). */
  readonly percentCycle: Float64Array;
  /** Both feet on the ground. */
  readonly doubleSupport: readonly PercentInterval[];
  readonly rightHeelStrikePct: number;
  readonly leftHeelStrikePct: number;
  readonly plots: readonly GaitPlotSpec[];
}

export interface GaitPlotsInput {
  readonly gait: GaitResult;
  readonly currentLabel: string;
  /** The compare set's cycle, when it answers the same task; null draws no dashed lines. */
  readonly compare: GaitResult | null;
  readonly compareLabel: string;
  /** The current subject's mass (scales the per-kg normative hip moments; body weight of the hip contact plot). */
  readonly massKg: number;
  /** The compare set's subject mass (its hip contact in its own body weights); the current mass when absent. */
  readonly compareMassKg?: number;
}

/**
 * `values` sampled at `fromPct`, resampled linearly onto `toPct` (both in %
 * of the cycle, ascending). Returned as is when the two grids are the same,
 * which they are whenever both cycles have the model's default frame count.
 */
export function onCycle(values: Float64Array, fromPct: ArrayLike<number>, toPct: ArrayLike<number>): Float64Array {
  let same = fromPct.length === toPct.length;
  for (let i = 0; same && i < toPct.length; i++) same = Math.abs(fromPct[i]! - toPct[i]!) < 1e-9;
  if (same) return values;
  const out = new Float64Array(toPct.length);
  let j = 0;
  const last = fromPct.length - 1;
  for (let i = 0; i < toPct.length; i++) {
    const p = toPct[i]!;
    while (j < last - 1 && fromPct[j + 1]! < p) j++;
    const a = fromPct[j]!;
    const b = fromPct[j + 1]!;
    const t = b > a ? Math.min(1, Math.max(0, (p - a) / (b - a))) : 0;
    out[i] = values[j]! * (1 - t) + values[j + 1]! * t;
  }
  return out;
}

/** Runs of frames where `flag(i)` holds, as % intervals (runs of one frame have no width and are left out). */
export function flaggedIntervals(frames: number, flag: (i: number) => boolean, cyclePercent: ArrayLike<number>): PercentInterval[] {
  const out: PercentInterval[] = [];
  let start = -1;
  for (let i = 0; i <= frames; i++) {
    const on = i < frames && flag(i);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      const fromPct = cyclePercent[start]!;
      const toPct = cyclePercent[i - 1]!;
      if (toPct > fromPct) out.push({ fromPct, toPct });
      start = -1;
    }
  }
  return out;
}

/** The nearest frame to `pct` on an ascending percent grid (where a click on a plot scrubs to). */
export function nearestFrame(cyclePercent: ArrayLike<number>, pct: number): number {
  const n = cyclePercent.length;
  if (n === 0 || !Number.isFinite(pct)) return 0;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cyclePercent[mid]! <= pct) lo = mid;
    else hi = mid;
  }
  return Math.abs(cyclePercent[hi]! - pct) < Math.abs(pct - cyclePercent[lo]!) ? hi : lo;
}

export interface LineSummary {
  /** In the plot's unit. */
  readonly min: number;
  readonly minAtPct: number;
  readonly max: number;
  readonly maxAtPct: number;
  /** Mean over one cycle (the closing frame, a repeat of the first, is left out). */
  readonly mean: number;
}

/** The key numbers of a line for the plot's text alternative. */
export function lineSummary(values: ArrayLike<number>, cyclePercent: ArrayLike<number>): LineSummary {
  const n = Math.max(1, values.length - 1);
  let min = Infinity, max = -Infinity, minAt = 0, maxAt = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    if (v < min) [min, minAt] = [v, i];
    if (v > max) [max, maxAt] = [v, i];
  }
  return { min, minAtPct: cyclePercent[minAt]!, max, maxAtPct: cyclePercent[maxAt]!, mean: sum / n };
}

function pair(
  key: string,
  label: string,
  kind: LineKind,
  current: Float64Array,
  compare: Float64Array | null,
  names: { current: string; compare: string },
): PlotLine[] {
  // a plot of one quantity names only the sets (its title already names the quantity)
  const named = (set: string) => (label ? `${label} — ${set}` : set);
  const lines: PlotLine[] = [{ key: `${key}-current`, label: named(names.current), kind, role: 'current', values: current }];
  if (compare) lines.push({ key: `${key}-compare`, label: named(`${names.compare} (compare)`), kind, role: 'compare', values: compare });
  return lines;
}

const LEVEL_ID: Record<'L4/L5' | 'L5/S1', string> = { 'L4/L5': 'l4l5', 'L5/S1': 'l5s1' };

export function buildGaitPlots({ gait, currentLabel, compare, compareLabel, massKg, compareMassKg = massKg }: GaitPlotsInput): GaitPlots {
  const pct = gait.cyclePercent;
  const names = { current: currentLabel, compare: compareLabel };
  const cmp = (pick: (g: GaitResult) => Float64Array): Float64Array | null => (compare ? onCycle(pick(compare), compare.cyclePercent, pct) : null);
  const rightHsPct = heelStrikePct(gait.stance.right, pct);
  const leftHsPct = heelStrikePct(gait.stance.left, pct);
  const sideNote = `The model's cycle starts at right heel strike (left heel strike at ${leftHsPct.toFixed(0)} %).`;
  const corridorNote = (what: string) => `Grey band: ${CGM23_SOURCE}; ${what}.`;

  const angle = (
    id: string,
    title: string,
    axis: string,
    signNote: string,
    pick: (g: GaitResult) => Float64Array,
    mapping: typeof OBLIQUITY_CORRIDOR,
    mappingNote: string,
  ): GaitPlotSpec => ({
    id,
    title,
    yLabel: `${axis} (deg)`,
    yUnit: 'deg',
    signNote,
    includeZero: false,
    lines: pair(id, '', 'quantity', pick(gait), cmp(pick), names),
    corridor: { ...cgmCorridor({ ...mapping, startPct: rightHsPct }, pct), label: 'CGM2.3 normative mean ± 1 SD' },
    caption: `${title} over the gait cycle; ${signNote}. ${corridorNote(mappingNote)} ${sideNote}`,
  });

  const compression = (level: 'L4/L5' | 'L5/S1'): GaitPlotSpec => {
    const pick = (side: 'leftCompressionN' | 'rightCompressionN') => (g: GaitResult) => g.levels[level as LevelName][side];
    return {
      id: `compression-${LEVEL_ID[level]}`,
      title: `${level} disc compression, left and right halves`,
      yLabel: 'Compression (N)',
      yUnit: 'N',
      signNote: 'compression along the disc normal',
      includeZero: true,
      lines: [
        ...pair(`${level}-left`, 'Left half', 'left', pick('leftCompressionN')(gait), cmp(pick('leftCompressionN')), names),
        ...pair(`${level}-right`, 'Right half', 'right', pick('rightCompressionN')(gait), cmp(pick('rightCompressionN')), names),
      ],
      corridor: null,
      caption:
        `Compression of the ${level} disc's left and right halves over the gait cycle (N). The halves share the disc's part of the ` +
        `joint compression; the facet joints carry the rest. No normative corridor exists for disc loads. ${sideNote}`,
    };
  };

  const abductors = (side: 'left' | 'right'): GaitPlotSpec => {
    const Side = side === 'left' ? 'Left' : 'Right';
    const hsPct = side === 'left' ? leftHsPct : rightHsPct;
    return {
      id: `abductors-${side}`,
      title: `${Side} hip abductors: demand and capacity`,
      yLabel: 'Moment (N·m)',
      yUnit: 'N·m',
      signNote: 'abductor moments',
      includeZero: true,
      lines: [
        ...pair(`${side}-demand`, 'Demand', 'demand', gait.hipAbductorDemandNm[side], cmp((g) => g.hipAbductorDemandNm[side]), names),
        ...pair(`${side}-capacity`, 'Capacity', 'capacity', gait.hipAbductorCapacityNm[side], cmp((g) => g.hipAbductorCapacityNm[side]), names),
      ],
      corridor: { ...cgmCorridor(hipAbductorMapping(massKg, hsPct), pct), label: 'CGM2.3 normative hip abductor moment, mean ± 1 SD' },
      caption:
        `${Side} hip: abductor moment the stance posture demands (N·m) against what the gluteus medius and minimus can supply. ` +
        corridorNote(`its hip abductor moment (N·mm/kg) × ${massKg.toFixed(0)} kg, starting at ${side} heel strike (${hsPct.toFixed(0)} %)`),
    };
  };

  const hipFlexion = (side: 'left' | 'right'): GaitPlotSpec => {
    const Side = side === 'left' ? 'Left' : 'Right';
    const hsPct = side === 'left' ? leftHsPct : rightHsPct;
    const pick = (g: GaitResult) => g.hipMomentNm[side].flexionNm;
    return {
      id: `hip-flexion-${side}`,
      title: `${Side} hip flexion–extension moment`,
      yLabel: 'Moment (N·m)',
      yUnit: 'N·m',
      signNote: '+ = internal flexor moment, − = extensor (as OpenSim\'s hip_flexion moment)',
      includeZero: true,
      lines: pair(`${side}-hip-flexion`, '', 'quantity', pick(gait), cmp(pick), names),
      corridor: { ...cgmCorridor(hipFlexionMapping(massKg, hsPct), pct), label: 'CGM2.3 normative hip flexion–extension moment, mean ± 1 SD' },
      caption:
        `${Side} hip: the net flexion–extension moment of inverse dynamics (N·m; + = flexor, − = extensor), from the measured ground ` +
        `reactions and the simulated motion. ` +
        corridorNote(`its hip moment X (N·mm/kg, + = extensor) with the sign flipped, × ${massKg.toFixed(0)} kg, starting at ${side} heel strike (${hsPct.toFixed(0)} %)`),
    };
  };

  const contact = (): GaitPlotSpec => {
    const inBw = (values: Float64Array, kg: number) => Float64Array.from(values, (f) => f / (kg * GRAVITY_M_PER_S2));
    const side = (s: 'left' | 'right') =>
      pair(`${s}-contact`, `${s === 'left' ? 'Left' : 'Right'} hip`, s, inBw(gait.hipContactForceN[s], massKg), compare ? onCycle(inBw(compare.hipContactForceN[s], compareMassKg), compare.cyclePercent, pct) : null, names);
    const n = pct.length;
    return {
      id: 'hip-contact',
      title: 'Hip joint contact force, left and right',
      yLabel: 'Contact force (BW)',
      yUnit: 'BW',
      signNote: 'magnitude of the joint force in body weights',
      includeZero: true,
      lines: [...side('left'), ...side('right')],
      corridor: {
        lower: new Float64Array(n).fill(HIP_CONTACT_WALKING_PEAK_BW.lower),
        upper: new Float64Array(n).fill(HIP_CONTACT_WALKING_PEAK_BW.upper),
        mean: null,
        label: 'Peak hip contact in instrumented implants, level walking (Bergmann 2001)',
      },
      caption:
        'Magnitude of each hip\'s joint contact force in body weights (force / (mass · g)): what the joint carries of gravity, inertia, ' +
        `the ground reaction and every muscle crossing the hip. Grey band: ${HIP_CONTACT_SOURCE}. The band is the range of the ` +
        'two peaks (loading response and late stance), not a curve through the cycle: in swing the joint carries far less. The model\'s ' +
        'late-stance peak lies above it (validation row G1, docs/model.md §12.1). ' + sideNote,
    };
  };

  return {
    percentCycle: pct,
    doubleSupport: flaggedIntervals(gait.frames, (i) => gait.stance.left[i] === 1 && gait.stance.right[i] === 1, pct),
    rightHeelStrikePct: rightHsPct,
    leftHeelStrikePct: leftHsPct,
    plots: [
      angle('obliquity', 'Pelvic obliquity', 'Obliquity', '+ = right side of the pelvis lower', (g) => g.pelvicObliquityDeg, OBLIQUITY_CORRIDOR,
        'its right-side obliquity with the sign flipped to the model\'s (+ = right side lower). The model\'s built-in cycle takes this curve\'s shape scaled to an 8.2° range (Reininga 2012)'),
      angle('trunk-lean', 'Trunk lateral lean', 'Lean', '+ = thorax leans right', (g) => g.trunkLateralLeanDeg, TRUNK_LEAN_CORRIDOR,
        'its right-side thorax lateral tilt with the sign flipped to the model\'s (+ = leans right)'),
      angle('tilt', 'Anterior pelvic tilt', 'Tilt', '+ = ASIS lower than PSIS', (g) => g.anteriorPelvicTiltDeg, TILT_CORRIDOR,
        'its pelvic tilt, same sign (+ = anterior). The model\'s tilt level is set by the subject\'s ASIS–PSIS inclination'),
      compression('L4/L5'),
      compression('L5/S1'),
      abductors('left'),
      abductors('right'),
      hipFlexion('left'),
      hipFlexion('right'),
      contact(),
    ],
  };
}
