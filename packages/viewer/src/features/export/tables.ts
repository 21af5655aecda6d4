/**
 * The shown model answer as CSV and JSON for download. Pure (no DOM), so the
 * unit tests run it on real model results.
 *
 * Column names are the model's own field paths, which carry their units in
 * one word of the path (…Deg, …N, …Nm, …MPa, …M, …S, …Percent; `asymmetryIndex`
 * and `facetShare` are ratios; a vector's component follows its field, as in
 * `groundReactionForceN.left.x`): a column can be traced to the model's result types
 * (packages/model/src/result/types.ts, gait/types.ts) and to the page's
 * `data-metric` read-outs.
 * Numbers are written in JavaScript's shortest round-trip form, so parsing a
 * cell gives back exactly the model's double.
 */
import { LEVELS, type GaitLevelSeries, type GaitResult, type GaitVectorSeries, type LevelResult, type ModelParams, type TaskResult } from '@lumbo/model';
import { csvLine, gaitToJson } from '@lumbo/scenarios/format';
import type { Answer, ViewerTask } from '../../lib/viewer-task.ts';

/** Printed in every export (file and caption): the viewer's outputs are what-ifs of a model. */
export const EXPORT_DISCLAIMER = 'Lumbo — education and research tool, not a diagnostic device';

export interface Column<R> {
  readonly name: string;
  readonly value: (row: R) => number | string;
}

function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return columns.length === 0 ? '' : csvLine(columns.map((c) => c.name)) + rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join('');
}

// ---------------------------------------------------------------- static task

const LEVEL_FIELDS = [
  'angleDeg',
  'compressionN',
  'discCompressionN',
  'leftCompressionN',
  'rightCompressionN',
  'asymmetryIndex',
  'apShearN',
  'mlShearN',
  'lateralMomentNm',
  'intradiscalPressureMPa',
  'facetShare',
] as const satisfies readonly (keyof LevelResult)[];

interface LevelRow {
  readonly result: TaskResult;
  readonly level: LevelResult;
}

/** Posture scalars, repeated on every level row so one row stands alone (a tidy table). */
const POSTURE_COLUMNS: readonly Column<LevelRow>[] = [
  { name: 'pelvis.anteriorTiltDeg', value: (r) => r.result.pelvis.anteriorTiltDeg },
  { name: 'pelvis.pelvicTiltDeg', value: (r) => r.result.pelvis.pelvicTiltDeg },
  { name: 'pelvis.sacralSlopeDeg', value: (r) => r.result.pelvis.sacralSlopeDeg },
  { name: 'pelvis.pelvicIncidenceDeg', value: (r) => r.result.pelvis.pelvicIncidenceDeg },
  { name: 'pelvis.obliquityDeg', value: (r) => r.result.pelvis.obliquityDeg },
  { name: 'lumbar.lordosisDeg', value: (r) => r.result.lumbar.lordosisDeg },
  { name: 'trunk.forwardLeanDeg', value: (r) => r.result.trunk.forwardLeanDeg },
  { name: 'trunk.lateralLeanDeg', value: (r) => r.result.trunk.lateralLeanDeg },
  ...(['left', 'right'] as const).flatMap((side) =>
    (['flexionDeg', 'adductionDeg', 'contactForceN', 'abductorDemandNm', 'abductorCapacityNm'] as const).map(
      (field): Column<LevelRow> => ({ name: `hips.${side}.${field}`, value: (r) => r.result.hips[side][field] }),
    ),
  ),
  { name: 'bodyWeightN', value: (r) => r.result.bodyWeightN },
];

export const STATIC_COLUMNS: readonly Column<LevelRow>[] = [
  { name: 'level', value: (r) => r.level.level },
  ...LEVEL_FIELDS.map((field): Column<LevelRow> => ({ name: field, value: (r) => r.level[field] })),
  ...POSTURE_COLUMNS,
];

/** One row per lumbar level (L1/L2 … L5/S1) with that level's loads and the posture of the whole task. */
export function staticResultCsv(result: TaskResult): string {
  return toCsv(
    STATIC_COLUMNS,
    result.lumbar.levels.map((level) => ({ result, level })),
  );
}

// ---------------------------------------------------------------- gait cycle

interface FrameRow {
  readonly gait: GaitResult;
  readonly i: number;
}

const at = (series: Float64Array | Uint8Array, i: number): number => series[i] ?? Number.NaN;

const SIDED_SERIES = ['hipAbductorDemandNm', 'hipAbductorCapacityNm', 'hipContactForceN', 'pelvicDropDeg', 'trunkLeanCompensationDeg', 'trunkLurchDeg', 'hipFlexorDemandNm', 'hipFlexorCapacityNm', 'hipFlexorDeficitNm', 'hipRotationPiriformisDeg'] as const satisfies readonly (keyof GaitResult)[];
const LEVEL_SERIES = ['compressionN', 'leftCompressionN', 'rightCompressionN', 'asymmetryIndex', 'lateralBendDeg', 'axialRotationDeg', 'leftFacetForceN', 'rightFacetForceN'] as const satisfies readonly (keyof GaitLevelSeries)[];
/** The rest of each level's series, in a block of their own after the first columns so that those keep their places. */
const MORE_LEVEL_SERIES = ['apShearN', 'mlShearN', 'lateralMomentNm', 'intradiscalPressureMPa', 'axialMomentNm'] as const satisfies readonly (keyof GaitLevelSeries)[];
const SIDES = ['left', 'right'] as const;
const AXES = ['x', 'y', 'z'] as const satisfies readonly (keyof GaitVectorSeries)[];
const FRAME_SERIES = [
  'timeS',
  'cyclePercent',
  'pelvicObliquityDeg',
  'anteriorPelvicTiltDeg',
  'pelvicTiltDeg',
  'sacralSlopeDeg',
  'trunkLateralLeanDeg',
  'trunkForwardLeanDeg',
  'trunkForwardCompensationDeg',
  'lordosisDeg',
] as const satisfies readonly (keyof GaitResult)[];

export const GAIT_COLUMNS: readonly Column<FrameRow>[] = [
  { name: 'frame', value: (r) => r.i },
  ...FRAME_SERIES.map((key): Column<FrameRow> => ({ name: key, value: (r) => at(r.gait[key], r.i) })),
  // 1 while that leg is in stance
  { name: 'stance.left', value: (r) => at(r.gait.stance.left, r.i) },
  { name: 'stance.right', value: (r) => at(r.gait.stance.right, r.i) },
  ...LEVELS.flatMap((level) => LEVEL_SERIES.map((key): Column<FrameRow> => ({ name: `levels.${level}.${key}`, value: (r) => at(r.gait.levels[level][key], r.i) }))),
  ...SIDED_SERIES.flatMap((key) =>
    (['left', 'right'] as const).map((side): Column<FrameRow> => ({ name: `${key}.${side}`, value: (r) => at(r.gait[key][side], r.i) })),
  ),
  { name: 'maxReserveNm', value: (r) => at(r.gait.maxReserveNm, r.i) },
  // ---- added after the columns above (which keep their order): scripts reading by position still work
  { name: 'pelvicRotationDeg', value: (r) => at(r.gait.pelvicRotationDeg, r.i) },
  ...LEVELS.flatMap((level) => MORE_LEVEL_SERIES.map((key): Column<FrameRow> => ({ name: `levels.${level}.${key}`, value: (r) => at(r.gait.levels[level][key], r.i) }))),
  // measured ground reaction per foot and its centre of pressure, world axes (x anterior, y superior, z right: conventions.ts)
  ...(['groundReactionForceN', 'centreOfPressureM', 'groundReactionTorqueNm'] as const).flatMap((key) =>
    SIDES.flatMap((side) => AXES.map((axis): Column<FrameRow> => ({ name: `${key}.${side}.${axis}`, value: (r) => at(r.gait[key][side][axis], r.i) }))),
  ),
  // net joint moments of inverse dynamics
  ...SIDES.flatMap((side) =>
    (['flexionNm', 'adductionNm', 'rotationNm'] as const).map((key): Column<FrameRow> => ({ name: `hipMomentNm.${side}.${key}`, value: (r) => at(r.gait.hipMomentNm[side][key], r.i) })),
  ),
  ...SIDES.map((side): Column<FrameRow> => ({ name: `kneeMomentNm.${side}`, value: (r) => at(r.gait.kneeMomentNm[side], r.i) })),
  ...(['extensionNm', 'bendingNm', 'rotationNm'] as const).map((key): Column<FrameRow> => ({ name: `lumbosacralMomentNm.${key}`, value: (r) => at(r.gait.lumbosacralMomentNm[key], r.i) })),
  // 1 where the muscles held the frame without reserves (docs/model.md §4.4); then what the measured reactions do not balance
  { name: 'feasible', value: (r) => at(r.gait.feasible, r.i) },
  ...(['residualForceN', 'residualMomentNm'] as const).flatMap((key) =>
    AXES.map((axis): Column<FrameRow> => ({ name: `${key}.${axis}`, value: (r) => at(r.gait[key][axis], r.i) })),
  ),
  // the hip-flexor balance's passive moment, so demand − capacity − passive rebuilds the deficit (docs/model.md §9.3, step 5)
  ...SIDES.map((side): Column<FrameRow> => ({ name: `hipFlexorPassiveNm.${side}`, value: (r) => at(r.gait.hipFlexorPassiveNm[side], r.i) })),
  // each level's segmental angle, now that the levels are solved through the cycle (docs/model.md §9.3, step 8)
  ...LEVELS.map((level): Column<FrameRow> => ({ name: `levels.${level}.angleDeg`, value: (r) => at(r.gait.levels[level].angleDeg, r.i) })),
];

/** One row per model frame of the cycle (the last repeats the first, as in the model's answer). */
export function gaitCsv(gait: GaitResult): string {
  return toCsv(
    GAIT_COLUMNS,
    Array.from({ length: gait.frames }, (_, i) => ({ gait, i })),
  );
}

// ---------------------------------------------------------------- both

export function answerCsv(answer: Answer): string {
  return answer.kind === 'static' ? staticResultCsv(answer.result) : gaitCsv(answer.gait);
}

/** What was asked, written beside the answer so a file explains itself. */
export interface ExportContext {
  readonly presetId: string | null;
  readonly presetLabel: string;
  /** A slider moved since the preset was chosen. */
  readonly modified: boolean;
  /** The parameters and task the answer answers (not the sliders' current values, which may be newer). */
  readonly params: ModelParams;
  readonly task: ViewerTask;
  /** Parameters that differ from the preset (or from the model defaults without one). */
  readonly changedParameters: readonly { readonly path: string; readonly value: number; readonly base: number }[];
  readonly exportedAt: Date;
}

/**
 * The answer as JSON: a static task's TaskResult exactly as the model returned
 * it; a gait cycle as `lumbo run --task gait --format json` writes it (typed
 * arrays as arrays, without the per-frame drawing geometry).
 */
export function answerJson(answer: Answer, context: ExportContext): string {
  const document = {
    disclaimer: EXPORT_DISCLAIMER,
    exportedAt: context.exportedAt.toISOString(),
    source: 'Lumbo viewer',
    preset: { id: context.presetId, label: context.presetLabel, modified: context.modified },
    task: context.task,
    changedParameters: context.changedParameters,
    params: context.params,
    result: answer.kind === 'static' ? answer.result : gaitToJson(answer.gait),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
