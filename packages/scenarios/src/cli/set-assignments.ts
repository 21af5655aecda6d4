/**
 * `--set <path>=<value>`: parameter overrides from the command line. Each path
 * must be in the model's parameter catalogue and each value a plain number;
 * the range check itself is the model's (compileModel throws ModelParamsError).
 */
import { ALL_FIELDS, type PartialModelParams, type ScalarFieldSpec } from '@lumbo/model';
import { nearestPaths } from '../text/nearest-paths.ts';
import { parseDecimal } from './parse-number.ts';
import { CliUsageError } from './usage-error.ts';

export interface Setting {
  readonly path: string;
  readonly value: number;
}

const FIELDS_BY_PATH = new Map<string, ScalarFieldSpec>(ALL_FIELDS.map((f) => [f.path, f]));

function rangeText(field: ScalarFieldSpec): string {
  return `[${field.min}, ${field.max}] ${field.unit}`;
}

/** Parses one `path=value` assignment against the catalogue. */
export function parseAssignment(text: string): Setting {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    throw new CliUsageError(`--set expects <path>=<number>, e.g. muscles.gluteusMedius.right.strength=0.5, got ${JSON.stringify(text)}`);
  }
  const path = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  const field = FIELDS_BY_PATH.get(path);
  if (!field) {
    const near = nearestPaths(path, [...FIELDS_BY_PATH.keys()]).join(', ');
    throw new CliUsageError(
      `--set: unknown parameter ${JSON.stringify(path)} (value ${JSON.stringify(raw)}); nearest valid paths: ${near} (all paths: lumbo params)`,
    );
  }
  const value = parseDecimal(raw);
  if (value === undefined) {
    throw new CliUsageError(`--set ${path} expects a number within ${rangeText(field)}, got ${JSON.stringify(raw)}`);
  }
  return { path, value };
}

/** Parses every assignment; a path given twice keeps its last value. */
export function parseAssignments(texts: readonly string[]): Setting[] {
  const byPath = new Map<string, Setting>();
  for (const text of texts) {
    const setting = parseAssignment(text);
    byPath.delete(setting.path);
    byPath.set(setting.path, setting);
  }
  return [...byPath.values()];
}

/** Nests dotted settings into the partial parameter object compileModel takes. */
export function settingsToParams(settings: readonly Setting[]): PartialModelParams {
  const root: Record<string, unknown> = {};
  for (const { path, value } of settings) {
    const keys = path.split('.');
    const leaf = keys.pop() as string;
    let node = root;
    for (const key of keys) {
      const child = node[key];
      node = (typeof child === 'object' && child !== null ? child : (node[key] = {})) as Record<string, unknown>;
    }
    node[leaf] = value;
  }
  return root as PartialModelParams;
}
