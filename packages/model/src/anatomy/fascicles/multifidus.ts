/**
 * Lumbar multifidus: the 19 AMMR fascicles per side (spec-v2 §5; docs/model.md §4
 * "Trunk fascicles"), from the lamina / spinous process of L1–L5 (z 0–5 mm) to the
 * mamillary processes two to four levels down, the sacrum, the posterior sacroiliac
 * ligament and next to the PSIS (z 13–54 mm). Nodes, vias and PCSAs (Σ 14.07 cm²)
 * from AnyBody AMMR LumbarNodes.any and MuscleParametersSpineSimpleRight.any [S].
 * Naming follows AMMR: d = deep (laminar), m = middle, ts/tst = superficial.
 */
import type { MuscleElementDef } from '../muscles.ts';
import { node, trunkFascicle, type Attachment } from './trunk-element.ts';
import type { LumbarBody } from './vertebral-landmarks.ts';

type Vec3 = readonly [number, number, number];
type At = readonly [LumbarBody | 'pelvis', Vec3];

interface MultifidusFascicle {
  readonly name: string;
  readonly pcsaCm2: number;
  /** Origin on the upper vertebra (AMMR frame, mm). */
  readonly origin: At;
  /** Insertion, then vias from the insertion upward (AMMR frames, mm). */
  readonly insertion: At;
  readonly vias?: readonly At[];
}

// mamillary-process insertions and the shared S1 node [S]
const MAM_L3: At = ['L3', [19, 83, 22]];
const MAM_L4: At = ['L4', [26, 55, 22]];
const MAM_L5: At = ['L5', [27, 25, 22]];
const S1: At = ['pelvis', [30.7, 14.2, 33.4]];

export const MULTIFIDUS: readonly MultifidusFascicle[] = [
  { name: 'MFdL1L3', pcsaCm2: 0.38, origin: ['L1', [-1, 110, 5]], insertion: MAM_L3 },
  { name: 'MFmL1L4', pcsaCm2: 0.4, origin: ['L1', [-5, 106, 5]], insertion: MAM_L4 },
  { name: 'MFtsL1L5', pcsaCm2: 0.42, origin: ['L1', [-9, 100, 0]], insertion: MAM_L5 },
  { name: 'MFtsL1S1', pcsaCm2: 0.36, origin: ['L1', [-9, 100, 0]], insertion: S1 },
  { name: 'MFtstL1SIPS', pcsaCm2: 0.6, origin: ['L1', [-9, 100, 0]], insertion: ['pelvis', [-14.9, 15.4, 54.1]], vias: [['pelvis', [5.1, 30.4, 34.1]]] },
  { name: 'MFdL2L4', pcsaCm2: 0.38, origin: ['L2', [11, 79, 5]], insertion: MAM_L4 },
  { name: 'MFmL2L5', pcsaCm2: 0.39, origin: ['L2', [7, 75, 5]], insertion: MAM_L5 },
  { name: 'MFtsL2L5', pcsaCm2: 0.39, origin: ['L2', [4, 68, 0]], insertion: MAM_L5 },
  { name: 'MFtsL2S1', pcsaCm2: 0.99, origin: ['L2', [4, 68, 0]], insertion: S1 },
  { name: 'MFtstL2SIPS', pcsaCm2: 0.99, origin: ['L2', [4, 68, 0]], insertion: ['pelvis', [-17.4, 11.9, 48.2]], vias: [['pelvis', [2.6, 21.9, 28.2]]] },
  { name: 'MFdL3L5', pcsaCm2: 0.38, origin: ['L3', [14, 53, 5]], insertion: MAM_L5 },
  { name: 'MFmL3S1', pcsaCm2: 0.54, origin: ['L3', [9, 49, 5]], insertion: S1 },
  { name: 'MFtsL3Ligament', pcsaCm2: 1.57, origin: ['L3', [4, 44, 0]], insertion: ['pelvis', [-25.6, -35.7, 38.1]], vias: [['pelvis', [-25.6, -19.1, 34.7]]] },
  { name: 'MFdL4S1', pcsaCm2: 0.38, origin: ['L4', [14, 28, 5]], insertion: S1 },
  { name: 'MFmL4Sacrum', pcsaCm2: 1.86, origin: ['L4', [9, 25, 5]], insertion: ['pelvis', [-21.3, -11.9, 25.8]] },
  { name: 'MFtsL4Sacrum', pcsaCm2: 1.86, origin: ['L4', [3, 21, 0]], insertion: ['pelvis', [-27.4, -31.7, 15.3]], vias: [['pelvis', [-17.5, -6.5, 10.4]]] },
  { name: 'MFdL5S1', pcsaCm2: 0.38, origin: ['L5', [8, 9, 5]], insertion: ['pelvis', [4.5, 9.4, 17.2]] },
  { name: 'MFmL5Sacrum', pcsaCm2: 0.9, origin: ['L5', [4, 10, 5]], insertion: ['pelvis', [2.1, 12.1, 13.0]] },
  { name: 'MFtsL5Sacrum', pcsaCm2: 0.9, origin: ['L5', [1, 7, 0]], insertion: ['pelvis', [-38.5, -54.0, 31.2]], vias: [['pelvis', [-12.1, 4.9, 11.9]]] },
];

const at = ([body, mm]: At): Attachment => node(body, mm);

/** Right-side multifidus fascicles (the left mirrors z). */
export const MULTIFIDUS_ELEMENTS: readonly MuscleElementDef[] = MULTIFIDUS.map((f) =>
  trunkFascicle(`mf_${f.name}`, 'erectorSpinae', f.pcsaCm2, [at(f.insertion), ...(f.vias ?? []).map(at), at(f.origin)]),
);
