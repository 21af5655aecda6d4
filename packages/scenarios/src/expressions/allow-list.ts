/**
 * The allow-list a parsed expression must pass before it is compiled (see
 * restricted-math.ts). Walks the mathjs tree and rejects every node type,
 * operator, name and function not listed here, naming what it found.
 */
import type { MathNode } from 'mathjs';

/** Bad expression: the message says what is not allowed or what the result was. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

/** Answers whether a dotted path is a model parameter an expression may read (with suggestions when not). */
export type ParameterChecker = (path: string) => { ok: true } | { ok: false; hint: string };

export const ALLOWED_FUNCTIONS: readonly string[] = [
  'linspace', 'range', 'concat',
  'abs', 'sign', 'sqrt', 'cbrt', 'exp', 'log', 'log10', 'log2', 'pow', 'mod', 'hypot',
  'min', 'max', 'mean', 'sum', 'round', 'floor', 'ceil', 'fix',
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
];
const FUNCTIONS = new Set(ALLOWED_FUNCTIONS);
const CONSTANTS = new Set(['pi', 'e', 'tau']);
const OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod', 'dotMultiply', 'dotDivide', 'dotPow',
  'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal',
]);

interface AnyNode {
  type: string;
  [key: string]: unknown;
}

const fail = (text: string): never => {
  throw new ExpressionError(text);
};

/** `muscles.gluteusMedius.right.strength` from a chain of dot accessors, or undefined if the chain is anything else. */
function dottedName(node: AnyNode): string | undefined {
  if (node.type === 'SymbolNode') return node.name as string;
  if (node.type !== 'AccessorNode') return undefined;
  const index = node.index as AnyNode;
  const dims = index.dimensions as AnyNode[];
  const key = dims[0];
  if (!index.dotNotation || dims.length !== 1 || key?.type !== 'ConstantNode' || typeof key.value !== 'string') return undefined;
  const parent = dottedName(node.object as AnyNode);
  return parent === undefined ? undefined : `${parent}.${key.value}`;
}

function hintForName(name: string): string {
  return `unknown name "${name}": expressions may use numbers, parameter paths such as muscles.gluteusMedius.right.strength, the constants ${[...CONSTANTS].join(', ')}, and the functions ${ALLOWED_FUNCTIONS.join(', ')}`;
}

/** Checks the tree; returns the parameter paths it reads. Throws ExpressionError on the first disallowed node. */
export function checkTree(tree: MathNode, isParameter: ParameterChecker): string[] {
  const reads: string[] = [];
  const visit = (node: AnyNode, inList: boolean): void => {
    switch (node.type) {
      case 'ConstantNode':
        if (typeof node.value !== 'number') fail(`only numbers are allowed as constants, got ${JSON.stringify(node.value)}`);
        return;
      case 'ParenthesisNode':
        return visit(node.content as AnyNode, inList);
      case 'OperatorNode':
        if (!OPERATORS.has(node.fn as string)) fail(`operator "${String(node.op)}" is not allowed`);
        return (node.args as AnyNode[]).forEach((a) => visit(a, inList));
      case 'ConditionalNode':
        return [node.condition, node.trueExpr, node.falseExpr].forEach((a) => visit(a as AnyNode, inList));
      case 'ArrayNode':
        // flat lists only: nested lists would allow matrices (and outer products of huge size)
        if (inList) fail('nested lists are not allowed; write a flat list such as [0.2, 0.4, 0.6]');
        return (node.items as AnyNode[]).forEach((a) => visit(a, true));
      case 'FunctionNode': {
        const callee = node.fn as AnyNode;
        const name = callee.type === 'SymbolNode' ? (callee.name as string) : undefined;
        if (name === undefined || !FUNCTIONS.has(name)) {
          fail(`function ${name ?? '(computed)'} is not allowed; allowed functions: ${ALLOWED_FUNCTIONS.join(', ')}`);
        }
        return (node.args as AnyNode[]).forEach((a) => visit(a, inList));
      }
      case 'SymbolNode':
      case 'AccessorNode': {
        const name = dottedName(node);
        if (name === undefined) return fail('only dotted parameter paths may be read (no indexing or computed properties)');
        if (node.type === 'SymbolNode' && CONSTANTS.has(name)) return;
        if (node.type === 'SymbolNode' && !name.includes('.')) fail(hintForName(name));
        const check = isParameter(name);
        if (!check.ok) fail(check.hint);
        if (!reads.includes(name)) reads.push(name);
        return;
      }
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        return fail('assignments and function definitions are not allowed');
      case 'BlockNode':
        return fail('only one expression is allowed (no ";" or line breaks)');
      default:
        return fail(`${node.type.replace(/Node$/, '').toLowerCase()} expressions are not allowed`);
    }
  };
  visit(tree as unknown as AnyNode, false);
  return reads;
}
