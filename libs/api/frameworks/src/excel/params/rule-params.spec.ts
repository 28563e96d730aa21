import { describe, expect, it } from 'vitest';
import { renderMessage } from '@jixiao/domain';
import { parseRuleCells } from './parse-rule-cells';
import { formatRuleParams } from './rule-params';

function rule(kind: Parameters<typeof parseRuleCells>[0], source: string, params: string) {
  const result = parseRuleCells(kind, source, params);
  if (!result.ok) throw new Error(result.problems.map((p) => renderMessage(p.message)).join('; '));
  return result.rule;
}

function problems(kind: Parameters<typeof parseRuleCells>[0], source: string, params: string) {
  const result = parseRuleCells(kind, source, params);
  return result.ok ? [] : result.problems.map((p) => `${p.column}: ${renderMessage(p.message)}`);
}

describe('规则参数 grammar', () => {
  it('reads the examples of the documentation', () => {
    expect(rule('linear', '指标:execution_rate', '零分点=0.6; 满分点=1')).toEqual({
      kind: 'linear',
      source: { measure: 'execution_rate' },
      zeroAt: 0.6,
      fullAt: 1,
    });
    expect(rule('bands', '指标:adjustment_rate', '[0,0.1]=4; (0.1,0.4]=2; (1,+∞)=0')).toEqual({
      kind: 'bands',
      source: { measure: 'adjustment_rate' },
      bands: [
        { min: 0, minInclusive: true, max: 0.1, maxInclusive: true, points: '4' },
        { min: 0.1, minInclusive: false, max: 0.4, maxInclusive: true, points: '2' },
        { min: 1, minInclusive: false, maxInclusive: false, points: '0' },
      ],
    });
    expect(rule('bands', '观测值', '0,10%=4; 10%,+∞=0').kind === 'bands').toBe(true);
    expect(rule('deductions', '观测值', '每项扣分=1; 最多扣分=5')).toMatchObject({
      perFinding: '1',
      maxDeduction: '5',
    });
    expect(
      rule('step', '指标:r', '阈值=0.1; 方向=高于; 步长=0.01; 每步扣分=0.1; 取整=向上; 最多扣分=1'),
    ).toMatchObject({
      threshold: 0.1,
      direction: 'above',
      step: 0.01,
      perStep: '0.1',
      rounding: 'up',
      maxDeduction: '1',
    });
    expect(rule('levels', '', 'A 达成目标=1; B 基本达成=75%; 优=0.5')).toEqual({
      kind: 'levels',
      levels: [
        { key: 'A', label: '达成目标', rate: '1' },
        { key: 'B', label: '基本达成', rate: '0.75' },
        { key: '优', label: '优', rate: '0.5' },
      ],
    });
    expect(rule('threshold', '指标:r', '≤100%')).toMatchObject({ comparator: '<=', value: 1 });
    expect(rule('ratio', '数据:actual', '目标=数据:target; 方向=越低越好')).toMatchObject({
      target: { figure: 'target' },
      direction: 'lower_is_better',
    });
    expect(rule('proportional', '数据:done', '总数=28')).toMatchObject({ of: 28 });
    expect(rule('yes_no', '', '是=4; 否=0')).toEqual({ kind: 'yes_no', yesPoints: '4', noPoints: '0' });
    expect(rule('judgement', '', '')).toEqual({ kind: 'judgement' });
  });

  it('writes what it reads', () => {
    for (const [kind, source, params] of [
      ['bands', '观测值', '[0,0.1]=4; (0.1,0.4]=2; -∞,0=1; (1,+∞)=0'],
      ['levels', '', 'A 达成目标=1; "a b" "x;y"=0.5; 优=0'],
      ['step', '观测值', '阈值=0.1; 方向=低于; 步长=0.01; 每步扣分=0.1; 取整=按比例'],
    ] as const) {
      expect(formatRuleParams(rule(kind, source, params))).toBe(params);
    }
  });

  it('says what is wrong, in the column at fault', () => {
    expect(problems('linear', '', '零分点=x')).toEqual([
      '数据来源: 此规则类型需要数据来源，如“指标:预算执行率”“数据:final_budget”或“观测值”',
      '规则参数: 缺少参数“满分点”',
    ]);
    expect(problems('deductions', '观测值', '每项扣分=1; 每项扣分=2')).toEqual([
      '规则参数: 参数“每项扣分”重复',
    ]);
    expect(problems('deductions', '观测值', '扣分=1')[0]).toContain('不认识的参数“扣分”');
    expect(
      problems('step', '观测值', '阈值=0.1; 方向=上面; 步长=0.01; 每步扣分=0.1; 取整=向上')[0],
    ).toContain('高于/低于');
    expect(problems('levels', '观测值', 'A=1')[0]).toContain('不使用数据来源');
    expect(problems('veto', '', '1')[0]).toContain('没有参数');
    expect(problems('threshold', '观测值', '大约 1')[0]).toContain('比较符');
  });
});
