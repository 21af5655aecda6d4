import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import type { GaitResult } from './types.ts';
import { simulateGait } from './simulate.ts';
import { createGaitContinuation, GIVE_UP_NEWTON_STEPS } from './continuation.ts';
import { MUSCLE_FIELDS } from '../params/fields.ts';
import { QP_TOLERANCE_NM } from '../mechanics/static-optimisation.ts';

const rightAbductors = (medius: number, minimus = medius, duchenne = 0.5): PartialModelParams => ({
  muscles: { gluteusMedius: { right: { strength: medius } }, gluteusMinimus: { right: { strength: minimus } } },
  strategy: { duchenne },
});

/** The second cycle of `params` continued from a cycle of `from`, a cold cycle of `params`, and the continuation. */
function continuedAndCold(from: PartialModelParams, params: PartialModelParams, framesPerCycle = 101) {
  const continuation = createGaitContinuation();
  simulateGait(compileModel(from), { continuation, framesPerCycle });
  const continued = simulateGait(compileModel(params), { continuation, framesPerCycle });
  const coldRun = createGaitContinuation();
  const cold = simulateGait(compileModel(params), { continuation: coldRun, framesPerCycle });
  return { continued, cold, stats: { ...continuation }, coldStats: { ...coldRun } };
}

/** About the shortest lever arm in the balances (m): what turns the QP's moment tolerance into a force one. */
const SHORTEST_LEVER_M = 0.01;

const stepsPerSolve = (s: { newtonSteps: number; solves: number }) => s.newtonSteps / s.solves;

/**
 * The series of two cycles that differ by more than the QP's tolerance allows: a millionth of the series' range, or,
 * for a series near zero, what the QP's own stop leaves in the series' unit. The QP stops within 10⁻⁵ N·m of each
 * balance (QP_TOLERANCE_NM), so a moment may differ by 10⁻⁵ N·m (a lateral moment of a nearly symmetric model, 0.07 N·m
 * in range, came out 10⁻⁷ N·m apart) and a force by 10⁻⁵ N·m over the shortest lever of the balances, about 1 cm:
 * 10⁻³ N (the L5/S1 mediolateral shear of a Trendelenburg cycle, 73 N in range, came out 1.1·10⁻⁴ N apart).
 * Empty when they agree.
 */
function floorOf(path: string): number {
  return /N$/.test(path) ? QP_TOLERANCE_NM / SHORTEST_LEVER_M : QP_TOLERANCE_NM;
}

function seriesApart(a: GaitResult, b: GaitResult): string[] {
  const apart: string[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
      const p = x as unknown as ArrayLike<number>, q = y as unknown as ArrayLike<number>;
      let range = 0, worst = 0;
      for (let i = 0; i < p.length; i++) range = Math.max(range, Math.abs(p[i]!));
      for (let i = 0; i < p.length; i++) worst = Math.max(worst, Math.abs(p[i]! - q[i]!));
      if (worst > Math.max(1e-6 * range, floorOf(path))) apart.push(`${path}: ${worst} apart (range ${range})`);
    } else if (typeof x === 'number' && typeof y === 'number') {
      // a summary's number: the same rule, its own size as the range
      if (Math.abs(x - y) > Math.max(1e-6 * Math.abs(x), floorOf(path))) apart.push(`${path}: ${x} against ${y}`);
    } else if (x && typeof x === 'object') for (const k of Object.keys(x)) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
  };
  walk(a, b, '');
  return apart;
}

describe('a gait cycle continued from the last one (continuation.ts)', () => {
  it('starts a slider step one hundredth away at its answer: about one Newton step a frame, against 2.4 cold, every frame continued', () => {
    const { stats, coldStats } = continuedAndCold(rightAbductors(0.8, 1), rightAbductors(0.79, 1));
    expect(stats.solves).toBe(coldStats.solves);
    expect(stats.continuedSolves).toBe(stats.solves);
    expect(stepsPerSolve(stats)).toBeLessThan(1.3);
    expect(stepsPerSolve(coldStats)).toBeGreaterThan(2.2);
  });

  it('continues through a compensating model too: both passes (before and after the compensation) start from their own pass', () => {
    const { stats, coldStats } = continuedAndCold(rightAbductors(0.25, 0.25, 0), rightAbductors(0.26, 0.25, 0));
    // the Trendelenburg cycle solves some frames twice: the second pass is continued as well
    expect(stats.solves).toBeGreaterThan(100);
    expect(stats.continuedSolves).toBe(stats.solves);
    expect(stepsPerSolve(stats)).toBeLessThan(0.7 * stepsPerSolve(coldStats));
  });

  it('gives the continuation up after a big step (healthy to a Trendelenburg gait) and costs no more than a tenth over a cold start', () => {
    const { stats, coldStats } = continuedAndCold({}, rightAbductors(0.25, 0.25, 0));
    expect(stats.continuedSolves).toBeLessThan(10);
    expect(stepsPerSolve(stats)).toBeLessThanOrEqual(1.1 * stepsPerSolve(coldStats));
    expect(GIVE_UP_NEWTON_STEPS).toBeLessThan(stepsPerSolve(coldStats) + 0.5);
  });

  it('gives the same cycle as a cold start: every series within the QP tolerance, a small step or a big one', () => {
    for (const [from, to] of [
      [rightAbductors(0.8, 1), rightAbductors(0.79, 1)],
      [rightAbductors(0.25, 0.25, 0), rightAbductors(0.26, 0.25, 0)],
      [{}, rightAbductors(0.25, 0.25, 1)],
      [{ muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } }, {}],
    ] as const) {
      const { continued, cold } = continuedAndCold(from, to);
      // every series and every number of the summary (until 2026-12-04 the summary was compared to 9 digits, which a
      // small asymmetry index, 0.00214, missed by 10⁻¹¹: far inside what the QP's stop allows)
      expect(seriesApart(continued, cold)).toEqual([]);
    }
  });

  it('starts a cycle of another length cold, and then continues at that length', () => {
    const continuation = createGaitContinuation();
    simulateGait(compileModel(rightAbductors(0.8, 1)), { continuation });
    simulateGait(compileModel(rightAbductors(0.79, 1)), { continuation, framesPerCycle: 51 });
    expect(continuation.continuedSolves).toBe(0);
    simulateGait(compileModel(rightAbductors(0.78, 1)), { continuation, framesPerCycle: 51 });
    expect(continuation.continuedSolves).toBe(continuation.solves);
  });

  it('agrees with a cold start for any one-sided strength step (property)', () => {
    const groups = ['gluteusMedius', 'gluteusMaximus', 'iliopsoas', 'erectorSpinae', 'hamstrings'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...groups), fc.double({ min: 0.3, max: 1, noNaN: true }), fc.double({ min: -0.1, max: 0.1, noNaN: true }), (group, strength, step) => {
        const at = (s: number): PartialModelParams => ({ muscles: { [group]: { left: { strength: s } } } });
        const { continued, cold } = continuedAndCold(at(strength), at(Math.min(1, Math.max(0.2, strength + step))), 41);
        expect(seriesApart(continued, cold)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('agrees with a cold start where the muscles cannot hold a frame and its cold QP needs more than 60 Newton steps', () => {
    // fast-check's counterexample of 2026-12-04: frame 0 of the left-gastrocnemius-at-0 cycle took 64 steps cold
    // and 48 continued; with the QP's old cap of 60 the cold answer stopped short, 34 N off at L1/L2
    const from: PartialModelParams = { muscles: { gluteusMaximus: { left: { strength: 0 } } }, strategy: { duchenne: 0 } };
    const to: PartialModelParams = { muscles: { gluteusMedius: { left: { activationFloor: 0.05001937223870197 } }, gastrocnemius: { left: { strength: 0 } } }, strategy: { duchenne: 0 } };
    const { continued, cold } = continuedAndCold(from, to, 41);
    expect(cold.maxReserveNm[0]).toBeGreaterThan(1);
    expect(seriesApart(continued, cold)).toEqual([]);
  });

  it('agrees with a cold start after any jump between two random models, whatever the last cycle was (property)', () => {
    // a model: one to three knobs of any group and side anywhere in their ranges, and any compensation strategy
    const knob = fc.record({ field: fc.constantFrom(...MUSCLE_FIELDS), at: fc.double({ min: 0, max: 1, noNaN: true }) });
    const model = fc.record({ knobs: fc.array(knob, { minLength: 1, maxLength: 3 }), duchenne: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ knobs, duchenne }) => {
      const muscles: Record<string, Record<string, Record<string, number>>> = {};
      for (const { field, at } of knobs) ((muscles[field.group] ??= {})[field.side] ??= {})[field.knob] = field.min + at * (field.max - field.min);
      return { muscles, strategy: { duchenne } } as PartialModelParams;
    });
    fc.assert(
      fc.property(model, model, (from, to) => {
        const { continued, cold } = continuedAndCold(from, to, 41);
        expect(seriesApart(continued, cold)).toEqual([]);
        expect(Array.from(continued.feasible)).toEqual(Array.from(cold.feasible));
      }),
      { numRuns: 10 },
    );
  });
});
