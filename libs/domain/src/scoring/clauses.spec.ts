import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { IndicatorNode, MeasureDefinition } from './framework.model';
import { renderMessage } from '../messages/render';
import { framework, leaf, parent } from './spec-helpers';
import { validateFramework } from './validate-framework';

const controlRate: MeasureDefinition = {
  key: 'control_rate',
  name: '公用经费控制率',
  unit: 'rate',
  formula: { op: 'div', args: [{ figure: 'public_funds_actual' }, { figure: 'public_funds_budget' }] },
};

function node(result: ReturnType<typeof evaluate>, id: string) {
  const found = result.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

describe('clauses real frameworks use', () => {
  describe('exemptions', () => {
    const exempt = (outcome: 'full' | 'not_applicable'): IndicatorNode => ({
      ...leaf('1.2', '6', { kind: 'deductions', source: { observed: true }, perFinding: '1' }),
      exemption: { condition: '未有专项资金的', outcome },
    });

    it('scores full points when the stated condition holds, with the condition as its reason', () => {
      const f = framework([
        parent('1', '10', [leaf('1.1', '4', { kind: 'yes_no' }), exempt('full')]),
        leaf('2', '90', { kind: 'yes_no' }),
      ]);
      const result = evaluate(f, {}, { '1.1': true, '1.2#exempt': true, '2': true }, {});
      expect(node(result, '1.2')).toMatchObject({ final: '6', exempted: 'full' });
      expect(node(result, '1.2').explanation).toBe('符合“未有专项资金的”，得满分 6 分');
      expect(renderMessage(node(result, '1.2').detail, 'en-US')).toBe('meets “未有专项资金的”: full score 6');
      expect(result.total).toBe('100');
    });

    it('leaves a not-applicable indicator out and scales its parent and the total', () => {
      const f = framework([
        parent('1', '10', [leaf('1.1', '4', { kind: 'yes_no' }), exempt('not_applicable')]),
        leaf('2', '90', { kind: 'yes_no' }),
      ]);
      const result = evaluate(f, {}, { '1.1': false, '1.2#exempt': '是', '2': true }, {});
      expect(node(result, '1.2')).toMatchObject({ final: null, exempted: 'not_applicable', unscored: null });
      expect(node(result, '1').final).toBe('0');
      expect(result.complete).toBe(true);
      expect(result.total).toBe('90');
      const half = evaluate(f, {}, { '1.1': true, '1.2#exempt': true, '2': false }, {});
      expect(node(half, '1').final).toBe('10');
      expect(node(half, '1').explanation).toContain('按适用权重 4 折算为 10 分制');
    });

    it('scores by the rule when the condition does not hold', () => {
      const f = framework([
        parent('1', '10', [leaf('1.1', '4', { kind: 'yes_no' }), exempt('full')]),
        leaf('2', '90', { kind: 'yes_no' }),
      ]);
      const result = evaluate(f, {}, { '1.1': true, '1.2': 2, '1.2#exempt': false, '2': true }, {});
      expect(node(result, '1.2')).toMatchObject({ final: '4', exempted: null });
    });
  });

  describe('extra deductions', () => {
    it('deducts from a whole indicator on top of its scoring points', () => {
      const whole: IndicatorNode = {
        ...parent('1', '10', [leaf('1.1', '5', { kind: 'yes_no' }), leaf('1.2', '5', { kind: 'yes_no' })]),
        deductions: [{ label: '审计、督查发现问题', perFinding: '1' }],
      };
      const result = evaluate(
        framework([whole, leaf('2', '90', { kind: 'yes_no' })]),
        {},
        { '1.1': true, '1.2': true, '1#1': 3, '2': true },
        {},
      );
      expect(node(result, '1').final).toBe('7');
      expect(node(result, '1').explanation).toContain('另：“审计、督查发现问题”3 处，每处扣 1 分，扣 3 分');
      expect(result.total).toBe('97');
    });

    it('shows both routes on one leaf: a rate rule and "或…发现一处扣1分", never below 0', () => {
      const both: IndicatorNode = {
        ...leaf('1', '4', { kind: 'linear', source: { observed: true }, zeroAt: 0.6, fullAt: 1 }),
        deductions: [
          { label: '未按规定公开', perFinding: '1' },
          { label: '另发现问题', perFinding: '0.5', maxDeduction: '1' },
        ],
      };
      const f = framework([both, leaf('2', '96', { kind: 'yes_no' })]);
      const result = evaluate(f, {}, { '1': 0.9, '1#1': 1, '1#2': 4, '2': true }, {});
      const explanation = node(result, '1').explanation;
      expect(node(result, '1').computed).toBe('1');
      expect(explanation).toContain('得 3 分');
      expect(explanation).toContain('“未按规定公开”1 处');
      expect(explanation).toContain('“另发现问题”4 处，每处扣 0.5 分，最多扣 1 分，扣 1 分');
      expect(explanation).toContain('3 − 2 = 1');
      const floor = evaluate(f, {}, { '1': 0.9, '1#1': 9, '2': true }, {});
      expect(node(floor, '1').computed).toBe('0');
    });
  });

  describe('ranges and magnitudes', () => {
    const change: MeasureDefinition = {
      key: 'change',
      name: '变动率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [{ op: 'sub', args: [{ figure: 'b' }, { figure: 'a' }] }, { figure: 'a' }],
      },
    };
    const between = leaf('1', '100', {
      kind: 'threshold',
      source: { measure: 'change' },
      comparator: 'between',
      value: -0.15,
      upper: 0.15,
    });
    const magnitude = leaf('1', '100', {
      kind: 'threshold',
      source: { measure: 'change', abs: true },
      comparator: '<=',
      value: 0.15,
    });

    it.each([
      [100, 115, '100'],
      [100, 85, '100'],
      [100, 116, '0'],
      [100, 84, '0'],
    ])('scores "在-15%和15%之间得满分" and |变动率|≤15% alike (%s → %s)', (a, b, expected) => {
      expect(evaluate(framework([between], [change]), { a, b }, {}, {}).total).toBe(expected);
      expect(evaluate(framework([magnitude], [change]), { a, b }, {}, {}).total).toBe(expected);
    });

    it('explains the range and the magnitude', () => {
      const result = evaluate(framework([magnitude], [change]), { a: 100, b: 80 }, {}, {});
      expect(node(result, '1').explanation).toContain('|变动率| 20.00%，不满足“≤ 15%”');
      const range = evaluate(framework([between], [change]), { a: 100, b: 110 }, {}, {});
      expect(node(range, '1').explanation).toContain('满足“在 -15% 与 15% 之间”');
    });
  });

  describe('zero denominators', () => {
    const rule = leaf('1', '100', {
      kind: 'threshold',
      source: { measure: 'control_rate' },
      comparator: '<=',
      value: 1,
      onZeroDenominator: { nonzero: '0', zero: '100' },
    });

    it('scores "控制率大于1的得0分" with no budget but spending as 0, and 0/0 as the framework says', () => {
      const spent = evaluate(
        framework([rule], [controlRate]),
        { public_funds_actual: 5, public_funds_budget: 0 },
        {},
        {},
      );
      expect(spent.total).toBe('0');
      expect(node(spent, '1').explanation).toContain('分母为 0，按规则分母为 0 时得 0 分');
      const none = evaluate(
        framework([rule], [controlRate]),
        { public_funds_actual: 0, public_funds_budget: 0 },
        {},
        {},
      );
      expect(none.total).toBe('100');
      expect(none.grade).toBe('优');
    });

    it('leaves the indicator unscored when the rule states nothing', () => {
      const plain = leaf('1', '100', {
        kind: 'threshold',
        source: { measure: 'control_rate' },
        comparator: '<=',
        value: 1,
      });
      expect(
        evaluate(
          framework([plain], [controlRate]),
          { public_funds_actual: 5, public_funds_budget: 0 },
          {},
          {},
        ).total,
      ).toBeNull();
    });
  });

  it('accepts multi-part scoring points at any depth without a "too deep" warning', () => {
    const deep = parent('1', '100', [
      parent('1.1', '100', [
        parent('1.1.1', '100', [
          parent('1.1.1.1', '100', [
            parent('1.1.1.1.1', '100', [
              leaf('1.1.1.1.1.1', '60', { kind: 'yes_no' }),
              leaf('1.1.1.1.1.2', '40', { kind: 'yes_no' }),
            ]),
          ]),
        ]),
      ]),
    ]);
    const problems = validateFramework(framework([deep]));
    expect(problems).toEqual([]);
    const result = evaluate(framework([deep]), {}, { '1.1.1.1.1.1': true, '1.1.1.1.1.2': false }, {});
    expect(result.total).toBe('60');
  });

  it('warns about a rate measure written "… / … * 100"', () => {
    const printed: MeasureDefinition = {
      ...controlRate,
      formula: { op: 'mul', args: [controlRate.formula, { constant: 100 }] },
    };
    const problems = validateFramework(
      framework(
        [
          leaf('1', '100', {
            kind: 'threshold',
            source: { measure: 'control_rate' },
            comparator: '<=',
            value: 1,
          }),
        ],
        [printed],
      ),
    );
    expect(problems.map((p) => `${p.severity}:${p.code}`)).toEqual(['warning:measure.rate_times_100']);
    expect(problems[0]?.message).toContain('70% 会算成 7000%');
  });
});
