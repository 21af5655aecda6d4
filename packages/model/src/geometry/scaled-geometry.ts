/**
 * The reference geometry scaled to a subject (docs/model.md §3 [E]: masses scale with
 * body mass, lengths with height/1.75) and arranged for the pose builder.
 */
import * as S from '../data/segments.ts';
import { VERTEBRA_LENGTH_M, neutralLordosisDeg, neutralPelvicTiltDeg, LORDOSIS_SPLIT } from '../data/spine.ts';

const DEG = Math.PI / 180;

export interface ScaledGeometry {
  readonly lengthScale: number;
  readonly massScale: number;
  /** Hip centre (right) in the pelvis frame; left mirrors z. */
  readonly hipR: readonly [number, number, number];
  readonly backJoint: readonly [number, number, number];
  readonly kneeInFemur: readonly [number, number, number];
  readonly ankleInTibia: readonly [number, number, number];
  /** Vertebra lengths indexed by level (0 = L1/L2: the length of L1). */
  readonly vertebraLength: readonly number[];
  /** PT of the hip→S1 line at pelvis_tilt = 0 (rad); PT = PT0 + pelvis_tilt. */
  readonly pt0: number;
  /** Angle of the S1 endplate normal from the pelvis y axis, anterior + (rad) = PI − PT0. */
  readonly sacralNormalOffset: number;
  /** Neutral standing alignment (Le Huec 2017 regressions) in rad. */
  readonly neutralPt: number;
  readonly neutralLordosis: number;
  /** pelvis_tilt coordinate of neutral standing (rad). */
  readonly neutralPelvisTilt: number;
  /** Neutral segmental lordosis angles (rad), index 0 = L1/L2. */
  readonly neutralLevelAngle: readonly number[];
  /** Thoracolumbar offset κ: thorax axis = L1 axis tilted forward by κ (rad), so the thorax is vertical in neutral standing. */
  readonly thoraxOffset: number;
  /** Segment masses (kg) and COMs in their body frames (m). */
  readonly pelvisMass: number;
  readonly pelvisCom: readonly [number, number, number];
  readonly femurMass: number;
  readonly femurCom: readonly [number, number, number];
  readonly shankFootMass: number;
  readonly shankFootCom: readonly [number, number, number];
  readonly vertebraMass: readonly number[]; // by level index of the vertebra above (0 = L1)
  readonly vertebraCom: readonly (readonly [number, number, number])[];
  readonly thoraxMass: number;
  /** Thorax COM height above T12/L1 along its axis; its anterior offset is calibrated later (balance). */
  readonly thoraxComHeight: number;
  readonly totalMass: number;
}

/** Anterior offset of the lumbar trunk slices' COM from the vertebral axis (abdominal contents) [E]. */
export const LUMBAR_SLICE_COM_ANTERIOR_M = 0.03;

export function scaleGeometry(massKg: number, heightM: number, pelvicIncidenceDeg: number): ScaledGeometry {
  const ls = heightM / S.REFERENCE_HEIGHT_M;
  const ms = massKg / S.REFERENCE_MASS_KG;
  const sc = (p: readonly number[]): [number, number, number] => [p[0]! * ls, p[1]! * ls, p[2]! * ls];

  const hipR = sc(S.HIP_CENTRE_R_M);
  const backJoint = sc(S.BACK_JOINT_M);
  const pt0 = Math.atan2(-(backJoint[0] - hipR[0]), backJoint[1] - hipR[1]);
  const pi = pelvicIncidenceDeg * DEG;
  const neutralPt = neutralPelvicTiltDeg(pelvicIncidenceDeg) * DEG;
  const neutralLordosis = neutralLordosisDeg(pelvicIncidenceDeg) * DEG;
  const neutralSs = pi - neutralPt;
  const vertebraLength = VERTEBRA_LENGTH_M.map((l) => l * ls);

  // lumbar slices: Christophy masses; L1..L5 listed top-down, index 0 = L1
  const vertebraMass = S.LUMBAR_MASS_KG.map((m) => m * ms);
  const vertebraCom = vertebraLength.map((l) => [LUMBAR_SLICE_COM_ANTERIOR_M * ls, l / 2, 0] as [number, number, number]);

  // thorax = HAT minus the lumbar slices, COM height chosen so the HAT's
  // combined COM stays 0.32 m above the back joint (gait2392) on a straight spine [D]
  const hatMass = S.HAT_MASS_KG * ms;
  const lumbarMass = vertebraMass.reduce((a, b) => a + b, 0);
  const thoraxMass = hatMass - lumbarMass;
  let height = 0;
  let lumbarMoment = 0;
  for (let k = 4; k >= 0; k--) {
    lumbarMoment += vertebraMass[k]! * (height + vertebraLength[k]! / 2);
    height += vertebraLength[k]!;
  }
  const hatComHeight = S.HAT_COM_FROM_BACK_JOINT_M[1] * ls;
  const thoraxComHeight = (hatMass * hatComHeight - lumbarMoment) / thoraxMass - height;

  const tibiaMass = S.SHANK_MASS_KG * ms;
  const footMass = S.FOOT_MASS_KG * ms;
  const shankCom = sc(S.SHANK_COM_M);
  const ankle = sc(S.ANKLE_IN_TIBIA_M);
  const footCom = [ankle[0] + S.FOOT_COM_FROM_ANKLE_M[0] * ls, ankle[1] + S.FOOT_COM_FROM_ANKLE_M[1] * ls, 0];
  const shankFootMass = tibiaMass + footMass;
  const shankFootCom: [number, number, number] = [
    (tibiaMass * shankCom[0] + footMass * footCom[0]!) / shankFootMass,
    (tibiaMass * shankCom[1] + footMass * footCom[1]!) / shankFootMass,
    0,
  ];

  const pelvisMass = S.PELVIS_MASS_KG * ms;
  const femurMass = S.FEMUR_MASS_KG * ms;
  return {
    lengthScale: ls,
    massScale: ms,
    hipR,
    backJoint,
    kneeInFemur: sc(S.KNEE_IN_FEMUR_M),
    ankleInTibia: ankle,
    vertebraLength,
    pt0,
    sacralNormalOffset: pi - pt0,
    neutralPt,
    neutralLordosis,
    neutralPelvisTilt: neutralPt - pt0,
    neutralLevelAngle: LORDOSIS_SPLIT.map((f) => f * neutralLordosis),
    thoraxOffset: neutralLordosis - neutralSs,
    pelvisMass,
    pelvisCom: sc(S.PELVIS_COM_M),
    femurMass,
    femurCom: sc(S.FEMUR_COM_M),
    shankFootMass,
    shankFootCom,
    vertebraMass,
    vertebraCom,
    thoraxMass,
    thoraxComHeight,
    totalMass: pelvisMass + 2 * (femurMass + shankFootMass) + hatMass,
  };
}
