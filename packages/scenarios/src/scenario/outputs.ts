/**
 * The outputs a sweep can keep: every scalar of the output contract
 * (`TaskResult`, packages/model/src/result/types.ts) addressed by a dotted
 * path, plus two read-outs of its lists (`reserves.maxAbsMomentNm`,
 * `warnings.count`). A path's last word carries its unit, as in the contract.
 */
import { LEVELS, MUSCLE_GROUPS, SIDES, type LevelResult, type TaskResult } from '@lumbo/model';

export type OutputValue = number | boolean;

export interface OutputSpec {
  /** Dotted path, also the column name, e.g. `lumbar.levels.L4/L5.compressionN`. */
  readonly path: string;
  /** Unit for docs and help: deg, N, N·m, MPa, fraction, index, count, boolean. */
  readonly unit: string;
  readonly type: 'number' | 'boolean';
  read(result: TaskResult): OutputValue;
}

const UNIT_BY_SUFFIX: readonly [RegExp, string][] = [
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

function numberSpec(path: string, read: (r: TaskResult) => number): OutputSpec {
  return { path, unit: unitOf(path), type: 'number', read };
}

const PELVIS_FIELDS = ['anteriorTiltDeg', 'pelvicTiltDeg', 'sacralSlopeDeg', 'pelvicIncidenceDeg', 'obliquityDeg'] as const;
const LEVEL_FIELDS = [
  'angleDeg', 'compressionN', 'apShearN', 'mlShearN', 'lateralMomentNm', 'leftCompressionN', 'rightCompressionN',
  'asymmetryIndex', 'intradiscalPressureMPa', 'facetShare', 'discCompressionN',
] as const satisfies readonly (keyof LevelResult)[];
const HIP_FIELDS = ['flexionDeg', 'adductionDeg', 'contactForceN', 'abductorDemandNm', 'abductorCapacityNm', 'abductorVoluntaryCapacityNm'] as const;
const MUSCLE_FIELDS = ['activation', 'forceN', 'passiveForceN'] as const;

function level(result: TaskResult, name: string): LevelResult {
  const found = result.lumbar.levels.find((l) => l.level === name);
  if (!found) throw new Error(`result has no lumbar level ${name}`);
  return found;
}

function buildCatalogue(): OutputSpec[] {
  const specs: OutputSpec[] = [];
  for (const field of PELVIS_FIELDS) specs.push(numberSpec(`pelvis.${field}`, (r) => r.pelvis[field]));
  specs.push(numberSpec('lumbar.lordosisDeg', (r) => r.lumbar.lordosisDeg));
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
    path: 'reserves.maxAbsMomentNm',
    unit: 'N·m',
    type: 'number',
    // the largest moment the muscles could not supply; 0 when none was needed
    read: (r) => r.reserves.reduce((max, x) => Math.max(max, Math.abs(x.momentNm)), 0),
  });
  specs.push({ path: 'warnings.count', unit: 'count', type: 'number', read: (r) => r.warnings.length });
  specs.push(numberSpec('bodyWeightN', (r) => r.bodyWeightN));
  specs.push({ path: 'converged', unit: 'boolean', type: 'boolean', read: (r) => r.converged });
  return specs;
}

export const OUTPUT_CATALOGUE: readonly OutputSpec[] = buildCatalogue();
const OUTPUT_BY_PATH = new Map(OUTPUT_CATALOGUE.map((o) => [o.path, o]));

export function findOutput(path: string): OutputSpec | undefined {
  return OUTPUT_BY_PATH.get(path);
}

/** Kept when a file names no outputs: posture, the L4/L5 and L5/S1 loads, reserves and convergence. */
export const DEFAULT_OUTPUT_PATHS: readonly string[] = [
  'pelvis.anteriorTiltDeg',
  'pelvis.obliquityDeg',
  'lumbar.lordosisDeg',
  'trunk.forwardLeanDeg',
  'trunk.lateralLeanDeg',
  'lumbar.levels.L4/L5.compressionN',
  'lumbar.levels.L4/L5.apShearN',
  'lumbar.levels.L4/L5.asymmetryIndex',
  'lumbar.levels.L5/S1.compressionN',
  'reserves.maxAbsMomentNm',
  'converged',
];
