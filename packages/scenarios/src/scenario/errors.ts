/**
 * Bad scenario or sweep file. The message alone is what the user sees (the
 * CLI prints it without a stack trace): it names the file, the line when the
 * YAML parser knows it, the field, what was expected and what was received.
 */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError';
  constructor(
    /** The file as the user named it. */
    readonly file: string,
    /** 1-based line of the offending node, when known. */
    readonly line: number | undefined,
    /** Dotted path of the field inside the file, e.g. `design.samples`; empty for the whole file. */
    readonly field: string,
    /** What is wrong: "expected …, got …". */
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${field ? `${field}: ` : ''}${detail}`);
  }
}

/** A value as the user wrote it, for "got …" (strings quoted, NaN spelled out, long values cut). */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `design.factors.x[2]`: a file path as a field name (indices in brackets). */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}
