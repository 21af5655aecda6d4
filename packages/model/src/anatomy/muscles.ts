/**
 * Muscle elements of the right side (the left side mirrors z). Each element is a
 * straight-line path through points fixed on bodies (no wrapping, spec §8).
 *
 * Hip muscles: Fmax, optimal fibre length and pennation from RajagopalLaiUhlrich2023
 * (opensim-models 20a888b, shared/data/hip_muscle_params_and_neutral_moment_arms.csv) [S];
 * path points from Rajagopal2016 (shared/data/muscle_path_points_right_side.csv) [S];
 * passive strains e0/e1 from Uhlrich 2022 (spec §4.1) [S].
 * Trunk muscles: psoas, erector spinae, multifidus and quadratus lumborum as
 * fascicles per level (anatomy/fascicles/, spec-v2 §3 and §5, AMMR PCSAs [S]);
 * rectus abdominis and the obliques as single lines (gait2392 oblique paths [S]).
 */
import type { MuscleGroup } from '../params/fields.ts';
import { TRUNK_SPECIFIC_TENSION_N_PER_CM2 } from './trunk-constants.ts';
import { PSOAS_ELEMENTS } from './fascicles/psoas.ts';
import { ERECTOR_SPINAE_ELEMENTS } from './fascicles/erector-spinae.ts';
import { MULTIFIDUS_ELEMENTS } from './fascicles/multifidus.ts';
import { QUADRATUS_LUMBORUM_ELEMENTS } from './fascicles/quadratus-lumborum.ts';

export type BodyName = 'pelvis' | 'femur' | 'tibia' | 'L5' | 'L4' | 'L3' | 'L2' | 'L1' | 'thorax';

export interface PathPointDef {
  readonly body: BodyName;
  /** Position in the body frame, right side (m). */
  readonly p: readonly [number, number, number];
}

export interface MuscleElementDef {
  readonly name: string;
  readonly group: MuscleGroup;
  /** Maximum isometric force as published (N), before the strength calibration. */
  readonly fmaxN: number;
  readonly optimalFibreLengthM: number;
  /** Tendon slack length (m), used for the series-elastic stretch under passive tension; 0 = rigid. */
  readonly tendonSlackLengthM: number;
  readonly pennationDeg: number;
  /** Passive fibre strain at zero force and at one normalised force (Uhlrich 2022), or null = no passive fibre force. */
  readonly passive: { readonly e0: number; readonly e1: number } | null;
  /** 'hip' elements get the voluntary-strength calibration (spec §3.1); 'trunk' elements use PCSA × specific tension. */
  readonly calibration: 'hip' | 'trunk';
  readonly points: readonly PathPointDef[];
}

export { TRUNK_SPECIFIC_TENSION_N_PER_CM2 };
const T = TRUNK_SPECIFIC_TENSION_N_PER_CM2;

/** Default passive curve (Rajagopal/Millard defaults e0 = 0, e1 = 0.7) [S]. */
const DEFAULT_PASSIVE = { e0: 0, e1: 0.7 } as const;

function rajagopal(
  name: string,
  group: MuscleGroup,
  fmaxN: number,
  lopt: number,
  lts: number,
  pennationDeg: number,
  passive: { e0: number; e1: number },
  points: PathPointDef[],
): MuscleElementDef {
  return { name, group, fmaxN, optimalFibreLengthM: lopt, tendonSlackLengthM: lts, pennationDeg, passive, calibration: 'hip', points };
}

export const MUSCLE_ELEMENTS: readonly MuscleElementDef[] = [
  // gluteus maximus — RajagopalLaiUhlrich2023 params, Rajagopal2016 paths [S]
  rajagopal('glmax1', 'gluteusMaximus', 983.8, 0.1469, 0.0873, 20.3, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.1231, 0.0345, 0.0563] },
    { body: 'pelvis', p: [-0.1257, -0.0242, 0.0779] },
    { body: 'femur', p: [-0.0444, -0.0326, 0.0302] },
    { body: 'femur', p: [-0.0277, -0.0566, 0.047] },
  ]),
  rajagopal('glmax2', 'gluteusMaximus', 1406.0, 0.1569, 0.109, 21.0, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.1317, 0.0087, 0.0462] },
    { body: 'pelvis', p: [-0.1344, -0.0609, 0.0813] },
    { body: 'femur', p: [-0.045, -0.0584, 0.0252] },
    { body: 'femur', p: [-0.0156, -0.1016, 0.0419] },
  ]),
  rajagopal('glmax3', 'gluteusMaximus', 947.8, 0.1669, 0.103, 21.9, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.13, -0.0525, 0.009] },
    { body: 'pelvis', p: [-0.1273, -0.1263, 0.0435] },
    { body: 'femur', p: [-0.0281, -0.1125, 0.0094] },
    { body: 'femur', p: [-0.006, -0.1419, 0.0411] },
  ]),
  // gluteus medius
  rajagopal('glmed1', 'gluteusMedius', 1093.5, 0.0764, 0.0585, 18.1, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.0445, 0.0245, 0.1172] },
    { body: 'femur', p: [-0.0218, -0.0117, 0.0555] },
  ]),
  rajagopal('glmed2', 'gluteusMedius', 765.1, 0.084, 0.0755, 18.1, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.085, 0.0316, 0.0675] },
    { body: 'femur', p: [-0.0258, -0.0058, 0.0527] },
  ]),
  rajagopal('glmed3', 'gluteusMedius', 871.2, 0.0781, 0.0484, 18.1, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.1152, -0.0073, 0.0526] },
    { body: 'femur', p: [-0.0309, -0.0047, 0.0518] },
  ]),
  // gluteus minimus
  rajagopal('glmin1', 'gluteusMinimus', 374.0, 0.0812, 0.0193, 10.0, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.0464, -0.0149, 0.1042] },
    { body: 'femur', p: [-0.0072, -0.0104, 0.056] },
  ]),
  rajagopal('glmin2', 'gluteusMinimus', 394.8, 0.0686, 0.032, 0.0, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.0616, -0.0142, 0.0971] },
    { body: 'femur', p: [-0.0096, -0.0104, 0.056] },
  ]),
  rajagopal('glmin3', 'gluteusMinimus', 446.8, 0.0352, 0.0472, 1.0, DEFAULT_PASSIVE, [
    { body: 'pelvis', p: [-0.0789, -0.0155, 0.0798] },
    { body: 'femur', p: [-0.0135, -0.0083, 0.055] },
  ]),
  // iliopsoas: iliacus (Rajagopal) + the psoas fascicles below
  rajagopal('iliacus', 'iliopsoas', 1021.1, 0.1066, 0.0961, 16.0, { e0: -0.161, e1: 0.502 }, [
    { body: 'pelvis', p: [-0.0605, 0.0309, 0.0843] },
    { body: 'pelvis', p: [-0.0135, -0.0557, 0.0756] },
    { body: 'femur', p: [-0.0023, -0.0565, 0.0139] },
    { body: 'femur', p: [-0.0122, -0.0637, 0.0196] },
  ]),
  // psoas major: 11 fascicles (T12I, L1I/T … L5I/T) with vertebral, pelvic and brim vias (spec-v2 §3)
  ...PSOAS_ELEMENTS,
  // piriformis
  rajagopal('piri', 'piriformis', 1029.8, 0.026, 0.1149, 10.0, { e0: -0.183, e1: 0.703 }, [
    { body: 'pelvis', p: [-0.10181, -0.00653, 0.01351] },
    { body: 'pelvis', p: [-0.10202, -0.03066, 0.06092] },
    { body: 'femur', p: [-0.0148, -0.0036, 0.0437] },
  ]),
  // tensor fasciae latae (Fmax/lopt/pennation RajagopalLaiUhlrich2023; Rajagopal2016 path)
  rajagopal('tfl', 'tensorFasciaeLatae', 411.2, 0.0931, 0.4407, 3.0, { e0: 0.157, e1: 0.639 }, [
    { body: 'pelvis', p: [-0.0311, 0.0214, 0.1241] },
    { body: 'femur', p: [0.0294, -0.0995, 0.0597] },
    { body: 'femur', p: [0.0107, -0.405, 0.0324] },
    { body: 'tibia', p: [0.0108, -0.041, 0.0346] },
  ]),
  // hamstrings (Rajagopal Fmax, spec §3.1 table [S]; gait2392 optimal fibre lengths [S]; Uhlrich passive [S])
  rajagopal('semimem', 'hamstrings', 2201, 0.08, 0.359, 15.0, { e0: 0.154, e1: 0.704 }, [
    { body: 'pelvis', p: [-0.0987, -0.114, 0.0614] },
    { body: 'tibia', p: [-0.029, -0.0417, -0.0196] },
  ]),
  rajagopal('bflh', 'hamstrings', 1313, 0.109, 0.326, 0.0, { e0: 0.137, e1: 0.705 }, [
    { body: 'pelvis', p: [-0.104, -0.1191, 0.0586] },
    { body: 'tibia', p: [-0.0337, -0.035, 0.0253] },
    { body: 'tibia', p: [-0.0287, -0.0455, 0.0303] },
  ]),
  // rectus femoris: the main two-joint hip flexor of late stance (Rajagopal Fmax, gait2392 fibre/tendon
  // lengths, Uhlrich passive [S]); path pelvis → front of the knee (gait2392 P2, standing in for the
  // patella) → tibial tuberosity (Rajagopal P5) [S]
  rajagopal('recfem', 'rectusFemoris', 2191.7, 0.114, 0.31, 5.0, { e0: 0.2, e1: 0.9 }, [
    { body: 'pelvis', p: [-0.024, -0.0388, 0.0933] },
    { body: 'femur', p: [0.0334, -0.403, 0.0019] },
    { body: 'tibia', p: [0.0326, -0.0631, -0.0005] },
  ]),
  // adductors: longus and brevis lumped on the adductor longus path (Rajagopal Fmax 916.8 + 625.8 N,
  // RajagopalLaiUhlrich2023 addlong fibre, tendon and passive values; gait2392 path) [S]
  rajagopal('adductors', 'adductors', 916.8 + 625.8, 0.1082, 0.1318, 7.9, { e0: -0.194, e1: 0.501 }, [
    { body: 'pelvis', p: [-0.0316, -0.0836, 0.0169] },
    { body: 'femur', p: [0.005, -0.2111, 0.0234] },
  ]),
  // erector spinae (ILpl, LTpl, thoracic ILpt/LTpt) and multifidus per level (spec-v2 §5)
  ...ERECTOR_SPINAE_ELEMENTS,
  ...MULTIFIDUS_ELEMENTS,
  // quadratus lumborum: iliac crest → rib 12 and L1–L4 transverse processes (spec-v2 §5)
  ...QUADRATUS_LUMBORUM_ELEMENTS,
  // abdominals: rectus abdominis (7.9 cm², McGill 1988 via AMMR) and obliques (gait2392 paths; AMMR areas 6.24 / 6.2 cm²)
  {
    name: 'rectus_abdominis',
    group: 'abdominals',
    fmaxN: 7.9 * T,
    optimalFibreLengthM: 0.3,
    tendonSlackLengthM: 0,
    pennationDeg: 0,
    passive: null,
    calibration: 'trunk',
    points: [
      { body: 'pelvis', p: [0.0, -0.085, 0.015] }, // pubic crest [E]
      { body: 'thorax', p: [0.1, 0.17, 0.04] }, // costal cartilages 5–7 [E]
    ],
  },
  {
    name: 'ext_oblique',
    group: 'abdominals',
    fmaxN: 6.24 * T,
    optimalFibreLengthM: 0.15,
    tendonSlackLengthM: 0,
    pennationDeg: 0,
    passive: null,
    calibration: 'trunk',
    points: [
      { body: 'pelvis', p: [-0.03, -0.0636, 0.01] }, // extobl_r-P1 [S]
      { body: 'thorax', p: [0.065, -0.05, 0.11] }, // extobl_r-P2 (torso 0.11 above the back joint) [S]
    ],
  },
  {
    name: 'int_oblique',
    group: 'abdominals',
    fmaxN: 6.2 * T,
    optimalFibreLengthM: 0.12,
    tendonSlackLengthM: 0,
    pennationDeg: 0,
    passive: null,
    calibration: 'trunk',
    points: [
      { body: 'pelvis', p: [-0.04, 0.07, 0.1157] }, // intobl_r-P1 [S]
      { body: 'thorax', p: [0.07, 0.0, 0.015] }, // intobl_r-P2 (torso 0.16 above the back joint) [S]
    ],
  },
];
