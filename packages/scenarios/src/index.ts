/**
 * @lumbo/scenarios — public entry: presets, scenario and sweep files, the
 * sweep engine and its writers, and the `lumbo` CLI's building blocks.
 * Browser code should import `@lumbo/scenarios/presets` instead (this entry
 * pulls in Node modules: worker_threads, fs).
 *
 *   import { loadScenarioFile, runSweep } from '@lumbo/scenarios';
 *   const scenario = await loadScenarioFile('sweep.yaml');
 *   for await (const row of runSweep(scenario, { workers: 2, signal, onProgress })) console.log(row.cells);
 */
// presets (also on the browser-safe subpath @lumbo/scenarios/presets)
export { PRESETS, PRESET_IDS, findPreset, type Preset, type PresetSource, type PresetHonesty } from './presets/index.ts';

// scenario and sweep files
export { loadScenarioFile, parseScenario } from './scenario/load.ts';
export { ScenarioFileError } from './scenario/errors.ts';
export { OUTPUT_CATALOGUE, DEFAULT_OUTPUT_PATHS, findOutput, type OutputSpec, type OutputValue } from './scenario/outputs.ts';
export type { Scenario, DesignSpec, ListFactor, RangeFactor, DerivedSpec } from './scenario/types.ts';
export type { ScenarioTask, GaitTask, GaitTrial } from './scenario/tasks.ts';

// the sweep engine
export { runSweep, type RunSweepOptions, type SweepProgress } from './sweep/run-sweep.ts';
export { createPlan, LARGE_SWEEP_ROWS, type SweepPlan, type PlannedPoint } from './sweep/plan.ts';
export { WHOLE, type Shard } from './sweep/shard.ts';
export type { SweepRow } from './sweep/rows.ts';
export type { Column, CellValue } from './sweep/columns.ts';
export { SweepRowError } from './sweep/sweep-row-error.ts';
export { createRandom, type Random } from './sweep/prng.ts';

// writing results
export { sweepToFile, journalPathOf, type SweepToFileOptions, type SweepToFileResult } from './writers/sweep-to-file.ts';
export { OUTPUT_FORMATS, type OutputFormat } from './writers/render.ts';
export { SweepFileError } from './writers/sweep-file-error.ts';
export { SweepIoError } from './writers/io-error.ts';
export { SweepLockedError } from './writers/lock.ts';
export { readPartMeta, metaPathOf, type PartMeta } from './writers/part-meta.ts';

// the parts of a sharded sweep as one (lumbo merge / lumbo verify)
export { mergeParts, type MergeOptions, type MergeResult } from './merge/merge.ts';
export { verifyParts, formatVerifyReport, type VerifyReport, type PartCheck } from './merge/verify.ts';
export { PartsError } from './merge/parts-error.ts';

// sensitivity summary
export { createSummary, formatSummary, type Sensitivity, type SensitivityRow, type SobolSummary, type SummaryOptions } from './summary/summary.ts';
export { sobolIndices, type SobolIndex, type SobolResult } from './summary/sobol.ts';
export { standardisedRegression, spearman, pearson, ranks } from './summary/stats.ts';

// CLI pieces
export { formatTable, describeTask, DISCLAIMER, type TableOptions } from './format/table.ts';
export { formatParamsTable } from './format/params-table.ts';
export { parseAssignment, parseAssignments, settingsToParams, type Setting } from './cli/set-assignments.ts';
export { main } from './cli/main.ts';
