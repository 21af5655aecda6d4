/**
 * The `derived:` section: parameters computed at every design point from the
 * others, e.g. `muscles.gluteusMedius.left.strength: "muscles.gluteusMedius.right.strength"`
 * keeps both sides equal. Evaluated in the order written, after the design's
 * factors; a derived parameter may read earlier derived ones, not later ones.
 */
import type { ExpressionScope } from '../expressions/restricted-math.ts';
import type { DerivedSpec } from './types.ts';
import type { FilePath } from './source.ts';
import { describeValue } from './errors.ts';
import { fieldSpec } from './param-vector.ts';
import { compile, fileError, unknownParameter, type ValueContext } from './values.ts';

export function readDerivedSection(section: Record<string, unknown> | undefined, ctx: ValueContext, factorPaths: ReadonlySet<string>): DerivedSpec[] {
  if (!section) return [];
  const entries = Object.entries(section);
  const order = new Map(entries.map(([path], i) => [path, i]));
  return entries.map(([path, raw], index): DerivedSpec => {
    const at: FilePath = ['derived', path];
    if (!fieldSpec(path)) throw fileError(ctx, at, unknownParameter(path));
    if (factorPaths.has(path)) throw fileError(ctx, at, `${path} is a design factor; a parameter is either varied or derived, not both`);
    if (typeof raw === 'number') {
      if (!Number.isFinite(raw)) throw fileError(ctx, at, `expected a finite number or an expression, got ${describeValue(raw)}`);
      return { path, filePath: at, text: String(raw), evaluate: () => raw };
    }
    if (typeof raw !== 'string') throw fileError(ctx, at, `expected an expression in quotes or a number, got ${describeValue(raw)}`);
    const expression = compile(ctx, at, raw);
    for (const read of expression.reads) {
      const other = order.get(read);
      if (other !== undefined && other >= index) {
        throw fileError(ctx, at, `reads ${read}, which is derived ${other === index ? 'from itself' : 'further down'}; derived parameters may only read those above them`);
      }
    }
    return {
      path,
      filePath: at,
      text: raw,
      evaluate(scope: ExpressionScope) {
        let value: number | number[];
        try {
          value = expression.evaluate(scope);
        } catch (error) {
          if (ctx.math && error instanceof ctx.math.ExpressionError) throw fileError(ctx, at, `${error.message} (in ${describeValue(raw)})`);
          throw error;
        }
        if (Array.isArray(value)) throw fileError(ctx, at, `expected the expression to give one number, got a list of ${value.length}`);
        return value;
      },
    };
  });
}
