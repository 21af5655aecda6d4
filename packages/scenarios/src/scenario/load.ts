/**
 * Reads a scenario or sweep file into a Scenario: parse (YAML or JSON) →
 * structure (zod) → preset → overrides → tasks (with a gait trial's files,
 * read and parsed here) → outputs → design → derived.
 * Every failure is a ScenarioFileError naming the file, line and field.
 */
import { nearestPaths } from '../text/nearest-paths.ts';
import { findPreset, PRESET_IDS } from '../presets/index.ts';
import { describeValue, ScenarioFileError } from './errors.ts';
import { defaultVector, writePartial } from './param-vector.ts';
import { scenarioFileSchema } from './schema.ts';
import { readScenarioText } from './read-capped.ts';
import { parseSource } from './source.ts';
import { readDerivedSection } from './derived-section.ts';
import { readDesignSection } from './design-section.ts';
import { readOutputsSection } from './outputs-section.ts';
import { readParamsSection } from './params-section.ts';
import { readTasks } from './tasks-section.ts';
import type { Scenario } from './types.ts';
import { containsExpression, fileError, valueContext } from './values.ts';
import { issueToError } from './zod-issues.ts';

/** Reads scenario text; `file` names it in messages, and a gait trial's relative paths start from its folder. */
export async function parseScenario(text: string, file: string): Promise<Scenario> {
  const source = parseSource(text, file);
  const parsed = scenarioFileSchema.safeParse(source.data);
  if (!parsed.success) throw issueToError(parsed.error.issues[0]!, source);
  const data = parsed.data;
  const ctx = await valueContext(source, containsExpression(data.params, data.design?.factors, data.derived));

  const presetId = data.extends ?? 'healthy';
  const preset = findPreset(presetId);
  if (!preset) {
    throw fileError(ctx, ['extends'], `unknown preset ${describeValue(presetId)}; expected one of ${PRESET_IDS.join(', ')} (nearest: ${nearestPaths(presetId, PRESET_IDS, 1).join('')})`);
  }
  const base = writePartial(defaultVector(), preset.params);
  const overrides = readParamsSection(data.params, ctx, base);
  const tasks = await readTasks(data.tasks, source);
  const outputs = readOutputsSection(data.outputs, ctx, tasks);
  const design = readDesignSection(data.design, ctx, base);
  const derived = readDerivedSection(data.derived, ctx, new Set(design?.factors.map((f) => f.path) ?? []));
  return {
    file,
    name: data.name,
    description: data.description,
    preset,
    overrides,
    base,
    tasks,
    outputs,
    design,
    derived,
    lineOf: source.lineOf,
  };
}

/** Reads a scenario file from disk (at most MAX_FILE_BYTES; see read-capped.ts). */
export async function loadScenarioFile(file: string): Promise<Scenario> {
  return parseScenario(await readScenarioText(file), file);
}
