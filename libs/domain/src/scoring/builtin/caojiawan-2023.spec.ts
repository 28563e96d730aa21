import { describe, expect, it } from 'vitest';
import type { IndicatorNode, Overrides } from '../index';
import {
  GRADE_SCALES,
  consistencyReport,
  evaluate,
  parseFramework,
  validateFramework,
  validateOverrides,
} from '../index';
import { CAOJIAWAN_2023_FIXTURE as fixture } from './caojiawan-2023.fixture';
import { CAOJIAWAN_2023_FRAMEWORK as framework } from './caojiawan-2023.framework';

function flatten(nodes: readonly IndicatorNode[]): IndicatorNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

describe('seed 2 曹家湾 2023: the framework', () => {
  const nodes = flatten(framework.indicators);

  it('has the report’s 4 level-1, 11 level-2 and 33 level-3 indicators (§二(四)3)', () => {
    expect(framework.indicators.map((node) => [node.id, node.name, node.weight])).toEqual([
      ['1', '投入指标', '9'],
      ['2', '过程指标', '31'],
      ['3', '产出指标', '48'],
      ['4', '效果指标', '12'],
    ]);
    const atLevel = (level: number) => nodes.filter((node) => node.id.split('.').length === level);
    expect(atLevel(2)).toHaveLength(11);
    expect(atLevel(3)).toHaveLength(33);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expect(framework.gradeScale).toEqual(GRADE_SCALES.standard);
  });

  it('reads "扣25%分值" as a quarter of each row’s points', () => {
    const perFinding = (id: string) => {
      const rule = nodes.find((node) => node.id === id)?.rule;
      return rule?.kind === 'deductions' ? rule.perFinding : null;
    };
    expect(perFinding('1.1.1.1')).toBe('0.125');
    expect(perFinding('2.3.2.5')).toBe('0.1');
  });

  it('validates without a problem and survives a JSON round trip through parseFramework', () => {
    expect(validateFramework(framework)).toEqual([]);
    const parsed = parseFramework(JSON.parse(JSON.stringify(framework)));
    expect(parsed.problems).toEqual([]);
    expect(parsed.framework).toEqual(framework);
  });

  it('accepts the report’s scores as overrides', () => {
    expect(validateOverrides(framework, fixture.overrides)).toEqual([]);
  });
});

describe('seed 2 曹家湾 2023: every rule applied to the report’s figures and findings', () => {
  const result = evaluate(framework, fixture.figures, fixture.observations, {});
  const computed = (id: string) => result.nodes.find((node) => node.id === id)?.computed;

  it('computes the measures the report quotes', () => {
    const value = (key: string) => result.measures.find((measure) => measure.key === key)?.value;
    expect(value('staffing_control_rate')).toBeCloseTo(0.981481, 6); // "98.15%"
    expect(value('basic_execution_rate')).toBeCloseTo(0.974738, 6); // "97.47%"
    expect(value('budget_adjustment_rate')).toBeCloseTo(0.43708, 5); // "43.71%" (§四, §五); the table says 56.29%
    expect(value('payment_progress_q1')).toBeCloseTo(0.088763, 6); // "8.88%"
    expect(value('payment_progress_q2')).toBeCloseTo(0.46325, 5); // "46.32%"
    expect(value('payment_progress_q3')).toBeCloseTo(0.876819, 6); // "87.68%"
    expect(value('payment_progress_q4')).toBe(1);
    expect(value('carryover_rate')).toBeCloseTo(0.012538, 6); // "1.25%"
    expect(value('carryover_change_rate')).toBeCloseTo(-0.938398, 6); // "下降93.84%"
    expect(value('public_funds_control_rate')).toBeCloseTo(0.770241, 6); // §一: 56.32 / 73.12
    expect(value('three_public_change_rate')).toBe(0);
    expect(value('budget_execution_rate')).toBeCloseTo(0.98746, 5); // summary table "98.75%"
    const procurement = result.measures.find((measure) => measure.key === 'procurement_execution_rate');
    expect(procurement?.value).toBeNull();
    expect(procurement?.unscored).toEqual({
      kind: 'zero_denominator',
      numeratorZero: true,
      measure: 'procurement_execution_rate',
    });
  });

  it.each([
    // 1.2.2 (98.148% − 60%) / 40% × 2 = 1.907 → 1.91.
    ['1.2.2', '1.91'],
    ['1.2.3', '2'],
    ['1.2', '5.91'],
    ['1', '8.91'],
    // 2.1.1 (97.474% − 60%) / 40% × 2 = 1.874 → 1.87.
    ['2.1.1', '1.87'],
    ['2.1.2', '2'],
    // 2.1.3 43.71% is below the formula's zero anchor 60% → 0 (the report's 0 as well).
    ['2.1.3', '0'],
    // 2.1.4: Q1 8.88% → 0, Q2 46.32% → 0, Q3 (87.68% − 60%) / 40% × 0.5 = 0.346 → 0.35, Q4 100% → 0.5.
    ['2.1.4.1', '0'],
    ['2.1.4.2', '0'],
    ['2.1.4.3', '0.35'],
    ['2.1.4.4', '0.5'],
    ['2.1.4', '0.85'],
    // 2.1.5 1.25%, 2.1.6 −93.84%, 2.1.9 0%: all below 60% → 0.
    ['2.1.5', '0'],
    ['2.1.6', '0'],
    // 2.1.7 (77.02% − 60%) / 40% × 2 = 0.851 → 0.85.
    ['2.1.7', '0.85'],
    ['2.1.8', '2'],
    ['2.1.9', '0'],
    ['2.1.10', null],
    // No deficiency found in any 预算管理/资产管理 row.
    ['2.2', '5.5'],
    ['2.3.2', '2'],
    ['2.3.3', '2'],
    ['2.3', '5.5'],
    // Every 产出/效果 row "达成目标", every 重点工作 row "是".
    ['3', '48'],
    ['4', '12'],
  ])('%s scores %s by its rule', (id, score) => {
    expect(computed(id)).toBe(score);
  });

  it('cannot score 政府采购执行率 (0 / 0), so the rule-only total is open', () => {
    expect(result.nodes.find((node) => node.id === '2.1.10')?.unscored).toEqual({
      kind: 'zero_denominator',
      numeratorZero: true,
      measure: 'procurement_execution_rate',
    });
    expect(computed('2.1')).toBeNull();
    expect(result.total).toBeNull();
  });

  it('with §四’s 公用经费 figures (0 and 0), 公用经费控制率 cannot be computed either', () => {
    const figures = { ...fixture.figures, public_funds_budget: 0, public_funds_actual: 0 };
    const node = evaluate(framework, figures, fixture.observations, {}).nodes.find((n) => n.id === '2.1.7');
    expect(node?.unscored).toEqual({
      kind: 'zero_denominator',
      measure: 'public_funds_control_rate',
      numeratorZero: true,
    });
  });
});

describe('seed 2 曹家湾 2023: the report’s own scores', () => {
  const result = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);

  it('reproduce its stated total 98 and grade 优', () => {
    expect(result.total).toBe(fixture.stated.total);
    expect(result.grade).toBe(fixture.stated.grade);
    expect(result.complete).toBe(true);
  });

  it('reproduce its level-1 table: 9 / 29 / 48 / 12', () => {
    expect(Object.fromEntries(result.level1.map((row) => [row.id, row.score]))).toEqual(
      fixture.stated.level1,
    );
  });

  it('list exactly where the report departs from its own rules', () => {
    const report = consistencyReport(framework, result, fixture.overrides, {
      total: fixture.stated.total,
      grade: fixture.stated.grade,
    });
    expect(
      report.findings.map((finding) =>
        finding.kind === 'override_departs'
          ? [finding.kind, finding.nodeId, finding.ruleScore, finding.finalScore]
          : [finding.kind, 'nodeId' in finding ? finding.nodeId : null],
      ),
    ).toEqual([
      ['override_departs', '1.2.2', '1.91', '2'],
      ['override_departs', '2.1.1', '1.87', '2'],
      ['override_departs', '2.1.4.1', '0', '0.5'],
      ['override_departs', '2.1.4.2', '0', '0.5'],
      ['override_departs', '2.1.4.3', '0.35', '0.5'],
      ['override_departs', '2.1.5', '0', '2'],
      ['override_departs', '2.1.6', '0', '2'],
      ['override_departs', '2.1.7', '0.85', '2'],
      ['override_departs', '2.1.9', '0', '2'],
      ['override_without_rule_score', '2.1.10'],
    ]);
    expect(report.total).toBe('98');
    expect(report.grade).toBe('优');
  });

  it('would total 89.48 (良, not 优) had its rules been followed (2.1.10, not computable, at the report’s 2)', () => {
    const judgement = fixture.overrides['2.1.10'];
    expect(judgement).toBeDefined();
    const overrides: Overrides = judgement === undefined ? {} : { '2.1.10': judgement };
    const ruled = evaluate(framework, fixture.figures, fixture.observations, overrides);
    // 98 − (0.09 + 0.13 + 0.5 + 0.5 + 0.15 + 2 + 2 + 1.15 + 2) = 89.48
    expect(ruled.level1.map((row) => row.score)).toEqual(['8.91', '20.57', '48', '12']);
    expect(ruled.total).toBe('89.48');
    expect(ruled.grade).toBe('良');
  });
});
