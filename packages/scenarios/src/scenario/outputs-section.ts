/**
 * The `outputs:` list → output specs (patterns allowed). Without a list, the
 * defaults of the kinds of task the file runs (static, gait or both). Every
 * output must belong to a task the file runs: a `gait.` output needs a gait
 * task, any other output a static task.
 */
import { nearestPaths } from '../text/nearest-paths.ts';
import { isPattern, matchPattern } from './glob.ts';
import { DEFAULT_GAIT_OUTPUT_PATHS, DEFAULT_OUTPUT_PATHS, findOutput, OUTPUT_CATALOGUE, type OutputSpec } from './outputs.ts';
import { isGaitTask, type ScenarioTask } from './tasks.ts';
import { fileError, type ValueContext } from './values.ts';

const OUTPUT_PATHS = OUTPUT_CATALOGUE.map((o) => o.path);

export function readOutputsSection(section: readonly string[] | undefined, ctx: ValueContext, tasks: readonly ScenarioTask[]): OutputSpec[] {
  const hasGait = tasks.some(isGaitTask);
  const hasStatic = tasks.some((t) => !isGaitTask(t));
  const paths = section ?? [...(hasStatic ? DEFAULT_OUTPUT_PATHS : []), ...(hasGait ? DEFAULT_GAIT_OUTPUT_PATHS : [])];
  const chosen = new Map<string, OutputSpec>();
  paths.forEach((path, i) => {
    const at = ['outputs', i];
    const matches = isPattern(path) ? matchPattern(path, OUTPUT_PATHS) : findOutput(path) ? [path] : [];
    if (matches.length === 0) {
      throw fileError(ctx, at, `unknown output "${path}"; nearest valid outputs: ${nearestPaths(path, OUTPUT_PATHS).join(', ')} (all outputs: lumbo outputs)`);
    }
    const specs = matches.map((match) => findOutput(match) as OutputSpec);
    const usable = specs.filter((o) => (o.scope === 'gait' ? hasGait : hasStatic));
    if (usable.length === 0) {
      const needs = specs[0]!.scope === 'gait' ? 'a gait task ({ kind: gait })' : 'a static task (standing, sitting, single-leg-stance, trunk-flexion)';
      const runs = tasks.map((t) => t.kind).join(', ');
      throw fileError(ctx, at, `output "${path}" needs ${needs}, but the file runs only ${runs}`);
    }
    for (const o of usable) chosen.set(o.path, o);
  });
  return [...chosen.values()];
}
