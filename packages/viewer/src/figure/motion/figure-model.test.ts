import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, musclePointsAt, simulateGait, solveTask, type GaitResult, type ModelParams, type Task } from '@lumbo/model';
import { findPreset } from '@lumbo/scenarios/presets';
import { mergeParams } from '../../lib/params-path.ts';
import type { Shown } from '../../store/store.ts';
import { CIVIDIS } from '../../lib/colour-scales.ts';
import { linearLut, writeLut } from './colour-lut.ts';
import { writeDiscs } from './disc-layout.ts';
import { buildFigureModel, type FigureModel } from './figure-model.ts';
import { layoutTubes, SIDES, tubeScratch, writeTubes } from '../muscles/tube-layout.ts';
import { attachPoint, pointNow, writeRigid } from './rigid.ts';
import { createSampler } from './sampler.ts';

const tasks: Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 60 },
  { kind: 'sitting' },
];

function staticModel(task: Task, params: ModelParams = DEFAULT_PARAMS) {
  const result = solveTask(compileModel(params), task);
  const shown: Shown = { answer: { kind: 'static', result }, params, task, requestId: 1 };
  const model = buildFigureModel(shown);
  if (!model) throw new Error('no figure');
  return { result, model };
}

const trendelenburg = mergeParams(DEFAULT_PARAMS, findPreset('trendelenburg-right')!.params);
let gaitCache: { gait: GaitResult; model: FigureModel } | undefined;
function gaitModel() {
  if (gaitCache) return gaitCache;
  const gait = simulateGait(compileModel(trendelenburg));
  const model = buildFigureModel({ answer: { kind: 'gait', gait }, params: trendelenburg, task: { kind: 'gait' }, requestId: 1 });
  if (!model) throw new Error('no figure');
  gaitCache = { gait, model };
  return gaitCache;
}

const RAD = 180 / Math.PI;

describe('the figure built from a static result', () => {
  it.each(tasks.map((t) => [t.kind, t] as const))('has finite parts, five vertebrae and a framing box for %s', (_kind, task) => {
    const { model } = staticModel(task);
    const sampler = createSampler(model.motion);
    for (const set of Object.values(model.bones).filter((b) => typeof b === 'object' && 'count' in b)) {
      const m = new Float32Array(set.count * 16);
      writeRigid(set, sampler, m);
      expect(m.every(Number.isFinite)).toBe(true);
    }
    expect(model.drawing.spine.bodies).toHaveLength(5);
    expect(model.body).not.toBeNull();
    expect(model.body!.min.y).toBeLessThanOrEqual(0);
    expect(model.body!.max.y).toBeGreaterThan(model.drawing.anatomy.head.y);
    expect(model.muscles.count).toBeGreaterThanOrEqual(model.motion.pose.muscles.length);
  });

  it('puts a seat under the ischia only when sitting', () => {
    expect(staticModel({ kind: 'standing' }).model.seat).toBeNull();
    const { model } = staticModel({ kind: 'sitting' });
    const seatTop = model.seat!.centre.y + model.seat!.y.y / 2;
    expect(seatTop).toBeCloseTo(Math.min(model.drawing.anatomy.ischium.l.y, model.drawing.anatomy.ischium.r.y), 2);
  });

  it('colours each disc half with that half’s own compression and puts the right half on the right', () => {
    const { model, result } = staticModel({ kind: 'single-leg-stance', side: 'right' });
    const sampler = createSampler(model.motion);
    const m = new Float32Array(160);
    const c = new Float32Array(30);
    writeDiscs(model.discs, 4000, sampler, m, c);
    const l4l5 = result.lumbar.levels.find((l) => l.level === 'L4/L5')!;
    // level 3 = L4/L5: instance 6 is its left half, 7 its right half
    const lut = linearLut(CIVIDIS);
    const want = new Float32Array(6);
    writeLut(lut, l4l5.leftCompressionN / 4000, want, 0);
    writeLut(lut, l4l5.rightCompressionN / 4000, want, 3);
    expect([...c.subarray(18, 24)]).toEqual([...want]);
    const disc = result.pose.discs.find((d) => d.level === 'L4/L5')!;
    // the right half's z column points right and its centre sits right of the disc's
    expect(m[7 * 16 + 10]!).toBeGreaterThan(0);
    expect(m[7 * 16 + 14]!).toBeGreaterThan(disc.centre.z);
  });

  it('draws the side-view angle lines at the model’s anterior tilt and lordosis', () => {
    for (const task of tasks.filter((t) => t.kind !== 'single-leg-stance')) {
      const { model, result } = staticModel(task);
      const m = new Float32Array(model.side.solid.count * 16);
      writeRigid(model.side.solid, createSampler(model.motion), m);
      // the y column of each line is its direction
      const dir = (i: number) => [m[i * 16 + 4]!, m[i * 16 + 5]!] as const;
      const [tx, ty] = dir(0);
      const asisDown = (Math.atan2(-ty, tx) * RAD + 360) % 360;
      expect(asisDown > 180 ? asisDown - 360 : asisDown).toBeCloseTo(result.pelvis.anteriorTiltDeg, 0);
      const [sx, sy] = dir(1);
      const [lx, ly] = dir(2);
      const between = Math.acos(Math.abs(sx * lx + sy * ly) / (Math.hypot(sx, sy) * Math.hypot(lx, ly))) * RAD;
      // within 1°: the model adds the discs' compliance to lordosisDeg but not (yet) to the pose it returns
      expect(Math.abs(between - Math.abs(result.lumbar.lordosisDeg))).toBeLessThan(1);
    }
  });

  it('draws muscles thinner when weaker and outlines the tight or high-tone ones (lower crossed syndrome)', () => {
    const lcs = mergeParams(DEFAULT_PARAMS, findPreset('lower-crossed-syndrome')!.params);
    const weak = mergeParams(lcs, { muscles: { gluteusMedius: { right: { strength: 0.25 } } } });
    const { model } = staticModel({ kind: 'standing' }, weak);
    const muscles = model.motion.pose.muscles;
    const radiusOf = (group: string, side: string) => {
      const e = muscles.findIndex((m) => m.group === group && m.side === side);
      return model.muscles.radius[model.muscles.element.indexOf(e)]!;
    };
    expect(radiusOf('gluteusMedius', 'right')).toBeCloseTo(radiusOf('gluteusMedius', 'left') * 0.5, 3);
    const sheathed = (group: string) => {
      const rods = [...model.muscles.element].map((e, k) => ({ e, k })).filter(({ e }) => muscles[e]!.group === group);
      return rods.every(({ k }) => model.muscles.sheathOf[k]! >= 0);
    };
    expect(sheathed('iliopsoas')).toBe(true); // tight
    expect(sheathed('erectorSpinae')).toBe(true); // tone
    expect(sheathed('abdominals')).toBe(false); // only weak
    expect(sheathed('gluteusMaximus')).toBe(false); // only inhibited
  });
});

describe('the figure animated through a gait cycle', () => {
  it('carries body-fixed points exactly where the model puts them in every frame', () => {
    const { model } = gaitModel();
    const { motion } = model;
    const L = motion.landmarkNames.length;
    const landmark = (name: string, frame: number) => {
      const i = motion.landmarkNames.indexOf(name);
      return [0, 1, 2].map((c) => motion.landmarks[(frame * L + i) * 3 + c]!);
    };
    const pairs = [
      ['ASIS_r', 'pelvis'],
      ['knee_l', 'tibia_l'],
      ['C7', 'thorax'],
      ['L3', 'L3'],
    ] as const;
    const sampler = createSampler(motion);
    const out = new Float64Array(3);
    for (const [name, body] of pairs) {
      const [x, y, z] = landmark(name, 0);
      const p = attachPoint(x!, y!, z!, body, motion);
      for (const frame of [13, 40, 66]) {
        sampler.seek(frame);
        pointNow(p, sampler, out);
        const want = landmark(name, frame);
        for (let c = 0; c < 3; c++) expect(out[c]).toBeCloseTo(want[c]!, 9);
      }
    }
  });

  it('moves the muscle bellies along the path points of the frame', () => {
    const { model, gait } = gaitModel();
    const { motion } = model;
    const sampler = createSampler(motion);
    sampler.seek(30);
    const layout = layoutTubes(motion, [5]);
    const positions = new Float32Array(layout.vertexCount * 3);
    writeTubes(layout, sampler, tubeScratch(layout), positions, new Float32Array(layout.vertexCount * 3), () => 1);
    // the first ring is centred on the element's first path point at that frame
    const p = motion.pointStart[5]!;
    const points = musclePointsAt(gait.animation, 30);
    const at = (c: number) => points[p * 3 + c]!;
    for (let c = 0; c < 3; c++) {
      let centre = 0;
      for (let s = 0; s < SIDES; s++) centre += positions[s * 3 + c]! / SIDES;
      expect(centre).toBeCloseTo(at(c), 5);
    }
  });

  it('draws the back-view lines at the model’s obliquity and trunk lean, frame by frame', () => {
    const { model, gait } = gaitModel();
    const sampler = createSampler(model.motion);
    const m = new Float32Array(model.back.solid.count * 16);
    for (const frame of [0, 13, 40, 66]) {
      sampler.seek(frame);
      writeRigid(model.back.solid, sampler, m);
      // crest line (left → right): + obliquity = right side lower
      const [cx, cy, cz] = [m[4]!, m[5]!, m[6]!];
      expect(Math.atan2(-cy, Math.hypot(cx, cz)) * RAD).toBeCloseTo(gait.pelvicObliquityDeg[frame]!, 0);
      // trunk axis: + lean = leans right (toward +z)
      const [tx, ty] = [m[16 + 6]!, m[16 + 5]!];
      expect(Math.atan2(tx, ty) * RAD).toBeCloseTo(gait.trunkLateralLeanDeg[frame]!, 1);
    }
    // the labels read the model's numbers of the frame
    expect(model.back.labels[0]!.texts[13]).toContain(Math.abs(gait.pelvicObliquityDeg[13]!).toFixed(1));
  });
});
