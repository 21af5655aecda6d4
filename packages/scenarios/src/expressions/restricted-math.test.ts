import { describe, expect, it } from 'vitest';
import { compileExpression, ExpressionError, MAX_EXPRESSION_CHARS } from './restricted-math.ts';
import { MAX_LIST_LENGTH } from './lists.ts';

const KNOWN = new Set(['muscles.gluteusMedius.right.strength', 'subject.massKg']);
const isParameter = (path: string) => (KNOWN.has(path) ? { ok: true as const } : { ok: false as const, hint: `unknown parameter "${path}"` });
const scope = { muscles: { gluteusMedius: { right: { strength: 0.4 } } }, subject: { massKg: 80 } };
const evaluate = (text: string) => compileExpression(text, isParameter).evaluate(scope);

function rejection(text: string): string {
  try {
    evaluate(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return (error as Error).message;
  }
  throw new Error(`expected ${text} to be rejected`);
}

describe('restricted expressions: what they can do', () => {
  it.each([
    ['linspace(0.2, 1, 5)', [0.2, 0.4, 0.6, 0.8, 1]],
    ['linspace(0.05, 0.3, 6)', [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]],
    ['range(0, 1, 0.25)', [0, 0.25, 0.5, 0.75]],
    ['[0.1, 0.2] * 2', [0.2, 0.4]],
    ['concat([1, 2], linspace(3, 4, 2))', [1, 2, 3, 4]],
    ['muscles.gluteusMedius.right.strength', 0.4],
    ['2 * muscles.gluteusMedius.right.strength + subject.massKg / 100', 1.6],
    ['max(0.2, muscles.gluteusMedius.right.strength - 0.5)', 0.2],
    ['muscles.gluteusMedius.right.strength < 0.5 ? 1 : 0', 1],
    ['round(pi, 3)', 3.142],
    ['mean([1, 2, 3])', 2],
  ])('evaluates %s', (text, expected) => {
    expect(evaluate(text)).toEqual(expected);
  });

  it('lists the parameters an expression reads', () => {
    expect(compileExpression('muscles.gluteusMedius.right.strength * subject.massKg', isParameter).reads).toEqual([
      'muscles.gluteusMedius.right.strength',
      'subject.massKg',
    ]);
  });
});

describe('restricted expressions: what they refuse, and why', () => {
  it.each([
    ['import({}, {override: true})', /function import is not allowed/],
    ['createUnit("furlong", "201 m")', /function createUnit is not allowed/],
    ['evaluate("1 + 1")', /function evaluate is not allowed/],
    ['parse("x")', /function parse is not allowed/],
    ['simplify("x + x")', /function simplify is not allowed/],
    ['derivative("x^2", "x")', /function derivative is not allowed/],
    ['resolve(x, {})', /function resolve is not allowed/],
    ['typeOf(1)', /function typeOf is not allowed/],
    ['f(x) = x^2', /assignments and function definitions are not allowed/],
    ['a = 3', /assignments and function definitions are not allowed/],
    ['1; 2', /only one expression/],
    ['"text"', /only numbers are allowed as constants/],
    ['true', /only numbers are allowed as constants/],
    ['5 cm', /unknown name "cm"/],
    ['x + 1', /unknown name "x"/],
    ['muscles.constructor', /unknown parameter "muscles.constructor"/],
    ['cos.constructor("return process")', /function \(computed\) is not allowed/],
    ['muscles["gluteusMedius"]', /only dotted parameter paths/],
    ['{a: 1}', /object expressions are not allowed/],
    ['[[1, 2], [3, 4]]', /nested lists are not allowed/],
    ['1:5', /range expressions are not allowed/],
    ["[1, 2]'", /operator "'" is not allowed/],
    ['1 / 0', /expected a finite number, got Infinity/],
    ['sqrt(-1)', /expected a finite number or a list of numbers, got a Complex/],
    ['9^9^9', /expected a finite number, got Infinity/],
    ['linspace(0, 1, 1e9)', new RegExp(`linspace count must be an integer within \\[1, ${MAX_LIST_LENGTH}\\]`)],
    ['range(0, 1e12, 1)', /range would make/],
    ['(1 + ', /not a valid expression/],
  ])('refuses %s', (text, message) => {
    expect(rejection(text)).toMatch(message);
  });

  it('refuses an expression longer than the limit', () => {
    expect(rejection(`1${' + 1'.repeat(MAX_EXPRESSION_CHARS)}`)).toMatch(/at most 500 characters/);
  });

  it('cannot reach the disabled functions even when called indirectly through an allowed one', () => {
    expect(rejection('max(evaluate("1"))')).toMatch(/function evaluate is not allowed/);
  });
});
