/**
 * Muscle elements as chains of rods along the model's path points, every
 * frame: coloured by the element's activation, as thick as √(max force)
 * (cross-section ∝ force, so a weakened muscle visibly thins, using the
 * model's strength-scaled `maxForceN`), and with an outline sheath when the
 * muscle is tight or has raised tone, so "tight" never reads as "strong".
 */
import type { ModelParams, MuscleGroup, Side } from '@lumbo/model';
import { linearLut, writeLut } from './colour-lut.ts';
import type { Motion } from './motion.ts';
import type { MotionSampler } from './sampler.ts';
import { writeSegment } from './segment-math.ts';
import { ACTIVATION } from '../../lib/colour-scales.ts';

/** Radius (m) of a rod per √N of the element's maximum force: 1000 N → 8 mm ([E], visual only). */
const RADIUS_PER_SQRT_N = 0.008 / Math.sqrt(1000);
/** Even a muscle at zero strength stays visible as a thread. */
const MIN_RADIUS_M = 0.0012;
/** The outline sheath is this much wider than its rod. */
const SHEATH_SCALE = 1.55;
const SHEATH_EXTRA_M = 0.0012;

export interface MuscleLayout {
  /** Rods (one per pair of consecutive path points). */
  readonly count: number;
  readonly pointA: Int32Array;
  readonly element: Int32Array;
  readonly radius: Float32Array;
  /** Rods of tight or high-tone muscles, which get a sheath; sheathOf[k] is rod k's sheath slot or −1. */
  readonly sheathOf: Int32Array;
  readonly sheathCount: number;
}

/** What makes a muscle "tight or high-tone" in the figure: any knob that adds passive or tonic tension. */
export function isRaisedTension(params: ModelParams | null, group: MuscleGroup, side: Side): boolean {
  const k = params?.muscles[group]?.[side] as Record<string, number | undefined> | undefined;
  if (!k) return false;
  return (k.tone ?? 0) > 0 || (k.tightness ?? 0) > 0 || (k.stiffness ?? 1) > 1 || (k.coactivation ?? 0) > 0;
}

export function muscleRadius(maxForceN: number): number {
  return Math.max(MIN_RADIUS_M, RADIUS_PER_SQRT_N * Math.sqrt(Math.max(0, maxForceN)));
}

export function layoutMuscles(motion: Motion, params: ModelParams | null): MuscleLayout {
  const pointA: number[] = [];
  const element: number[] = [];
  const radius: number[] = [];
  const sheathOf: number[] = [];
  let sheaths = 0;
  motion.pose.muscles.forEach((m, e) => {
    const start = motion.pointStart[e]!;
    const end = motion.pointStart[e + 1]!;
    const r = muscleRadius(m.maxForceN);
    const raised = isRaisedTension(params, m.group, m.side);
    for (let p = start; p < end - 1; p++) {
      pointA.push(p);
      element.push(e);
      radius.push(r);
      sheathOf.push(raised ? sheaths++ : -1);
    }
  });
  return {
    count: pointA.length,
    pointA: Int32Array.from(pointA),
    element: Int32Array.from(element),
    radius: Float32Array.from(radius),
    sheathOf: Int32Array.from(sheathOf),
    sheathCount: sheaths,
  };
}

const ACTIVATION_LUT = linearLut(ACTIVATION);
const scratch = new Float64Array(6);

/**
 * Highlighted muscles (a guided story's step, store `highlight`) are drawn
 * thicker and the others thinner and greyed, so the class sees which
 * muscles the step is about while the highlighted rods keep their
 * activation colour. Thickness is still ∝ √(max force) within each set.
 */
const EMPHASIS_SCALE = 1.5;
const DIMMED_SCALE = 0.6;
/** Share of the dimmed colour that is the neutral grey (linear RGB of #c9ced6). */
const DIM_MIX = 0.8;
const DIM_GREY = [0.584, 0.617, 0.672] as const;

/**
 * Per rod, 1 when its group is highlighted and 0 when not; null when
 * nothing is highlighted (every muscle drawn normally). Built once per
 * highlight or layout change, read every frame.
 */
export function muscleEmphasis(layout: MuscleLayout, motion: Motion, highlight: readonly MuscleGroup[]): Uint8Array | null {
  if (highlight.length === 0) return null;
  const groups = new Set(highlight);
  const muscles = motion.pose.muscles;
  const out = new Uint8Array(layout.count);
  for (let k = 0; k < layout.count; k++) out[k] = groups.has(muscles[layout.element[k]!]!.group) ? 1 : 0;
  return out;
}

function radiusScale(emphasis: Uint8Array | null, k: number): number {
  if (!emphasis) return 1;
  return emphasis[k] ? EMPHASIS_SCALE : DIMMED_SCALE;
}

/** Writes the rods' matrices and activation colours for the sampler's current frame (dimmed where `emphasis` says 0). */
export function writeMuscleRods(
  layout: MuscleLayout,
  sampler: MotionSampler,
  matrices: Float32Array,
  colours: Float32Array | null,
  emphasis: Uint8Array | null = null,
): void {
  const { motion } = sampler;
  const elements = motion.pose.muscles.length;
  for (let k = 0; k < layout.count; k++) {
    rodEnds(layout, sampler, k);
    const r = layout.radius[k]! * radiusScale(emphasis, k);
    writeSegment(scratch[0]!, scratch[1]!, scratch[2]!, scratch[3]!, scratch[4]!, scratch[5]!, r, matrices, k * 16);
    if (!colours) continue;
    const o = k * 3;
    writeLut(ACTIVATION_LUT, sampler.value(motion.activation, elements, layout.element[k]!), colours, o);
    if (emphasis && !emphasis[k]) {
      colours[o] = colours[o]! * (1 - DIM_MIX) + DIM_GREY[0] * DIM_MIX;
      colours[o + 1] = colours[o + 1]! * (1 - DIM_MIX) + DIM_GREY[1] * DIM_MIX;
      colours[o + 2] = colours[o + 2]! * (1 - DIM_MIX) + DIM_GREY[2] * DIM_MIX;
    }
  }
}

/** Writes the outline sheaths of the tight or high-tone muscles' rods (scaled with their rods). */
export function writeMuscleSheaths(layout: MuscleLayout, sampler: MotionSampler, matrices: Float32Array, emphasis: Uint8Array | null = null): void {
  for (let k = 0; k < layout.count; k++) {
    const s = layout.sheathOf[k]!;
    if (s < 0) continue;
    rodEnds(layout, sampler, k);
    const r = layout.radius[k]! * radiusScale(emphasis, k) * SHEATH_SCALE + SHEATH_EXTRA_M;
    writeSegment(scratch[0]!, scratch[1]!, scratch[2]!, scratch[3]!, scratch[4]!, scratch[5]!, r, matrices, s * 16);
  }
}

/** Rod k's two end points at the current frame, into scratch[0..5]. */
function rodEnds(layout: MuscleLayout, sampler: MotionSampler, k: number): void {
  const { motion } = sampler;
  const stride = motion.pointCount * 3;
  const p = layout.pointA[k]!;
  sampler.vec3(motion.musclePoints, stride, p * 3, scratch, 0);
  sampler.vec3(motion.musclePoints, stride, p * 3 + 3, scratch, 3);
}

