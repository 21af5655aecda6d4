/** The `outputs:` list → output specs (patterns allowed), defaulting to DEFAULT_OUTPUT_PATHS. */
import { nearestPaths } from '../cli/nearest-paths.ts';
import { isPattern, matchPattern } from './glob.ts';
import { DEFAULT_OUTPUT_PATHS, findOutput, OUTPUT_CATALOGUE, type OutputSpec } from './outputs.ts';
import { fileError, type ValueContext } from './values.ts';

const OUTPUT_PATHS = OUTPUT_CATALOGUE.map((o) => o.path);

export function readOutputsSection(section: readonly string[] | undefined, ctx: ValueContext): OutputSpec[] {
  const paths = section ?? DEFAULT_OUTPUT_PATHS;
  const chosen = new Map<string, OutputSpec>();
  paths.forEach((path, i) => {
    const at = ['outputs', i];
    const matches = isPattern(path) ? matchPattern(path, OUTPUT_PATHS) : findOutput(path) ? [path] : [];
    if (matches.length === 0) {
      throw fileError(ctx, at, `unknown output "${path}"; nearest valid outputs: ${nearestPaths(path, OUTPUT_PATHS).join(', ')} (all outputs: lumbo outputs)`);
    }
    for (const match of matches) chosen.set(match, findOutput(match) as OutputSpec);
  });
  return [...chosen.values()];
}
