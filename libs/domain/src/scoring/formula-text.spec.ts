import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MeasureExpression } from './framework.model';
import { formatFormula, parseFormula } from './formula-text';

const figure = (name: string): MeasureExpression => ({ figure: name });
const op = (o: 'add' | 'sub' | 'mul' | 'div', ...args: MeasureExpression[]): MeasureExpression => ({
  op: o,
  args,
});

function parsed(text: string): MeasureExpression {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('formula text', () => {
  it('reads the usual measures', () => {
    expect(parsed('(final_budget - initial_budget) / initial_budget')).toEqual(
      op('div', op('sub', figure('final_budget'), figure('initial_budget')), figure('initial_budget')),
    );
    expect(parsed('决算数 / 全年预算数')).toEqual(op('div', figure('决算数'), figure('全年预算数')));
  });

  it('gives × ÷ − and full-width forms the usual meaning', () => {
    expect(parsed('（a － b）× 100 ÷ c')).toEqual(parsed('(a - b) * 100 / c'));
    expect(parsed('a+１．５')).toEqual(op('add', figure('a'), { constant: 1.5 }));
  });

  it('groups a run of the same operator, and starts a new operation on a change of operator', () => {
    expect(parsed('a + b + c')).toEqual(op('add', figure('a'), figure('b'), figure('c')));
    expect(parsed('a - b + c')).toEqual(op('add', op('sub', figure('a'), figure('b')), figure('c')));
    expect(parsed('(a + b) + c')).toEqual(op('add', op('add', figure('a'), figure('b')), figure('c')));
    expect(parsed('a + b * c')).toEqual(op('add', figure('a'), op('mul', figure('b'), figure('c'))));
  });

  it('reads negative and exponent constants, quoted names and SUM/PRODUCT', () => {
    expect(parsed('a - -5')).toEqual(op('sub', figure('a'), { constant: -5 }));
    expect(parsed('1e-7 * "2023 budget"')).toEqual(op('mul', { constant: 1e-7 }, figure('2023 budget')));
    expect(parsed('SUM(a)')).toEqual(op('add', figure('a')));
    expect(parsed('product(a, b + c)')).toEqual(op('mul', figure('a'), op('add', figure('b'), figure('c'))));
  });

  it.each([
    ['', '公式为空'],
    ['a +', '公式不完整'],
    ['(a + b', '缺少'],
    ['a b', '多出'],
    ['a % b', '无法识别'],
    ['- a', '负号'],
    ['"a', '引号'],
  ])('refuses %j with a Chinese message', (text, message) => {
    const result = parseFormula(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses formulas nested too deep instead of overflowing the stack', () => {
    expect(parseFormula(`${'('.repeat(5000)}a${')'.repeat(5000)}`).ok).toBe(false);
  });

  it('writes every expression so that it reads back identically', () => {
    const name = fc.oneof(
      fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/),
      fc.constantFrom('决算数', 'SUM', 'a b', '1x', 'q"uote'),
    );
    const constant = fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((value) => ({ constant: value }));
    const { expression } = fc.letrec<{ expression: MeasureExpression }>((tie) => ({
      expression: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        name.map((figureName) => ({ figure: figureName })),
        constant,
        fc.record({
          op: fc.constantFrom('add', 'sub', 'mul', 'div'),
          args: fc.array(tie('expression'), { minLength: 2, maxLength: 4 }),
        }),
        fc.record({
          op: fc.constantFrom('add', 'mul'),
          args: fc.array(tie('expression'), { minLength: 1, maxLength: 1 }),
        }),
      ),
    }));
    fc.assert(
      fc.property(expression, (value) => {
        expect(parsed(formatFormula(value))).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
