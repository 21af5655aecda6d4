/**
 * The outputs a sweep can keep: every scalar of the static output contract
 * (`TaskValues`: a `TaskResult` without its drawing pose, packages/model/src/result/types.ts) addressed by a dotted
 * path, plus two read-outs of its lists (`reserves.maxAbsMomentNm`,
 * `warnings.count`); and, for the gait task, the cycle summary
 * (`GaitSummary`) and per-level peaks over the cycle under `gait.`. A path's
 * last word carries its unit, as in the contract. A static output is empty
 * (null) in a gait row and a gait output in a static row.
 */
import { cycleMax, cycleMean, LEVELS, MUSCLE_GROUPS, SIDES, type GaitResult, type LevelResult, type StanceSummary, type TaskValues } from '@lumbo/model';

export type OutputValue = number | boolean;

interface OutputBase {
  /** Dotted path, also the column name, e.g. `lumbar.levels.L4/L5.compressionN`. */
  readonly path: string;
  /** Unit for docs and help: deg, N, N·m, N·m/kg, MPa, fraction, index, count, boolean. */
  readonly unit: string;
  readonly type: 'number' | 'boolean';
}

/** An output of the static tasks (standing, sitting, single-leg stance, trunk flexion). */
export interface StaticOutputSpec extends OutputBase {
  readonly scope: 'static';
  read(result: TaskValues): OutputValue;
}

/** An output of the gait task: a summary of one cycle. */
export interface GaitOutputSpec extends OutputBase {
  readonly scope: 'gait';
  read(result: GaitResult): OutputValue;
}

export type OutputSpec = StaticOutputSpec | GaitOutputSpec;

const UNIT_BY_SUFFIX: readonly [RegExp, string][] = [
  [/NmPerKg$/, 'N·m/kg'],
  [/BW$/, 'BW'],
  [/Deg$/, 'deg'],
  [/MPa$/, 'MPa'],
  [/Nm$/, 'N·m'],
  [/N$/, 'N'],
  [/Index$/, 'index'],
];

function unitOf(name: string): string {
  for (const [pattern, unit] of UNIT_BY_SUFFIX) if (pattern.test(name)) return unit;
  return 'fraction'; // activation, facetShare
}

function numberSpec(path: string, read: (r: TaskValues) => number): StaticOutputSpec {
  return { scope: 'static', path, unit: unitOf(path), type: 'number', read };
}

function gaitSpec(path: string, read: (r: GaitResult) => number): GaitOutputSpec {
  return { scope: 'gait', path, unit: unitOf(path), type: 'number', read };
}


const STANCE_FIELDS = [
  'peakContralateralDropDeg', 'peakTrunkLeanTowardStanceDeg', 'peakL4L5CompressionN', 'meanL4L5AsymmetryIndex',
  'peakAbductorDeficitNm', 'peakHipAbductorDemandNm',
] as const satisfies readonly (keyof StanceSummary)[];

/** The gait outputs: cycle summary, per-stance summaries, per-level peaks and means, reserves. */
function gaitCatalogue(): GaitOutputSpec[] {
  const specs: GaitOutputSpec[] = [
    gaitSpec('gait.pelvicObliquityRangeDeg', (r) => r.summary.pelvicObliquityRangeDeg),
    gaitSpec('gait.trunkLateralLeanRangeDeg', (r) => r.summary.trunkLateralLeanRangeDeg),
    gaitSpec('gait.anteriorPelvicTiltRangeDeg', (r) => r.summary.anteriorPelvicTiltRangeDeg),
    gaitSpec('gait.meanAnteriorPelvicTiltDeg', (r) => r.summary.meanAnteriorPelvicTiltDeg),
    gaitSpec('gait.meanLordosisDeg', (r) => cycleMean(r.lordosisDeg)),
    gaitSpec('gait.peakHipAbductorDemandNmPerKg', (r) => r.summary.peakHipAbductorDemandNmPerKg),
  ];
  for (const side of SIDES) {
    for (const field of STANCE_FIELDS) specs.push(gaitSpec(`gait.${side}Stance.${field}`, (r) => r.summary[`${side}Stance`][field]));
    // gait v2 (docs/model.md §9): measured-force dynamics per side
    specs.push(gaitSpec(`gait.${side}.peakHipContactForceBW`, (r) => r.summary.peakHipContactForceBW[side]));
    specs.push(gaitSpec(`gait.${side}.peakHipAbductorMomentNmPerKg`, (r) => r.summary.peakHipAbductorMomentNmPerKg[side]));
    // hip-flexor deficit and the piriformis's turn of the hip (docs/model.md §9.3, steps 5–6)
    specs.push(gaitSpec(`gait.${side}.peakHipFlexorDeficitNm`, (r) => r.summary.peakHipFlexorDeficitNm[side]));
    specs.push(gaitSpec(`gait.${side}.peakHipFlexorDeficitBeforeCompensationNm`, (r) => r.summary.peakHipFlexorDeficitBeforeCompensationNm[side]));
    specs.push(gaitSpec(`gait.${side}.meanStanceHipRotationPiriformisDeg`, (r) => r.summary.meanStanceHipRotationPiriformisDeg[side]));
  }
  // the forward inclination that compensates weak hip flexors (docs/model.md §9.3, step 5)
  specs.push(gaitSpec('gait.trunkForwardCompensationDeg', (r) => r.summary.trunkForwardCompensationDeg));
  specs.push(gaitSpec('gait.feasibleFraction', (r) => r.summary.feasibleFraction));
  specs.push(gaitSpec('gait.meanResidualForceN', (r) => r.summary.meanResidualForceN));
  specs.push(gaitSpec('gait.meanResidualMomentNm', (r) => r.summary.meanResidualMomentNm));
  for (const name of LEVELS) {
    const at = `gait.levels.${name}`;
    specs.push(gaitSpec(`${at}.peakCompressionN`, (r) => cycleMax(r.levels[name].compressionN)));
    specs.push(gaitSpec(`${at}.peakLeftCompressionN`, (r) => cycleMax(r.levels[name].leftCompressionN)));
    specs.push(gaitSpec(`${at}.peakRightCompressionN`, (r) => cycleMax(r.levels[name].rightCompressionN)));
    specs.push(gaitSpec(`${at}.meanCompressionN`, (r) => cycleMean(r.levels[name].compressionN)));
    specs.push(gaitSpec(`${at}.meanAsymmetryIndex`, (r) => cycleMean(r.levels[name].asymmetryIndex)));
    specs.push(gaitSpec(`${at}.peakIntradiscalPressureMPa`, (r) => cycleMax(r.levels[name].intradiscalPressureMPa)));
    specs.push(gaitSpec(`${at}.peakLeftFacetForceN`, (r) => cycleMax(r.levels[name].leftFacetForceN)));
    specs.push(gaitSpec(`${at}.peakRightFacetForceN`, (r) => cycleMax(r.levels[name].rightFacetForceN)));
  }
  // the largest moment the muscles could not supply in any frame; 0 when every frame balanced
  specs.push(gaitSpec('gait.maxReserveNm', (r) => Math.max(0, cycleMax(r.maxReserveNm))));
  specs.push({ scope: 'gait', path: 'gait.warnings.count', unit: 'count', type: 'number', read: (r) => r.warnings.length });
  return specs;
}

const PELVIS_FIELDS = ['anteriorTiltDeg', 'pelvicTiltDeg', 'sacralSlopeDeg', 'pelvicIncidenceDeg', 'obliquityDeg', 'axialRotationDeg'] as const;
const LEVEL_FIELDS = [
  'angleDeg', 'lateralBendDeg', 'axialRotationDeg', 'compressionN', 'apShearN', 'mlShearN', 'lateralMomentNm', 'axialMomentNm',
  'leftCompressionN', 'rightCompressionN', 'asymmetryIndex', 'intradiscalPressureMPa', 'facetShare', 'leftFacetForceN',
  'rightFacetForceN', 'discCompressionN',
] as const satisfies readonly (keyof LevelResult)[];
const HIP_FIELDS = ['flexionDeg', 'adductionDeg', 'contactForceN', 'abductorDemandNm', 'abductorCapacityNm', 'abductorVoluntaryCapacityNm'] as const;
const MUSCLE_FIELDS = ['activation', 'forceN', 'passiveForceN'] as const;

function level(result: TaskValues, name: string): LevelResult {
  const found = result.lumbar.levels.find((l) => l.level === name);
  if (!found) throw new Error(`result has no lumbar level ${name}`);
  return found;
}

function buildCatalogue(): OutputSpec[] {
  const specs: OutputSpec[] = [];
  for (const field of PELVIS_FIELDS) specs.push(numberSpec(`pelvis.${field}`, (r) => r.pelvis[field]));
  specs.push(numberSpec('lumbar.lordosisDeg', (r) => r.lumbar.lordosisDeg));
  specs.push(numberSpec('lumbar.lateralCurveDeg', (r) => r.lumbar.lateralCurveDeg));
  for (const name of LEVELS) {
    for (const field of LEVEL_FIELDS) specs.push(numberSpec(`lumbar.levels.${name}.${field}`, (r) => level(r, name)[field]));
  }
  specs.push(numberSpec('trunk.forwardLeanDeg', (r) => r.trunk.forwardLeanDeg));
  specs.push(numberSpec('trunk.lateralLeanDeg', (r) => r.trunk.lateralLeanDeg));
  for (const side of SIDES) for (const field of HIP_FIELDS) specs.push(numberSpec(`hips.${side}.${field}`, (r) => r.hips[side][field]));
  for (const group of MUSCLE_GROUPS) {
    for (const side of SIDES) {
      for (const field of MUSCLE_FIELDS) {
        specs.push(
          numberSpec(`muscles.${group}.${side}.${field}`, (r) => r.muscles.find((m) => m.group === group && m.side === side)?.[field] ?? Number.NaN),
        );
      }
    }
  }
  specs.push({
    scope: 'static',
    path: 'reserves.maxAbsMomentNm',
    unit: 'N·m',
    type: 'number',
    // the largest moment the muscles could not supply; 0 when none was needed
    read: (r) => r.reserves.reduce((max, x) => Math.max(max, Math.abs(x.momentNm)), 0),
  });
  specs.push({ scope: 'static', path: 'warnings.count', unit: 'count', type: 'number', read: (r) => r.warnings.length });
  specs.push(numberSpec('bodyWeightN', (r) => r.bodyWeightN));
  specs.push({ scope: 'static', path: 'converged', unit: 'boolean', type: 'boolean', read: (r) => r.converged });
  // false when the muscles needed reserve moments: such a row is not a normal answer
  specs.push({ scope: 'static', path: 'feasible', unit: 'boolean', type: 'boolean', read: (r) => r.feasible });
  specs.push(...gaitCatalogue());
  return specs;
}

export const OUTPUT_CATALOGUE: readonly OutputSpec[] = buildCatalogue();
const OUTPUT_BY_PATH = new Map(OUTPUT_CATALOGUE.map((o) => [o.path, o]));

export function findOutput(path: string): OutputSpec | undefined {
  return OUTPUT_BY_PATH.get(path);
}

/** Kept when a file with static tasks names no outputs: posture, the L4/L5 and L5/S1 loads, reserves and convergence. */
export const DEFAULT_OUTPUT_PATHS: readonly string[] = [
  'pelvis.anteriorTiltDeg',
  'pelvis.obliquityDeg',
  'pelvis.axialRotationDeg',
  'lumbar.lordosisDeg',
  'lumbar.lateralCurveDeg',
  'trunk.forwardLeanDeg',
  'trunk.lateralLeanDeg',
  'lumbar.levels.L4/L5.compressionN',
  'lumbar.levels.L4/L5.apShearN',
  'lumbar.levels.L4/L5.asymmetryIndex',
  'lumbar.levels.L5/S1.compressionN',
  'lumbar.levels.L5/S1.leftFacetForceN',
  'lumbar.levels.L5/S1.rightFacetForceN',
  'reserves.maxAbsMomentNm',
  'converged',
  'feasible',
];

/** Kept when a file with a gait task names no outputs: drop and lean per stance, mean tilt, L4/L5 and L5/S1 peaks, reserves. */
export const DEFAULT_GAIT_OUTPUT_PATHS: readonly string[] = [
  'gait.meanAnteriorPelvicTiltDeg',
  'gait.pelvicObliquityRangeDeg',
  'gait.trunkLateralLeanRangeDeg',
  'gait.rightStance.peakContralateralDropDeg',
  'gait.leftStance.peakContralateralDropDeg',
  'gait.rightStance.peakTrunkLeanTowardStanceDeg',
  'gait.leftStance.peakTrunkLeanTowardStanceDeg',
  'gait.levels.L4/L5.peakCompressionN',
  'gait.levels.L4/L5.meanAsymmetryIndex',
  'gait.levels.L5/S1.peakCompressionN',
  'gait.peakHipAbductorDemandNmPerKg',
  'gait.maxReserveNm',
];
