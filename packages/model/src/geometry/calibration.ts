/**
 * Sagittal balance calibration [E]: the thoracic spine is not modelled, so the
 * anterior offset of the thorax COM is chosen so that in neutral standing the
 * whole-body gravity line falls 9 mm anterior to the hip axis (Vaz 2002) [S].
 * Equivalent to assuming the thoracic curve completes the balance for this PI.
 */
import type { ScaledGeometry } from './scaled-geometry.ts';
import type { ElementTable } from './elements.ts';
import { GRAVITY_LINE_ANTERIOR_TO_HIPS_M } from '../data/segments.ts';
import { computePose, createPoseBuffers, massCentre } from './pose.ts';
import { neutralStanding } from './targets.ts';
import * as B from './bodies.ts';

export function calibrateBalance(g: ScaledGeometry, t: ElementTable): number {
  const pose = createPoseBuffers(t.pointCount);
  computePose(g, 0, t, neutralStanding(g), pose);
  const com = new Float64Array(3);
  const total = massCentre(pose, B.ALL_MASK, com);
  const hipX = 0.5 * (pose.o[B.FEMUR_L * 3]! + pose.o[B.FEMUR_R * 3]!);
  const target = hipX + GRAVITY_LINE_ANTERIOR_TO_HIPS_M * g.lengthScale;
  // the thorax is vertical in neutral standing, so its local x is the world x
  return (total * (target - com[0]!)) / g.thoraxMass;
}
