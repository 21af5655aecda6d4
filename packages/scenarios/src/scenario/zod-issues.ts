/** Turns the first zod issue into a ScenarioFileError with the line, the field, what was expected and what was received. */
import type { z } from 'zod';
import { describeValue, fieldName, ScenarioFileError } from './errors.ts';
import { allowedKeys } from './schema.ts';
import type { SourceFile } from './source.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function issueToError(issue: z.core.$ZodIssue, source: SourceFile): ScenarioFileError {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const error = (at: (string | number)[], detail: string) => new ScenarioFileError(source.file, source.lineOf(at), fieldName(at), detail);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const allowed = allowedKeys(path, source.data);
    return error([...path, key], `unknown field "${key}"${allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''}`);
  }
  const received = valueAt(source.data, path);
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return error(path, `expected one of ${issue.options.join(', ')}, got ${describeValue(received)}`);
  }
  return error(path, `${issue.message}, got ${describeValue(received)}`);
}
