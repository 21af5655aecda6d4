/**
 * The lumbar posture solved at every gait frame (docs/model.md §9.3, step 8): the levels between the measured
 * pelvis and thorax yield to the pull a changed muscle keeps up without being asked (passive tension, tone).
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { gaitCycle } from './cycle.ts';
import { walkingMotion } from './motion.ts';
import { LUMBAR_COORDINATES as L, YIELD_TOLERANCE_NM, lumbarYield, yieldLevels, yieldStride } from './lumbar-yield.ts';
import { framePosture } from './frame-posture.ts';
import { createPosture, type Posture } from '../geometry/posture.ts';
import { completePose, computePose, createPoseBuffers } from '../geometry/pose.ts';
import * as B from '../geometry/bodies.ts';
import { evalPeriodic, fitPeriodic } from './periodic.ts';
import { gaitWarnings } from './warnings.ts';
import { simulateGait } from './simulate.ts';

const DEG = Math.PI / 180;
const motionOf = (params: PartialModelParams) => walkingMotion(compileModel(params), gaitCycle({}));
/** δ of level k (0 = L1/L2) about axis a (0 extension, 1 bend, 2 rotation) at frame i (rad). */
const at = (levels: Float64Array, i: number, a: number, k: number) => levels[i * L + a * 5 + k]!;

/** Angle (rad) of the rotation between body frames P and Q (row-major, at offset o): acos((tr(P·Qᵀ) − 1) / 2). */
function relativeTurnRad(P: Float64Array, Q: Float64Array, o: number): number {
  let tr = 0;
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) tr += P[o + r * 3 + c]! * Q[o + r * 3 + c]!;
  return Math.acos(Math.max(-1, Math.min(1, (tr - 1) / 2)));
}

describe('the lumbar posture solved at every gait frame', () => {
  it('is the rhythms\u2019 share exactly, and nothing is solved, when no changed muscle crosses the lumbar spine', () => {
    for (const params of [{}, { muscles: { gluteusMaximus: { right: { strength: 0.2 } } } }, { muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } }, { muscles: { abdominals: { left: { strength: 0.6 }, right: { strength: 0.6 } } } }]) {
      const m = motionOf(params);
      expect(m.lumbarYield).toBeNull();
      expect(m.adj.levels.every((v) => v === 0)).toBe(true);
    }
  });

  it('converges at every solved phase and keeps the thorax on its measured path: under 0.01\u00b0 of turn at a solved frame, 0.05\u00b0 between them', () => {
    const tight = { tightness: 0.8, tone: 1 }, extensors = { tone: 1, activationFloor: 0.02 };
    const cases: PartialModelParams[] = [
      { muscles: { iliopsoas: { right: { tone: 1 } } } },
      { muscles: { erectorSpinae: { left: { tone: 1 } } } },
      { muscles: { quadratusLumborum: { right: { tone: 1 } } } },
      { muscles: { iliopsoas: { left: tight, right: tight }, erectorSpinae: { left: extensors, right: extensors } } },
    ];
    for (const params of cases) {
      const model = compileModel(params);
      const m = walkingMotion(model, gaitCycle({}));
      expect(m.lumbarYield).not.toBeNull();
      expect(m.lumbarYield!.maxResidualNm).toBeLessThanOrEqual(YIELD_TOLERANCE_NM);
      expect(m.lumbarYield!.maxSteps).toBeLessThanOrEqual(5);
      const frames = m.adj.levels.length / L;
      const without = { ...m.adj, levels: new Float64Array(m.adj.levels.length) };
      const a = createPosture(), b = createPosture();
      const pa = createPoseBuffers(model.elements.pointCount), pb = createPoseBuffers(model.elements.pointCount);
      let largest = 0, atSolved = 0, between = 0;
      for (let i = 0; i < frames - 1; i++) {
        for (let j = 0; j < L; j++) largest = Math.max(largest, Math.abs(m.adj.levels[i * L + j]!));
        framePosture(m.base, i, m.ref, m.adj, i, a);
        framePosture(m.base, i, m.ref, without, i, b);
        computePose(model.geometry, model.thoraxComAnteriorM, model.elements, a, pa, false);
        computePose(model.geometry, model.thoraxComAnteriorM, model.elements, b, pb, false);
        const turn = relativeTurnRad(pa.R, pb.R, B.THORAX * 9);
        if (i % yieldStride(frames - 1, false) === 0) atSolved = Math.max(atSolved, turn);
        else between = Math.max(between, turn);
      }
      console.log(`[lumbar yield] ${JSON.stringify(params.muscles)}: largest |\u03b4| ${(largest / DEG).toFixed(3)}\u00b0, thorax turn ${(atSolved / DEG).toFixed(4)}\u00b0 at solved frames, ${(between / DEG).toFixed(4)}\u00b0 between`);
      expect(atSolved).toBeLessThan(0.01 * DEG);
      expect(between).toBeLessThan(0.05 * DEG);
      // a yield, not a collapse: sub-degree, as the standing posture's one-sided changes (§5.4)
      expect(largest).toBeGreaterThan(0.01 * DEG);
      expect(largest).toBeLessThan(2 * DEG);
    }
  });

  it('bends the lower levels toward a toned right psoas and the upper ones away as its hip extends, and the other way as it flexes (the standing pattern of §5.4)', () => {
    const m = motionOf({ muscles: { iliopsoas: { right: { tone: 1 } } } });
    const hip = m.base.values.hip_flexion_r;
    let extended = 0, flexed = 0;
    for (let i = 0; i < hip.length - 1; i++) {
      if (hip[i]! < hip[extended]!) extended = i;
      if (hip[i]! > hip[flexed]!) flexed = i;
    }
    const bend = (i: number, k: number) => at(m.adj.levels, i, 1, k);
    // standing puts the psoas's pull into the posture once (§5): what yields per frame is its change since then
    expect(bend(extended, 3)).toBeGreaterThan(0); // L4/L5 bends right
    expect(bend(extended, 0)).toBeLessThan(0); // L1/L2 back to the left, the thorax held
    expect(bend(flexed, 3)).toBeLessThan(0);
    expect(bend(flexed, 0)).toBeGreaterThan(0);
  });

  it('mirrors: a toned left psoas gives the same extension and the opposite bend and rotation half a cycle on', () => {
    const right = motionOf({ muscles: { iliopsoas: { right: { tone: 1 } } } }).adj.levels;
    const left = motionOf({ muscles: { iliopsoas: { left: { tone: 1 } } } }).adj.levels;
    const frames = right.length / L, half = (frames - 1) / 2;
    let worst = 0;
    for (let i = 0; i < frames - 1; i++) {
      const j = (i + half) % (frames - 1);
      for (let k = 0; k < 5; k++) {
        worst = Math.max(worst, Math.abs(at(left, j, 0, k) - at(right, i, 0, k)));
        worst = Math.max(worst, Math.abs(at(left, j, 1, k) + at(right, i, 1, k)));
        worst = Math.max(worst, Math.abs(at(left, j, 2, k) + at(right, i, 2, k)));
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('reads a symmetric model\u2019s second half-cycle from its first as solving it would give, to 10\u207b\u00b9\u2070 rad', () => {
    const tight = { tightness: 0.8, tone: 1 }, extensors = { tone: 1, activationFloor: 0.02 };
    const model = compileModel({ muscles: { iliopsoas: { left: tight, right: tight }, erectorSpinae: { left: extensors, right: extensors } } });
    const m = walkingMotion(model, gaitCycle({}));
    const yld = lumbarYield(model, m.standing.posture);
    const solved = { levels: new Float64Array(m.adj.levels.length) };
    const scratch = createPosture();
    // the motion's postures with the levels at the rhythms' share, as the pass saw them
    const adj = { ...m.adj, levels: new Float64Array(m.adj.levels.length) };
    const postureAt = (i: number, out: Posture) => framePosture(m.base, i, m.ref, adj, i, out);
    yieldLevels(model, yld, solved, postureAt, scratch, m.kin, false);
    let worst = 0;
    for (let j = 0; j < solved.levels.length; j++) worst = Math.max(worst, Math.abs(solved.levels[j]! - m.adj.levels[j]!));
    expect(worst).toBeLessThan(1e-10);
    expect(m.adj.levels.some((v) => Math.abs(v) > 1e-4)).toBe(true);
  });

  it('carries the solved phases to every frame within 0.035\u00b0 of solving that frame itself (most of it the kinematics\u2019 own band)', () => {
    const tight = { tightness: 0.8, tone: 1 }, extensors = { tone: 1, activationFloor: 0.02 };
    const cases: PartialModelParams[] = [
      { muscles: { iliopsoas: { right: { tone: 1 } } } },
      { muscles: { iliopsoas: { left: tight, right: tight }, erectorSpinae: { left: extensors, right: extensors } } },
      { muscles: { erectorSpinae: { right: extensors } } },
    ];
    for (const params of cases) {
      const model = compileModel(params);
      const m = walkingMotion(model, gaitCycle({}));
      const yld = lumbarYield(model, m.standing.posture);
      const adj = { ...m.adj, levels: new Float64Array(m.adj.levels.length) };
      const posture = createPosture();
      const paths = createPoseBuffers(model.elements.pointCount);
      const frames = adj.levels.length / L - 1;
      const solvedAt = new Float64Array(frames * L);
      let worst = 0;
      for (let i = 0; i < frames; i++) {
        framePosture(m.base, i, m.ref, adj, i, posture);
        completePose(model.geometry, model.thoraxComAnteriorM, model.elements, posture, paths, false, yld.points);
        yld.solve(paths, posture, solvedAt, i * L);
        for (let j = 0; j < L; j++) worst = Math.max(worst, Math.abs(solvedAt[i * L + j]! - m.adj.levels[i * L + j]!));
      }
      // the same band limit on every frame's own solve: what sampling every fifth frame adds to it
      const exactAll = Array.from({ length: L }, () => new Float64Array(frames + 1));
      for (let i = 0; i < frames; i++) for (let j = 0; j < L; j++) exactAll[j]![i] = solvedAt[i * L + j]!;
      let sampling = 0;
      for (let j = 0; j < L; j++) {
        exactAll[j]![frames] = exactAll[j]![0]!;
        const band = fitPeriodic(exactAll[j]!);
        for (let i = 0; i < frames; i++) sampling = Math.max(sampling, Math.abs(evalPeriodic(band, i / frames) - m.adj.levels[i * L + j]!));
      }
      console.log(`[lumbar yield] ${JSON.stringify(params.muscles)}: fit vs per-frame solve ${(worst / DEG).toFixed(4)}\u00b0, vs the band-limited per-frame solve ${(sampling / DEG).toFixed(4)}\u00b0`);
      expect(worst).toBeLessThan(0.035 * DEG);
      expect(sampling).toBeLessThan(0.02 * DEG);
    }
  });

  it('moves each level through the cycle with the load, not as a fixed offset', () => {
    const levels = motionOf({ muscles: { iliopsoas: { left: { tightness: 1 }, right: { tightness: 1 } } } }).adj.levels;
    const frames = levels.length / L;
    for (const k of [0, 3]) {
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < frames; i++) {
        lo = Math.min(lo, at(levels, i, 1, k));
        hi = Math.max(hi, at(levels, i, 1, k));
      }
      // a symmetric tightness bends each level one way in right stance and the other in left stance
      expect(lo).toBeLessThan(-0.05 * DEG);
      expect(hi).toBeGreaterThan(0.05 * DEG);
    }
  });

  it('warns when the levels did not balance in some phase, and not for a cycle that did', () => {
    const r = simulateGait(compileModel({ muscles: { iliopsoas: { right: { tone: 1 } } } }));
    expect(r.warnings.some((w) => w.includes('lumbar levels'))).toBe(false);
    expect(gaitWarnings(r, true, true, 10 * YIELD_TOLERANCE_NM * 1.01).some((w) => w.includes('lumbar levels did not balance'))).toBe(true);
    expect(gaitWarnings(r, true, true, YIELD_TOLERANCE_NM).some((w) => w.includes('lumbar levels'))).toBe(false);
  });
});
