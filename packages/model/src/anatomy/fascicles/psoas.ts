/**
 * Psoas major as 11 fascicles per side (spec-v2 §3; docs/model.md §4 "Trunk
 * fascicles"). Origins and PCSAs from AMMR ef387217 (LumbarNodes.any,
 * PsoasMajorRight.any, MuscleParametersSpineSimpleRight.any) as quoted in spec-v2 §3 [S];
 * vertebral, pelvic and brim via points make the path bear on every vertebra it
 * passes, which is what gives psoas its small sagittal and large lateral arms.
 */
import type { MuscleElementDef, PathPointDef } from '../muscles.ts';
import { TRUNK_SPECIFIC_TENSION_N_PER_CM2 } from '../trunk-constants.ts';
import { LUMBAR_BODIES, ammrPoint, ammrToPelvis, type TrunkBody } from './vertebral-landmarks.ts';

type Kind = 'I' | 'T';

interface PsoasFascicle {
  /** T12 (on the thorax) or L1–L5. */
  readonly vertebra: 'T12' | 'L1' | 'L2' | 'L3' | 'L4' | 'L5';
  readonly kind: Kind;
  /** Origin offset (mm) from the joint centre below the origin vertebra, AMMR trunk axes [S]. */
  readonly originMm: readonly [number, number, number];
  readonly pcsaCm2: number;
}

/** Spec-v2 §3 table (AMMR ef387217) [S]: Σ PCSA = 14.6 cm² per side. */
export const PSOAS_FASCICLES: readonly PsoasFascicle[] = [
  { vertebra: 'T12', kind: 'I', originMm: [18, 9, 19], pcsaCm2: 2.11 },
  { vertebra: 'L1', kind: 'I', originMm: [20, 11, 22], pcsaCm2: 2.11 },
  { vertebra: 'L1', kind: 'T', originMm: [-22, 14, 25], pcsaCm2: 0.61 },
  { vertebra: 'L2', kind: 'I', originMm: [16, 10, 22], pcsaCm2: 1.61 },
  { vertebra: 'L2', kind: 'T', originMm: [-20, 12, 25], pcsaCm2: 1.01 },
  { vertebra: 'L3', kind: 'I', originMm: [18, 10, 22], pcsaCm2: 1.91 },
  { vertebra: 'L3', kind: 'T', originMm: [-20, 18, 28], pcsaCm2: 1.73 },
  { vertebra: 'L4', kind: 'I', originMm: [19, 6, 22], pcsaCm2: 1.19 },
  { vertebra: 'L4', kind: 'T', originMm: [-16, 23, 28], pcsaCm2: 1.2 },
  { vertebra: 'L5', kind: 'I', originMm: [23, 16, 21], pcsaCm2: 0.79 },
  { vertebra: 'L5', kind: 'T', originMm: [-9, 25, 28], pcsaCm2: 0.36 },
];

/**
 * Vertebral via points (x, y mm from the lower joint of each vertebra the fascicle
 * passes): the middle of AMMR's ranges, I-type (+15…+24, +13…+18) and T-type
 * (−18…−2, 0…+18) (spec-v2 §3) [S range, E choice].
 */
const VERTEBRAL_VIA_MM: Record<Kind, readonly [number, number]> = { I: [20, 15], T: [-10, 9] };
/** Pelvic via from L5/S1: I-type (+21…+31, −32), T-type (+16, −43) mm (spec-v2 §3) [S range, E middle]. */
const PELVIC_VIA_MM: Record<Kind, readonly [number, number]> = { I: [26, -32], T: [16, -43] };

/** Pelvic brim (Rajagopal psoas_r-P2) and femoral insertion (psoas_r-P3, P4), spec-v2 §3 [S]. */
export const PSOAS_BRIM_M = [-0.0205, -0.0654, 0.0656] as const;
const PSOAS_FEMUR: readonly PathPointDef[] = [
  { body: 'femur', p: [-0.0132, -0.0467, 0.0046] },
  { body: 'femur', p: [-0.0235, -0.0524, 0.0088] },
];

const originBody = (v: PsoasFascicle['vertebra']): TrunkBody => (v === 'T12' ? 'thorax' : v);

/** Lumbar bodies below the origin vertebra, top down. */
function bodiesBelow(v: PsoasFascicle['vertebra']): TrunkBody[] {
  const top = v === 'T12' ? 5 : LUMBAR_BODIES.indexOf(v);
  return LUMBAR_BODIES.slice(0, top).reverse();
}

/**
 * The AMMR interpolation rule (spec-v2 §3): each via's z lies on the straight y–z
 * line from the origin to the iliopubic eminence, here the brim point, with y taken
 * in the pelvis frame at neutral standing [D].
 */
function zOnLine(originPelvis: readonly number[], yPelvis: number): number {
  const [, y0, z0] = originPelvis as [number, number, number];
  const t = (y0 - yPelvis) / (y0 - PSOAS_BRIM_M[1]);
  return (z0 + t * (PSOAS_BRIM_M[2] - z0)) * 1000;
}

function fascicle(f: PsoasFascicle): MuscleElementDef {
  const body = originBody(f.vertebra);
  const origin = ammrToPelvis(body, f.originMm);
  const [vx, vy] = VERTEBRAL_VIA_MM[f.kind];
  const vias = bodiesBelow(f.vertebra).map((b) => ammrPoint(b, [vx, vy, zOnLine(origin, ammrToPelvis(b, [vx, vy, 0])[1])]));
  const [px, py] = PELVIC_VIA_MM[f.kind];
  const pelvic = ammrPoint('pelvis', [px, py, zOnLine(origin, ammrToPelvis('pelvis', [px, py, 0])[1])]);
  return {
    name: `psoas_${f.vertebra}${f.kind}`,
    group: 'iliopsoas',
    fmaxN: f.pcsaCm2 * TRUNK_SPECIFIC_TENSION_N_PER_CM2, // spec-v2 §3: PCSA × 60 N/cm²
    // fibre, tendon and passive parameters of RajagopalLaiUhlrich2023 psoas_r, per fascicle [S]
    optimalFibreLengthM: 0.1169,
    tendonSlackLengthM: 0.0995,
    pennationDeg: 12.3,
    passive: { e0: -0.076, e1: 0.503 },
    calibration: 'trunk',
    points: [ammrPoint(body, f.originMm), ...vias, pelvic, { body: 'pelvis', p: PSOAS_BRIM_M }, ...PSOAS_FEMUR],
  };
}

/** Right-side psoas fascicles (the left mirrors z). */
export const PSOAS_ELEMENTS: readonly MuscleElementDef[] = PSOAS_FASCICLES.map(fascicle);
