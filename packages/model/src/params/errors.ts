/** Thrown by compileModel: the message names the field, the allowed range or type, and the value received. */
export class ModelParamsError extends Error {
  override readonly name = 'ModelParamsError';
  constructor(
    message: string,
    /** Dotted path of the offending field, e.g. `muscles.gluteusMedius.right.strength`. */
    readonly path: string,
    /** The value that was received (as given). */
    readonly received: unknown,
  ) {
    super(message);
  }
}

export function describeReceived(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
