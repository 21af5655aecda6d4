/**
 * Hip-flexor tightness in gait (docs/model.md §9.3, step 4): the extra passive
 * pull of a tight iliopsoas beyond a default one, as the hip extends through
 * stance, tilts the pelvis forward against the postural stiffness of §5. The
 * iliopsoas arm is held at its standing value: it wraps over the femoral head,
 * and the straight-line path would otherwise lose the arm in extension [E].
 * The tilt is read from each frame's muscle paths before it is tilted and laid
 * into the motion before the first optimisation pass (tightnessTilt below).
 */
import type { CompiledModel } from '../engine/compile.ts';
import { pathLength } from '../geometry/elements.ts';
import { passiveTension, referencePassiveForces } from '../mechanics/passive-tension.ts';
import type { StaticSolver } from '../mechanics/static-optimisation.ts';
import type { Posture } from '../geometry/posture.ts';
import { completePose, createPoseBuffers, pointsOfElements, type PointsByBody } from '../geometry/pose.ts';
import type { FrameAdjustments } from './frame-posture.ts';
import { placeFrameBodies, type CycleKinematics } from './frame-kinematics.ts';
import { HIP_GROUP } from './gait-solver.ts';
import { defaultElements } from './default-elements.ts';

export interface FlexorTightness {
  /** Whether the iliopsoas differs from a default one at all (otherwise every extra tilt is exactly zero). */
  readonly active: boolean;
  /** Extra anterior pelvic rotation (rad) at a pose's muscle paths (`points`: computePose with paths). */
  extraTiltRad(points: Float64Array): number;
  /** The iliopsoas's path points, the only ones `extraTiltRad` reads (computePose's `withPaths`). */
  readonly points: PointsByBody;
}

export function flexorTightness(model: CompiledModel, solver: StaticSolver, standing: Posture, stiffnessNmPerRad: number): FlexorTightness {
  const t = model.elements;
  const E = t.count;
  const tight = Array.from({ length: E }, (_, e) => e).filter((e) => t.group[e] === 'iliopsoas');
  const table = defaultElements(model);
  // a default iliopsoas pulls exactly like the default table: zero extra tilt
  // (every field passiveTension reads: equal fields give an equal pull at every length)
  const fields = ['passiveE0', 'passiveE1', 'passiveForceMax', 'cosPennation', 'optimalFibreLength', 'referenceLength', 'referenceFibreLength', 'tendonSlackLength'] as const;
  const active = tight.some((e) => fields.some((f) => t[f][e] !== table[f][e]));
  const points = pointsOfElements(t, tight);
  if (!active) return { active, extraTiltRad: () => 0, points }; // nothing to prepare: the pull is the default's everywhere
  solver.prepare(standing);
  // read once here rather than per element and frame: the iliopsoas elements crossing their hip's free body
  // (anatomy: the solver's crossings, filled by prepare), ascending as before, their standing arms, and both
  // tables' reference forces (the passiveTension default argument, a WeakMap look-up per call)
  const hip = (e: number) => HIP_GROUP[t.side[e]!]! * E + e;
  const pulling = Int32Array.from(tight.filter((e) => solver.loads.crosses[hip(e)]));
  const arms = Float64Array.from(pulling, (e) => solver.loads.unitMoment[hip(e) * 3 + 2]!);
  const f0 = referencePassiveForces(t), f0Default = referencePassiveForces(table);
  const pull = (points: Float64Array): number => {
    let q = 0;
    for (let c = 0; c < pulling.length; c++) {
      const e = pulling[c]!;
      const l = pathLength(t, points, e);
      const extra = passiveTension(t, e, l, f0) - passiveTension(table, e, l, f0Default);
      q += extra * arms[c]!;
    }
    return q;
  };
  const atStanding = pull(solver.pose.points);
  const K = Math.max(stiffnessNmPerRad, 1);
  return { active, extraTiltRad: (points) => (pull(points) - atStanding) / K, points };
}

/**
 * Fills `adj.tilt` with the tightness's extra tilt of every frame, read at the frame's muscle paths before it
 * is tilted (`postureAt` writes frame i's posture into `scratch`); the cycle's last frame repeats the first.
 * `untilted` is the kinematics of those same postures (cycleKinematics): their bodies are copied from it
 * rather than placed again, and only the iliopsoas's path points are placed on them.
 */
export function tightnessTilt(model: CompiledModel, tightness: FlexorTightness, adj: FrameAdjustments, postureAt: (i: number, out: Posture) => Posture, scratch: Posture, untilted: CycleKinematics): void {
  const N = adj.tilt.length;
  const paths = createPoseBuffers(model.elements.pointCount);
  for (let i = 0; i < N - 1; i++) {
    postureAt(i, scratch);
    completePose(model.geometry, model.thoraxComAnteriorM, model.elements, scratch, paths, placeFrameBodies(untilted, i, scratch, paths), tightness.points);
    adj.tilt[i] = tightness.extraTiltRad(paths.points);
  }
  adj.tilt[N - 1] = adj.tilt[0]!;
}
