/**
 * Passes 1–2 on the motion before any compensation (docs/model.md §9.1–§9.2): the cycle's kinematics laid
 * over the subject's own solved standing posture (the model engine's), the hip rotation a stiff or toned
 * piriformis causes (§9.3, step 6), the pelvic tilt of a tight iliopsoas (§9.3, step 4) and the lumbar
 * levels solved at every frame (lumbar-yield.ts, §9.3, step 8) laid in from the start, then every frame's kinematics (frame-kinematics.ts), the measured ground reactions
 * (ground-reactions.ts) and inverse dynamics (inverse-dynamics.ts). Every later pass sees this motion.
 */
import type { CompiledModel } from '../engine/compile.ts';
import { engineFor, type SolvedPosture } from '../engine/model-engine.ts';
import { computePose, createPoseBuffers } from '../geometry/pose.ts';
import { createPosture } from '../geometry/posture.ts';
import * as B from '../geometry/bodies.ts';
import type { GaitCycle } from './cycle.ts';
import { gaitPhases } from './phases.ts';
import { framePosture, gaitReference } from './frame-posture.ts';
import { groundReactionsForCycle, type GroundReactions } from './ground-reactions.ts';
import { REFERENCE_HEIGHT_M } from '../data/segments.ts';
import { createCycleKinematics, cycleKinematics, type CycleKinematics } from './frame-kinematics.ts';
import { createInverseDynamics, inverseDynamics } from './inverse-dynamics.ts';
import { gaitSolver } from './gait-solver.ts';
import { copShift, createAdjustments } from './compensation.ts';
import { flexorTightness, tightnessTilt } from './flexor-tightness.ts';
import { piriformisRotation } from './piriformis-rotation.ts';
import { lumbarYield, yieldLevels, type LumbarYieldPass } from './lumbar-yield.ts';
import { leftRightSymmetric } from './half-cycle-mirror.ts';
import type { OptimisationInput } from './optimisation.ts';

/** The motion every pass starts from; `kin` and `id` are its kinematics and inverse dynamics. */
export interface WalkingMotion extends OptimisationInput {
  /** The measured ground reactions, scaled to the subject. */
  readonly grf: GroundReactions;
  /** The kinematics before the tilt: the centres of pressure follow the body's centre of mass from them. */
  readonly baseline: CycleKinematics;
  /** The engine's solved standing posture the cycle is laid over. */
  readonly standing: SolvedPosture;
  /** How the lumbar posture's per-frame solve went (§9.3, step 8); null when no changed muscle crosses the lumbar spine. */
  readonly lumbarYield: LumbarYieldPass | null;
}

export function walkingMotion(model: CompiledModel, cycle: GaitCycle): WalkingMotion {
  const { frames: N, base, dtS: dt } = cycle;
  const g = model.geometry;
  const standing = engineFor(model).standing();
  const standingPose = createPoseBuffers(model.elements.pointCount);
  computePose(g, model.thoraxComAnteriorM, model.elements, standing.posture, standingPose, false);
  // the data's positions scale to this body: by height / 1.75 m for data of the reference size (the built-in subject's),
  // by height / the subject's own for a trial that says its subject's height (docs/model.md §9.1)
  const subjectHeightM = cycle.kinematics.subjectHeightM;
  const dataScale = subjectHeightM === undefined ? g.lengthScale : g.lengthScale * (REFERENCE_HEIGHT_M / subjectHeightM);
  const ref = gaitReference(base, standing.posture, standingPose.o[B.PELVIS * 3 + 1]!, g.neutralPelvisTilt, dataScale);
  const phases = gaitPhases(N, cycle.kinematics.rightToeOffFraction, cycle.durationS);
  const grf = groundReactionsForCycle(N, model.bodyMassKg, dataScale, cycle.builtIn, cycle.measured);
  const adj = createAdjustments(N);
  const solver = gaitSolver(model);
  const scratch = createPosture();
  const postureAt = (i: number, out: typeof scratch) => framePosture(base, i, ref, adj, i, out);
  // a stiff or toned piriformis turns its hip in every frame: part of the motion from the start (§9.3, step 6)
  piriformisRotation(model, solver, adj, postureAt, scratch);
  const baseline = cycleKinematics(model, base, ref, adj, dt, createCycleKinematics(N));
  const motion = { model, solver, base, ref, adj, phases, grf, baseline, standing, builtIn: cycle.builtIn };
  // a tight iliopsoas tilts the pelvis forward as the hip extends (§9.3, step 4): from each frame's muscle paths
  // before it is tilted, so the tilt is part of the motion every later pass sees (kinematics, forces, optimisation)
  const tightness = flexorTightness(model, solver, standing.posture, standing.standing.tiltStiffnessNmPerRad);
  // the lumbar levels between the pelvis and the thorax solved through the cycle (§9.3, step 8): from the frames'
  // muscle paths once the pelvis is where the tightness tilts it
  const yld = lumbarYield(model, standing.posture);
  if (!tightness.active && !yld.active) return { ...motion, kin: baseline, id: inverseDynamics(baseline, grf, null, createInverseDynamics(N)), lumbarYield: null };
  if (tightness.active) tightnessTilt(model, tightness, adj, postureAt, scratch, baseline);
  // (the yield solves a fifth of the frames: placing their bodies itself costs less than the tilted cycle's kinematics)
  const lumbar = yld.active ? yieldLevels(model, yld, adj, postureAt, scratch, baseline, cycle.builtIn && leftRightSymmetric(model.params)) : null;
  const kin = cycleKinematics(model, base, ref, adj, dt, createCycleKinematics(N));
  // the centres of pressure follow the moved body's centre of mass, as for any compensation (§9.3, step 3)
  return { ...motion, kin, id: inverseDynamics(kin, grf, copShift(baseline, kin, g.lengthScale, new Float64Array(N * 3)), createInverseDynamics(N)), lumbarYield: lumbar };
}
