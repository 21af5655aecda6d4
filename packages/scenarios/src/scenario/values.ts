/**
 * Reading one value of a scenario file: a number, a list of numbers, or a
 * mathjs expression string (restricted, see ../expressions). Errors carry
 * the file, line and field.
 */
import { nearestPaths } from '../text/nearest-paths.ts';
// lists.ts loads no mathjs: the cap on lists written out in the file is the list builders' cap
import { MAX_LIST_LENGTH } from '../expressions/lists.ts';
import type { CompiledExpression, ExpressionScope, ExpressionValue } from '../expressions/restricted-math.ts';
import { describeValue, fieldName, ScenarioFileError } from './errors.ts';
import { FIELD_PATHS, fieldSpec, rangeText } from './param-vector.ts';
import type { FilePath, SourceFile } from './source.ts';

type ExpressionsModule = typeof import('../expressions/restricted-math.ts');

export interface ValueContext {
  readonly source: SourceFile;
  /** Loaded only when the file contains an expression (mathjs takes ~0.6 s to load). */
  readonly math: ExpressionsModule | undefined;
}

/** True when any string sits where a value may go (then the expression module must be loaded). */
export function containsExpression(...sections: unknown[]): boolean {
  const visit = (node: unknown): boolean =>
    typeof node === 'string' || (typeof node === 'object' && node !== null && Object.values(node).some(visit));
  return sections.some(visit);
}

export async function valueContext(source: SourceFile, needsMath: boolean): Promise<ValueContext> {
  return { source, math: needsMath ? await import('../expressions/restricted-math.ts') : undefined };
}

export function fileError(ctx: ValueContext, at: FilePath, detail: string): ScenarioFileError {
  return new ScenarioFileError(ctx.source.file, ctx.source.lineOf(at), fieldName(at), detail);
}

/** "unknown parameter "x"; nearest valid paths: …" */
export function unknownParameter(path: string): string {
  return `unknown parameter "${path}"; nearest valid paths: ${nearestPaths(path, FIELD_PATHS).join(', ')} (all paths: lumbo params)`;
}

export function compile(ctx: ValueContext, at: FilePath, text: string): CompiledExpression {
  if (!ctx.math) throw new Error('expression module not loaded'); // containsExpression() decides, so this is a bug
  const isParameter = (path: string) => (fieldSpec(path) ? { ok: true as const } : { ok: false as const, hint: unknownParameter(path) });
  try {
    return ctx.math.compileExpression(text, isParameter);
  } catch (error) {
    if (error instanceof ctx.math.ExpressionError) throw fileError(ctx, at, `${error.message} (in ${describeValue(text)})`);
    throw error;
  }
}

/** A number or a list, evaluating an expression string with `scope`. */
export function readValue(ctx: ValueContext, at: FilePath, raw: unknown, scope: () => ExpressionScope): ExpressionValue {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw fileError(ctx, at, `expected a finite number, got ${describeValue(raw)}`);
    return raw;
  }
  if (Array.isArray(raw)) {
    if (raw.length === 0) throw fileError(ctx, at, 'expected a non-empty list of numbers, got []');
    if (raw.length > MAX_LIST_LENGTH) throw fileError(ctx, at, `expected a list of at most ${MAX_LIST_LENGTH} numbers, got ${raw.length}`);
    return raw.map((item, i) => {
      if (typeof item !== 'number' || !Number.isFinite(item)) throw fileError(ctx, [...at, i], `expected a finite number, got ${describeValue(item)}`);
      return item;
    });
  }
  if (typeof raw === 'string') {
    const expression = compile(ctx, at, raw);
    try {
      return expression.evaluate(scope());
    } catch (error) {
      if (ctx.math && error instanceof ctx.math.ExpressionError) throw fileError(ctx, at, `${error.message} (in ${describeValue(raw)})`);
      throw error;
    }
  }
  throw fileError(ctx, at, `expected a number, a list of numbers or an expression in quotes, got ${describeValue(raw)}`);
}

/** Checks a value against a parameter's catalogue range. */
export function checkInRange(ctx: ValueContext, at: FilePath, path: string, value: number, what = 'a number'): number {
  const spec = fieldSpec(path);
  if (spec && (value < spec.min || value > spec.max)) {
    throw fileError(ctx, at, `${path} expects ${what} within ${rangeText(spec)}, got ${value}`);
  }
  return value;
}
