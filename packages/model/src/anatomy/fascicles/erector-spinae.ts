/**
 * Erector spinae as fascicles per level (spec-v2 §5; docs/model.md §4 "Trunk
 * fascicles"): iliocostalis and longissimus pars lumborum (ILpl L1–L4, LTpl L1–L5)
 * from the ilium to each lumbar vertebra, and the thoracic parts (ILpt, LTpt) from
 * the thorax to the lumbar vertebrae, ilium and sacrum with a via point on every
 * lumbar vertebra they pass (the AMMR LSNode rule), so their tension loads every
 * level they cross.
 *
 * Nodes and PCSAs: AnyBody AMMR (LumbarNodes.any, MuscleParametersSpineSimpleRight.any;
 * spec-v2 §5 quotes the same model, ef387217) [S]. Thoracic attachments are [E]: the
 * AMMR thoracic nodes were not ported, and the AMMR fascicles are lumped (below).
 */
import type { MuscleElementDef } from '../muscles.ts';
import { node, trunkFascicle, viaOnLine, viasAbove, type Attachment } from './trunk-element.ts';
import { LUMBAR_BODIES, type LumbarBody } from './vertebral-landmarks.ts';

type Vec3 = readonly [number, number, number];

/** AMMR "LSNode" of each vertebra (mm, AMMR frame), where the long fascicles pass (L5: its LTpt via node) [S]. */
const LS_NODE_MM: Record<LumbarBody, readonly [number, number]> = {
  L5: [-16, 11],
  L4: [-3, 29],
  L3: [-3, 51],
  L2: [-4, 74],
  L1: [-17, 106],
};

interface LumbarFascicle {
  readonly vertebra: LumbarBody;
  readonly pcsaCm2: number;
  /** Insertion on the vertebra (AMMR frame, mm). */
  readonly vertebralNode: Vec3;
  /** Origin on the ilium (AMMR frame, mm). */
  readonly iliacNode: Vec3;
  /** Vertebrae the AMMR path passes through, with the x shift AMMR gives the LSNode there (mm). */
  readonly vias: readonly (readonly [LumbarBody, number])[];
}

/** ILpl: transverse-process tip → iliac crest, PCSA 1.08/1.54/1.82/1.89 cm² [S]. */
export const ILPL: readonly LumbarFascicle[] = [
  { vertebra: 'L1', pcsaCm2: 1.08, vertebralNode: [2, 136, 34], iliacNode: [-0.5, 35.5, 55.5], vias: [['L2', 5], ['L3', 0], ['L4', -5]] },
  { vertebra: 'L2', pcsaCm2: 1.54, vertebralNode: [13, 104, 34], iliacNode: [-5.7, 31.8, 54.9], vias: [['L3', 0], ['L4', -5]] },
  { vertebra: 'L3', pcsaCm2: 1.82, vertebralNode: [19, 78, 35], iliacNode: [-9.9, 28.0, 52.9], vias: [] },
  { vertebra: 'L4', pcsaCm2: 1.89, vertebralNode: [25, 50, 35], iliacNode: [-12.6, 21.1, 50.3], vias: [] },
];

/** LTpl: accessory process → PSIS / ilium, PCSA 0.79/0.91/1.03/1.10/1.16 cm² [S]. */
export const LTPL: readonly LumbarFascicle[] = [
  { vertebra: 'L1', pcsaCm2: 0.79, vertebralNode: [3, 136, 27], iliacNode: [7.0, 39.1, 60.4], vias: [['L2', 5], ['L3', 0]] },
  { vertebra: 'L2', pcsaCm2: 0.91, vertebralNode: [15, 105, 27], iliacNode: [6.2, 39.5, 56.8], vias: [['L3', 0]] },
  { vertebra: 'L3', pcsaCm2: 1.03, vertebralNode: [22, 79, 28], iliacNode: [6.4, 37.7, 53.6], vias: [] },
  { vertebra: 'L4', pcsaCm2: 1.1, vertebralNode: [28, 51, 28], iliacNode: [7.1, 33.5, 49.3], vias: [] },
  { vertebra: 'L5', pcsaCm2: 1.16, vertebralNode: [28, 22, 28], iliacNode: [6.0, 13.0, 21.0], vias: [] },
];

function lumbarFascicle(kind: 'ILpl' | 'LTpl', f: LumbarFascicle): MuscleElementDef {
  const vias = [...f.vias].reverse().map(([b, dx]) => viaOnLine(b, [LS_NODE_MM[b][0] + dx, LS_NODE_MM[b][1]], f.iliacNode, f.vertebralNode));
  const origin = node('pelvis', f.iliacNode);
  return trunkFascicle(`es_${kind}_${f.vertebra}`, 'erectorSpinae', f.pcsaCm2, [origin, ...viasAbove(origin, vias), node(f.vertebra, f.vertebralNode)]);
}

/**
 * Thoracic parts, lumped from AMMR's 8 ILpt and 12 LTpt fascicles (Σ 16.6 cm² [S]):
 * - ILpt (C5–C12, Σ 5.48 cm² [S]): lower ribs → iliac crest (AMMR ILptC9CI node) [S pelvis, E thorax];
 * - LTpt T2–T5 → L2–L5 (0.57/0.56/0.45/0.44 cm² [S]): thoracic transverse processes → each lumbar vertebra (AMMR LTptTkLk nodes) [S lumbar, E thorax];
 *   T1→L1 (0.29 cm²) crosses no lumbar level and is left out, so the thoracic ES here is 16.3 cm²;
 * - LTpt T6–T12 (Σ 8.78 cm² [S]): → dorsal sacrum (AMMR LTptT12Sacrum node and its via) [S pelvis, E thorax].
 * The thorax attachments are [E]: rib angles 55 mm lateral, thoracic transverse processes 25 mm lateral.
 */
const ILPT_PCSA_CM2 = 0.23 + 0.32 + 0.39 + 0.34 + 0.5 + 1.0 + 1.23 + 1.47;
const LTPT_SACRAL_PCSA_CM2 = 0.64 + 0.78 + 1.25 + 1.46 + 1.6 + 1.67 + 1.38;
const LTPT_LUMBAR: Readonly<Record<LumbarBody, { pcsaCm2: number; node: Vec3 }>> = {
  L1: { pcsaCm2: 0.29, node: [-17, 114, 0] },
  L2: { pcsaCm2: 0.57, node: [-5, 82, 0] },
  L3: { pcsaCm2: 0.56, node: [-3, 60, 0] },
  L4: { pcsaCm2: 0.45, node: [-1, 38, 0] },
  L5: { pcsaCm2: 0.44, node: [1, 16, 0] },
};
/** Thorax ends [E], as offsets (mm) from T12/L1 in AMMR axes. */
const ILPT_THORAX_MM = [-55, 70, 60] as const;
const LTPT_THORAX_MM = [-45, 90, 25] as const;
/** Pelvic ends (AMMR frame, mm) [S]. */
const ILPT_ILIAC_NODE: Vec3 = [-2.2, 30.2, 50.0];
const LTPT_SACRUM_NODE: Vec3 = [-30.9 - 5, -38.9, 30.2];
const LTPT_SACRUM_VIA_NODE: Vec3 = [-30.9, -8.9, 32.7];

/** Vias on every lumbar body from `lowest` up to L1 (bottom up), z on the line between the ends [S rule]. */
function lumbarVias(lowest: LumbarBody, bottom: Vec3, topZ: number, topY: number): Attachment[] {
  const from = LUMBAR_BODIES.indexOf(lowest);
  return LUMBAR_BODIES.slice(from).map((b) => viaOnLine(b, LS_NODE_MM[b], bottom, [0, topY, topZ]));
}

function thoracicParts(): MuscleElementDef[] {
  const thoraxY = (mm: readonly number[]) => 154 + mm[1]!; // AMMR y of a thorax offset (T12/L1 node at y 154)
  const ilptOrigin = node('pelvis', ILPT_ILIAC_NODE);
  const ilpt = trunkFascicle('es_ILpt', 'erectorSpinae', ILPT_PCSA_CM2, [
    ilptOrigin,
    ...viasAbove(ilptOrigin, lumbarVias('L5', ILPT_ILIAC_NODE, ILPT_THORAX_MM[2], thoraxY(ILPT_THORAX_MM))),
    { body: 'thorax', mm: ILPT_THORAX_MM },
  ]);
  const ltptSacral = trunkFascicle('es_LTpt_sacral', 'erectorSpinae', LTPT_SACRAL_PCSA_CM2, [
    node('pelvis', LTPT_SACRUM_NODE),
    node('pelvis', LTPT_SACRUM_VIA_NODE),
    ...viasAbove(node('pelvis', LTPT_SACRUM_VIA_NODE), lumbarVias('L5', LTPT_SACRUM_VIA_NODE, LTPT_THORAX_MM[2], thoraxY(LTPT_THORAX_MM))),
    { body: 'thorax', mm: LTPT_THORAX_MM },
  ]);
  // T1→L1 crosses no lumbar level (the thorax is rigid on L1), so it is left out [E]
  const ltptLumbar = LUMBAR_BODIES.filter((v) => v !== 'L1').map((v) => {
    const d = LTPT_LUMBAR[v];
    const above = LUMBAR_BODIES.slice(LUMBAR_BODIES.indexOf(v) + 1);
    const vias = above.map((b) => viaOnLine(b, LS_NODE_MM[b], d.node, [0, thoraxY(LTPT_THORAX_MM), LTPT_THORAX_MM[2]]));
    return trunkFascicle(`es_LTpt_${v}`, 'erectorSpinae', d.pcsaCm2, [node(v, d.node), ...vias, { body: 'thorax', mm: LTPT_THORAX_MM }]);
  });
  return [ilpt, ltptSacral, ...ltptLumbar];
}

/** Right-side erector spinae fascicles (the left mirrors z). */
export const ERECTOR_SPINAE_ELEMENTS: readonly MuscleElementDef[] = [
  ...ILPL.map((f) => lumbarFascicle('ILpl', f)),
  ...LTPL.map((f) => lumbarFascicle('LTpl', f)),
  ...thoracicParts(),
];
