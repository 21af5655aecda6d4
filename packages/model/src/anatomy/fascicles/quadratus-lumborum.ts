/**
 * Quadratus lumborum as five slips (spec-v2 §5; docs/model.md §4 "Trunk
 * fascicles"): from the iliac crest to the 12th rib and to the transverse processes
 * of L1–L4. PCSAs, the crest node and the transverse-process nodes from AnyBody AMMR
 * (MuscleParametersSpineSimpleRight.any, LumbarNodes.any; quoted in spec-v2 §5) [S];
 * the rib-12 attachment is [E].
 */
import type { MuscleElementDef } from '../muscles.ts';
import { node, trunkFascicle, type Attachment } from './trunk-element.ts';

/** Slip PCSAs (cm²) [S]. */
export const QL_PCSA_CM2 = { rib12: 1.28, L1: 0.88, L2: 0.8, L3: 0.75, L4: 0.7 } as const;

/**
 * Iliac crest origin. The spec quotes (0.038, 0.0465, 0.083) m: that is AMMR's QLNode
 * in AMMR's pelvis frame (not ours: with x anterior it would lie in front of the
 * ASIS), whose L5–sacrum joint node is (0.043, −0.005, 0); so the crest lies 5 mm
 * behind, 51.5 mm above and 83 mm right of our back joint, i.e. at
 * (−0.1057, 0.133, 0.083) m in our pelvis frame [D].
 */
export const QL_ILIAC_CREST_NODE_MM = [38, 46.5, 83] as const;
/** Transverse-process nodes QLLk_CINode (AMMR lumbar frame, mm) [S]. */
const TP_NODE_MM = { L1: [8, 137, 32], L2: [19, 105, 32], L3: [26, 79, 33], L4: [31, 50, 33] } as const;
/** Medial half of the 12th rib, from T12/L1 in AMMR axes [E]: 35 mm behind and 25 mm above the joint, 60 mm lateral. */
const RIB12_MM = [-35, 25, 60] as const;

const crest: Attachment = node('pelvis', QL_ILIAC_CREST_NODE_MM);

/** Right-side QL slips (the left mirrors z). */
export const QUADRATUS_LUMBORUM_ELEMENTS: readonly MuscleElementDef[] = [
  trunkFascicle('ql_rib12', 'quadratusLumborum', QL_PCSA_CM2.rib12, [crest, { body: 'thorax', mm: RIB12_MM }]),
  ...(['L1', 'L2', 'L3', 'L4'] as const).map((v) => trunkFascicle(`ql_${v}`, 'quadratusLumborum', QL_PCSA_CM2[v], [crest, node(v, TP_NODE_MM[v])])),
];
