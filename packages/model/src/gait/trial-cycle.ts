/**
 * One gait cycle out of a whole trial (docs/model.md §9.1, "One cycle of a whole trial"). A lab's inverse
 * kinematics usually span the whole walk across the plates, several cycles; the model simulates one, from a right
 * heel strike to the next. This file finds that cycle and says when a file is not one:
 *
 * - **From the force plates** (the usual gait-lab event detection): a right heel strike is where the right foot's
 *   measured vertical force rises through the 20 N contact threshold (the simulation's own, §9.1) after the foot
 *   has been unloaded for a swing's worth of time. The raw force, not the 6 Hz low-pass the simulation reads: a
 *   zero-lag filter spreads the impact's rise backwards in time (by ~15 ms on the built-in trial).
 * - **Given**: the lab's own event times (its motion-capture software's foot strikes).
 * - **Neither**: the file must already be one cycle; `checkOneCycle` refuses one that plainly is not (several
 *   swings of the right hip, or a start far from its end), instead of simulating it as one very long step.
 */
import { parseStorage, StorageFormatError, type StorageTable } from '../io/storage.ts';
import { CYCLE_DURATION_RANGE_S } from './options.ts';
import { GRF_THRESHOLD_N, requireColumn } from './measured-reactions.ts';
import type { GaitKinematics } from './kinematics.ts';

/**
 * The least time the right foot must carry under GRF_THRESHOLD_N before a rise counts as a heel strike (s) [E]:
 * swing lasts ~0.4 s in walking; a tenth of a second rejects a force that dips through the threshold and back
 * (a foot crossing two plates, noise at the threshold).
 */
export const MIN_UNLOADED_S = 0.1;

/**
 * How far a file's first and last rows may lie from right heel strikes on the plates and still be taken as the
 * cycle they already are (s) [E]: two 600 Hz plate samples, more than the rounding of a cut file's times.
 */
export const CYCLE_EDGE_TOLERANCE_S = 0.005;

/** Right heel strikes in a force-plate .mot (its text or parsed table; s, interpolated between samples), in time order. */
export function rightHeelStrikesS(grf: string | StorageTable, rightPrefix = 'ground_'): number[] {
  const table = typeof grf === 'string' ? parseStorage(grf) : grf;
  const time = table.data[0]!;
  const vy = requireColumn(table, `${rightPrefix}force_vy`, 'right');
  const strikes: number[] = [];
  let unloadedSince: number | null = vy[0]! < GRF_THRESHOLD_N ? time[0]! : null;
  for (let i = 1; i < time.length; i++) {
    const below = vy[i]! < GRF_THRESHOLD_N;
    if (below) {
      if (unloadedSince === null) unloadedSince = time[i]!;
      continue;
    }
    if (vy[i - 1]! < GRF_THRESHOLD_N && unloadedSince !== null && time[i - 1]! - unloadedSince >= MIN_UNLOADED_S) {
      // the crossing, linearly between the two samples around it
      const f = (GRF_THRESHOLD_N - vy[i - 1]!) / (vy[i]! - vy[i - 1]!);
      strikes.push(time[i - 1]! + f * (time[i]! - time[i - 1]!));
    }
    unloadedSince = null;
  }
  return strikes;
}

/**
 * The kinematics between startS and endS, on the trial's own clock, in evenly spaced rows (the cycle's resampling
 * reads rows as evenly spaced: baseline.ts) at the file's own mean row step, each linearly interpolated.
 */
export function cutKinematics(k: GaitKinematics, startS: number, endS: number): GaitKinematics {
  const t = k.timeS;
  const step = (t[t.length - 1]! - t[0]!) / (t.length - 1);
  const rows = Math.max(3, Math.round((endS - startS) / step) + 1);
  const timeS = Float64Array.from({ length: rows }, (_, r) => (r === rows - 1 ? endS : startS + ((endS - startS) * r) / (rows - 1)));
  // each row's interval in the file, found once for every coordinate
  const below = new Int32Array(rows);
  let i = 0;
  for (let r = 0; r < rows; r++) {
    while (i < t.length - 2 && t[i + 1]! < timeS[r]!) i++;
    below[r] = i;
  }
  const coordinates: Record<string, Float64Array> = {};
  for (const [name, v] of Object.entries(k.coordinates)) {
    coordinates[name] = Float64Array.from(timeS, (s, r) => {
      const j = below[r]!;
      return v[j]! + ((s - t[j]!) / (t[j + 1]! - t[j]!)) * (v[j + 1]! - v[j]!);
    });
  }
  return { ...k, timeS, coordinates, source: `${k.source}, ${startS.toFixed(4)}–${endS.toFixed(4)} s` };
}

/** A cycle's span on the trial's clock, and how it was found. */
export interface TrialCycleSpan {
  readonly startS: number;
  readonly endS: number;
  readonly found: 'plates' | 'given';
}

/** Checks a given cycle (the lab's own events) against the kinematics' span and walking's cycle durations. */
export function checkGivenCycle(k: GaitKinematics, startS: number, endS: number): TrialCycleSpan {
  const t0 = k.timeS[0]!, t1 = k.timeS[k.timeS.length - 1]!;
  const [lo, hi] = CYCLE_DURATION_RANGE_S;
  if (!(Number.isFinite(startS) && Number.isFinite(endS) && startS >= t0 && endS <= t1 && endS > startS)) {
    throw new StorageFormatError(`the cycle's start and end must lie within the kinematics' ${t0.toFixed(4)}–${t1.toFixed(4)} s, start before end, got ${startS}–${endS} s`);
  }
  if (!(endS - startS >= lo && endS - startS <= hi)) {
    throw new StorageFormatError(`a walking cycle lasts ${lo}–${hi} s, got ${(endS - startS).toFixed(4)} s (${startS}–${endS} s)`);
  }
  return { startS, endS, found: 'given' };
}

/**
 * The trial's cycle by its plates: the kinematics unchanged when they already start and end at consecutive right
 * heel strikes (within CYCLE_EDGE_TOLERANCE_S), else the first cycle between two of them inside the kinematics'
 * span. Null when the kinematics are already that cycle; throws when the plates hold no whole cycle inside them.
 */
export function cycleFromPlates(k: GaitKinematics, strikesS: readonly number[]): TrialCycleSpan | null {
  const t0 = k.timeS[0]!, t1 = k.timeS[k.timeS.length - 1]!;
  const near = (a: number, b: number) => Math.abs(a - b) <= CYCLE_EDGE_TOLERANCE_S;
  for (let i = 0; i + 1 < strikesS.length; i++) if (near(strikesS[i]!, t0) && near(strikesS[i + 1]!, t1)) return null;
  const [lo, hi] = CYCLE_DURATION_RANGE_S;
  const inside = strikesS.filter((s) => s >= t0 - CYCLE_EDGE_TOLERANCE_S && s <= t1 + CYCLE_EDGE_TOLERANCE_S);
  for (let i = 0; i + 1 < inside.length; i++) {
    const startS = Math.max(inside[i]!, t0), endS = Math.min(inside[i + 1]!, t1);
    if (endS - startS >= lo && endS - startS <= hi) return { startS, endS, found: 'plates' };
  }
  const listed = strikesS.length === 0 ? 'none' : strikesS.map((s) => `${s.toFixed(4)} s`).join(', ');
  throw new StorageFormatError(
    `the plates hold no whole right-foot cycle inside the kinematics' ${t0.toFixed(4)}–${t1.toFixed(4)} s (right heel strikes on the plates: ${listed}; a cycle runs from one to the next, ${lo}–${hi} s): give the cycle's start and end yourself, or kinematics cut to one cycle`,
  );
}

/** What to do about kinematics that are not one cycle, when the lab gave neither plates nor events. */
export const ONE_CYCLE_ADVICE = 'give one cycle from a right heel strike to the next: cut the file, add the same trial\'s force plates (the cycle is found there), or give the cycle\'s start and end (cycleStartS, cycleEndS)';

/**
 * Refuses kinematics that are plainly not one cycle from a right heel strike (for files given without plates or
 * events): the right hip flexes and extends once a cycle, so its flexion must cross the middle of its range once
 * each way (with a quarter of the range as hysteresis), and end within a quarter of its range from where it began
 * [E] (a quarter: wide of stride-to-stride variability, narrow of a half or a second cycle).
 */
export function checkOneCycle(k: GaitKinematics, advice = ONE_CYCLE_ADVICE): void {
  const hip = k.coordinates.hip_flexion_r;
  if (!hip || hip.length < 3) return;
  let min = Infinity, max = -Infinity;
  for (const v of hip) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const range = max - min;
  if (!(range > 0)) return;
  const mid = (min + max) / 2, band = range / 4;
  // the hip's swings: each time its flexion rises from below mid − band to above mid + band
  let state = hip[0]! > mid ? 1 : -1, swings = 0;
  for (const v of hip) {
    if (state < 0 && v > mid + band) {
      state = 1;
      swings++;
    } else if (state > 0 && v < mid - band) state = -1;
  }
  // a cycle from heel strike starts flexed: its one swing is the return to flexion in the cycle's second half
  const t0 = k.timeS[0]!, t1 = k.timeS[k.timeS.length - 1]!;
  const span = `${t0.toFixed(4)}–${t1.toFixed(4)} s`;
  if (swings > 1) throw new StorageFormatError(`the kinematics (${span}) hold ${swings} swings of the right hip (hip_flexion_r), not one gait cycle: ${advice}`);
  const gap = Math.abs(hip[hip.length - 1]! - hip[0]!);
  if (gap > band) {
    throw new StorageFormatError(
      `the kinematics (${span}) do not close a cycle: hip_flexion_r goes from ${hip[0]!.toFixed(1)}° to ${hip[hip.length - 1]!.toFixed(1)}° (its range is ${range.toFixed(1)}°): ${advice}`,
    );
  }
}
