/**
 * Where `lumbo run` takes its parameters and tasks from: the defaults,
 * a preset (`--preset <id>`) or a scenario file (`--scenario <file>`), with
 * `--set` overrides applied last, on top of everything (after derived values).
 */
import type { ModelParams } from '@lumbo/model';
import type { ScenarioTask } from '../scenario/tasks.ts';
import { nearestPaths } from '../text/nearest-paths.ts';
import { findPreset, PRESET_IDS } from '../presets/index.ts';
import { defaultVector, nestVector, writePartial } from '../scenario/param-vector.ts';
import { settingsToParams, type Setting } from './set-assignments.ts';
import { CliUsageError } from './usage-error.ts';

export interface RunSource {
  readonly params: ModelParams;
  /** Tasks from the scenario file (undefined: --task decides). */
  readonly tasks: readonly ScenarioTask[] | undefined;
  /** For the report header, e.g. `preset gluteal-amnesia`. */
  readonly origin: string | undefined;
}

/** The preset with this id, or a one-line error naming `what` (the option or argument it came from). */
export function presetOrError(id: string, what = '--preset') {
  const preset = findPreset(id);
  if (!preset) {
    throw new CliUsageError(`${what} must be one of ${PRESET_IDS.join(', ')}, got ${JSON.stringify(id)} (nearest: ${nearestPaths(id, PRESET_IDS, 1).join('')}; details: lumbo presets)`);
  }
  return preset;
}

export async function runSource(options: { preset?: string | undefined; scenario?: string | undefined }, settings: readonly Setting[]): Promise<RunSource> {
  if (options.preset !== undefined && options.scenario !== undefined) {
    throw new CliUsageError('--preset and --scenario cannot be combined: a scenario file names its preset with "extends:"');
  }
  let vector = defaultVector();
  let tasks: readonly ScenarioTask[] | undefined;
  let origin: string | undefined;
  if (options.preset !== undefined) {
    const preset = presetOrError(options.preset);
    vector = writePartial(vector, preset.params);
    origin = `preset ${preset.id}`;
  } else if (options.scenario !== undefined) {
    // loaded on demand: the YAML parser and the plan are not needed for a plain `lumbo run`
    const [{ loadScenarioFile }, { createPlan }] = await Promise.all([import('../scenario/load.ts'), import('../sweep/plan.ts')]);
    const scenario = await loadScenarioFile(options.scenario);
    if (scenario.design) {
      throw new CliUsageError(`${options.scenario} is a sweep (it has a design section); run it with: lumbo sweep ${options.scenario} --out results.csv`);
    }
    vector = writePartial(defaultVector(), createPlan(scenario).pointAt(0).params);
    tasks = scenario.tasks;
    origin = `scenario ${options.scenario} (preset ${scenario.preset.id}${scenario.overrides.length ? ` + ${scenario.overrides.length} overrides` : ''})`;
  }
  return { params: nestVector(writePartial(vector, settingsToParams(settings))), tasks, origin };
}
