/**
 * The lumbar posture solved at every gait frame (docs/model.md §9.3, step 8): the levels between the measured
 * pelvis and thorax yield to the pull a changed muscle keeps up without being asked (passive tension, tone).
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import type { PartialModelParams } from '../params/schema.ts';
import { gaitCycle } from './cycle.ts';
import { walkingMotion } from './motion.ts';
import { simulateGait } from './simulate.ts';
import { LEVELS } from '../data/spine.ts';
import { LUMBAR_COORDINATES as L, YIELD_TOLERANCE_NM, lumbarYield, yieldLevels } from './lumbar-yield.ts';
import { framePosture } from './frame-posture.ts';
import { createPosture, type Posture } from '../geometry/posture.ts';
import { completePose, createPoseBuffers } from '../geometry/pose.ts';

const DEG = Math.PI / 180;
const motionOf = (params: PartialModelParams) => walkingMotion(compileModel(params), gaitCycle({}));
/** δ of level k (0 = L1/L2) about axis a (0 extension, 1 bend, 2 rotation) at frame i (rad). */
const at = (levels: Float64Array, i: number, a: number, k: number) => levels[i * L + a * 5 + k]!;

describe('the lumbar posture solved at every gait frame', () => {
  it('is the rhythms\u2019 share exactly, and nothing is solved, when no changed muscle crosses the lumbar spine', () => {
    for (const params of [{}, { muscles: { gluteusMaximus: { right: { strength: 0.2 } } } }, { muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } }, { muscles: { abdominals: { left: { strength: 0.6 }, right: { strength: 0.6 } } } }]) {
      const m = motionOf(params);
      expect(m.lumbarYield).toBeNull();
      expect(m.adj.levels.every((v) => v === 0)).toBe(true);
    }
  });

  it('converges at every frame and keeps the thorax on its measured path (each axis\u2019s levels sum to zero)', () => {
    const tight = { tightness: 0.8, tone: 1 }, extensors = { tone: 1, activationFloor: 0.02 };
    const cases: PartialModelParams[] = [
      { muscles: { iliopsoas: { right: { tone: 1 } } } },
      { muscles: { erectorSpinae: { left: { tone: 1 } } } },
      { muscles: { quadratusLumborum: { right: { tone: 1 } } } },
      { muscles: { iliopsoas: { left: tight, right: tight }, erectorSpinae: { left: extensors, right: extensors } } },
    ];
    for (const params of cases) {
      const m = motionOf(params);
      expect(m.lumbarYield).not.toBeNull();
      expect(m.lumbarYield!.maxResidualNm).toBeLessThanOrEqual(YIELD_TOLERANCE_NM);
      expect(m.lumbarYield!.maxSteps).toBeLessThanOrEqual(5);
      const frames = m.adj.levels.length / L;
      let largest = 0;
      for (let i = 0; i < frames; i++) {
        for (let a = 0; a < 3; a++) {
          let sum = 0;
          for (let k = 0; k < 5; k++) {
            sum += at(m.adj.levels, i, a, k);
            largest = Math.max(largest, Math.abs(at(m.adj.levels, i, a, k)));
          }
          expect(Math.abs(sum)).toBeLessThan(1e-12);
        }
      }
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
      const exact = new Float64Array(L);
      let worst = 0;
      for (let i = 0; i < adj.levels.length / L - 1; i++) {
        framePosture(m.base, i, m.ref, adj, i, posture);
        completePose(model.geometry, model.thoraxComAnteriorM, model.elements, posture, paths, false, yld.points);
        yld.solve(paths.points, posture, exact, 0);
        for (let j = 0; j < L; j++) worst = Math.max(worst, Math.abs(exact[j]! - m.adj.levels[i * L + j]!));
      }
      console.log(`[lumbar yield] ${JSON.stringify(params.muscles)}: fit vs per-frame solve ${(worst / DEG).toFixed(4)}\u00b0`);
      expect(worst).toBeLessThan(0.035 * DEG);
    }
  });

  it('gives each level\u2019s segmental angle at every frame (angleDeg), and they sum to the lordosis', () => {
    const r = simulateGait(compileModel({ muscles: { iliopsoas: { right: { tone: 1 } } } }));
    for (let i = 0; i < r.frames; i++) {
      let sum = 0;
      for (const level of LEVELS) sum += r.levels[level].angleDeg[i]!;
      expect(sum).toBeCloseTo(r.lordosisDeg[i]!, 9);
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
});
