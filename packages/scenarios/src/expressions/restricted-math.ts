/**
 * Expressions in scenario files (`linspace(0.2, 1, 9)`,
 * `"muscles.gluteusMedius.right.strength"`), evaluated by a mathjs instance
 * that can only do arithmetic on numbers and flat lists of numbers.
 *
 * Two layers, following the mathjs security guide
 * (https://mathjs.org/docs/expressions/security.html):
 * 1. the functions that parse, import or define things (`import`,
 *    `createUnit`, `evaluate`, `parse`, `simplify`, `derivative`, `resolve`, …)
 *    are replaced by ones that throw, so nothing inside an expression can reach them;
 * 2. every parsed tree is checked against an allow-list before it is compiled:
 *    numbers, + − × ÷ ^ mod and comparisons, `a ? b : c`, flat list literals,
 *    parameter paths from the model's catalogue, the constants pi, e and tau,
 *    and the functions in ALLOWED_FUNCTIONS. No assignment, function
 *    definition, strings, units, objects, indexing or unknown names.
 * Results must be finite numbers or flat lists of them.
 *
 * mathjs is loaded from its published single-file bundle (same version,
 * listed in the package's exports): ~50 ms, where the ES-module tree of
 * hundreds of files takes ~600 ms. The CLI also imports this module only when
 * a file contains an expression.
 */
import { createRequire } from 'node:module';
import type * as MathJs from 'mathjs';
import type { FactoryFunctionMap, MathNode } from 'mathjs';
import { checkTree, ExpressionError, type ParameterChecker } from './allow-list.ts';
import { concat, linspace, MAX_LIST_LENGTH, range } from './lists.ts';

export { ExpressionError } from './allow-list.ts';

/** Longer expressions are refused: a scenario value is a short formula, not a program. */
export const MAX_EXPRESSION_CHARS = 500;

export type ExpressionValue = number | number[];
/** Nested parameter values (`{ muscles: { gluteusMedius: { right: { strength: 0.4 } } } }`) an expression may read. */
export type ExpressionScope = object;

export interface CompiledExpression {
  readonly text: string;
  /** Parameter paths the expression reads, in order of first use. */
  readonly reads: readonly string[];
  evaluate(scope: ExpressionScope): ExpressionValue;
}

const DISABLED = [
  'import', 'createUnit', 'evaluate', 'parse', 'compile', 'simplify', 'simplifyConstant', 'simplifyCore',
  'derivative', 'resolve', 'rationalize', 'parser', 'chain', 'reviver', 'replacer', 'help', 'config',
];

function createInstance() {
  const { all, create } = createRequire(import.meta.url)('mathjs/lib/browser/math.js') as typeof MathJs;
  // mathjs types `all` as possibly undefined; it is always defined at run time
  const math = create(all as FactoryFunctionMap, { matrix: 'Array', number: 'number', predictable: true });
  // keep the parser for ourselves before disabling it inside expressions
  const parse = math.parse.bind(math);
  const disabled: Record<string, () => never> = {};
  for (const name of DISABLED) {
    disabled[name] = () => {
      throw new ExpressionError(`function ${name} is disabled in scenario expressions`);
    };
  }
  math.import({ ...disabled, linspace, range, concat }, { override: true });
  return { parse };
}

let instance: ReturnType<typeof createInstance> | undefined;

function isMatrix(value: unknown): value is { toArray(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toArray?: unknown }).toArray === 'function';
}

function toValue(raw: unknown): ExpressionValue {
  // some mathjs functions (concat) return a Matrix even in 'Array' mode
  const result = isMatrix(raw) ? raw.toArray() : raw;
  if (typeof result === 'number') {
    if (!Number.isFinite(result)) throw new ExpressionError(`expected a finite number, got ${String(result)}`);
    return result;
  }
  if (Array.isArray(result)) {
    if (result.length === 0) throw new ExpressionError('expected a number or a non-empty list of numbers, got an empty list');
    if (result.length > MAX_LIST_LENGTH) throw new ExpressionError(`the expression makes a list of ${result.length} numbers; at most ${MAX_LIST_LENGTH} are allowed`);
    for (const item of result) {
      if (typeof item !== 'number' || !Number.isFinite(item)) {
        throw new ExpressionError(`expected a list of finite numbers, got an item ${Array.isArray(item) ? 'that is a list' : String(item)}`);
      }
    }
    return result as number[];
  }
  const kind = typeof result === 'object' && result !== null ? (result.constructor?.name ?? 'object') : typeof result;
  throw new ExpressionError(`expected a finite number or a list of numbers, got a ${kind} (${String(result)})`);
}

/**
 * Parses and checks an expression once; evaluate() may then run it for every
 * design point. Throws ExpressionError for anything outside the allow-list.
 */
export function compileExpression(text: string, isParameter: ParameterChecker): CompiledExpression {
  if (text.length > MAX_EXPRESSION_CHARS) {
    throw new ExpressionError(`expected an expression of at most ${MAX_EXPRESSION_CHARS} characters, got ${text.length}`);
  }
  instance ??= createInstance();
  let tree: MathNode;
  try {
    tree = instance.parse(text);
  } catch (error) {
    throw new ExpressionError(`not a valid expression: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reads = checkTree(tree, isParameter);
  const code = tree.compile();
  return {
    text,
    reads,
    evaluate(scope) {
      let result: unknown;
      try {
        result = code.evaluate({ ...scope });
      } catch (error) {
        if (error instanceof ExpressionError) throw error;
        throw new ExpressionError(`could not evaluate: ${error instanceof Error ? error.message : String(error)}`);
      }
      return toValue(result);
    },
  };
}
