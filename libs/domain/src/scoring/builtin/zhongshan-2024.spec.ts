import { describe, expect, it } from 'vitest';
import type { EvaluationResult, IndicatorNode } from '../index';
import {
  GRADE_SCALES,
  consistencyReport,
  evaluate,
  parseFramework,
  validateFramework,
  validateOverrides,
} from '../index';
import { ZHONGSHAN_2024_FIXTURE as fixture } from './zhongshan-2024.fixture';
import { ZHONGSHAN_2024_FRAMEWORK as framework } from './zhongshan-2024.framework';

function flatten(nodes: readonly IndicatorNode[]): IndicatorNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

function byId(result: EvaluationResult): Map<string, EvaluationResult['nodes'][number]> {
  return new Map(result.nodes.map((node) => [node.id, node]));
}

describe('seed 1 中山路街道 2024: the framework', () => {
  it('has the report’s level-1 families and weights, 18 level-3 indicators, unique ids', () => {
    expect(framework.indicators.map((node) => [node.id, node.name, node.weight])).toEqual([
      ['1', '前期决策', '20'],
      ['2', '过程管理', '43'],
      ['3', '产出', '24'],
      ['4', '效益', '13'],
    ]);
    const nodes = flatten(framework.indicators);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expect(nodes.filter((node) => node.id.split('.').length === 3)).toHaveLength(18);
    expect(framework.gradeScale).toEqual(GRADE_SCALES.standard);
  });

  it('validates with exactly the report’s own inconsistencies: two band gaps and 5 + 5 points under a weight of 6', () => {
    const problems = validateFramework(framework);
    expect(problems.map(({ severity, code, nodeId }) => ({ severity, code, nodeId }))).toEqual([
      // "10-40%（含）…41-60%（含）…61-100%（含）": 40%–41% and 60%–61% belong to no band.
      { severity: 'warning', code: 'bands.gap', nodeId: '2.1.1' },
      { severity: 'warning', code: 'bands.gap', nodeId: '2.1.1' },
      // "①完成24个政府采购项目工作，得5分…②…得5分" under 政府采购工作完成率 (6): scoring points
      // that do not add up to the weight are reported, and the indicator is capped at its weight.
      { severity: 'warning', code: 'weights.points_sum', nodeId: '3.1.2' },
    ]);
    expect(problems[2]?.message).toBe('评分要点分值合计 10，不等于指标权重 6（得分以权重为上限）');
  });

  it('round-trips through JSON and parseFramework unchanged, warnings and all', () => {
    const parsed = parseFramework(JSON.parse(JSON.stringify(framework)));
    expect(parsed.framework).toEqual(framework);
    expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('accepts the report’s scores as overrides', () => {
    expect(validateOverrides(framework, fixture.overrides)).toEqual([]);
  });
});

describe('seed 1 中山路街道 2024: every rule applied to the report’s figures and findings', () => {
  const result = evaluate(framework, fixture.figures, fixture.observations, {});
  const nodes = byId(result);

  it('computes the measures the report quotes', () => {
    const value = (key: string) => result.measures.find((measure) => measure.key === key)?.value;
    // (4184.69 − 3592.06) / 3592.06 = 592.63 / 3592.06 = 16.498…% — the report's "16.5%".
    expect(value('budget_adjustment_rate')).toBeCloseTo(0.164983, 6);
    expect(value('carryover_rate')).toBe(0);
    // 2.72 / 3 — the report's "90.67%".
    expect(value('three_public_control_rate')).toBeCloseTo(0.906667, 6);
    expect(value('fixed_asset_utilisation_rate')).toBe(1);
    expect(value('budget_execution_rate')).toBe(1);
    // §六(一): "调整率为12.21%" and "调整率为34.71%" (决算 against 年初预算).
    expect(value('basic_adjustment_rate')).toBeCloseTo(0.122137, 6);
    expect(value('project_adjustment_rate')).toBeCloseTo(0.347066, 6);
    expect(result.measures.find((m) => m.key === 'budget_adjustment_rate')?.explanation).toBe(
      '预算调整率 = (4184.69 − 3592.06) / 3592.06 = 16.50%',
    );
  });

  it.each([
    // 1.1.1 财务合规性: ① yes → 2; ② 16.498% is 6.498 points over 10%, × 0.1 = 0.65 → 3 − 0.65 = 2.35; ③ did not happen.
    ['1.1.1.1', '2'],
    ['1.1.1.2', '2.35'],
    ['1.1.1.3', '0'],
    ['1.1.1', '4.35'],
    // 1.1.2 预决算信息公开: both published as required → 2.5 + 2.5.
    ['1.1.2.1', '2.5'],
    ['1.1.2.2', '2.5'],
    ['1.1.2', '5'],
    ['1.1', '9.35'],
    // 1.2.1 预算编制合理性: five yes points of 1.
    ['1.2.1', '5'],
    // 1.2.2 预算编制规范性: two items not met (项目库管理、新增项目事前绩效评估) × 1 → 5 − 2.
    ['1.2.2', '3'],
    ['1.2', '8'],
    ['1', '17.35'],
    // 2.1.1 预算调整率 16.50% in "10-40%（含）" → 2.
    ['2.1.1', '2'],
    // 2.1.2 结转结余率 0% ≤ 1% → 4.
    ['2.1.2', '4'],
    // 2.1.3 “三公”经费控制率 90.67% ≤ 100% → full 4.
    ['2.1.3', '4'],
    ['2.1', '10'],
    // 2.2 no finding → 6 and 6.
    ['2.2.1', '6'],
    ['2.2.2', '6'],
    // 2.3.1 no finding → 2.5 + 2.5; 2.3.2 mechanism yes (3), evidence provided (2).
    ['2.3.1', '5'],
    ['2.3.2.1', '3'],
    ['2.3.2.2', '2'],
    ['2.3.2', '5'],
    ['2.3', '10'],
    // 2.4.2 固定资产利用率 100% ≥ 90% → 4.
    ['2.4.2', '4'],
    // 3.1.1 (28/28) × 12.
    ['3.1.1', '12'],
    // 3.1.2 24 of 24 purchases done and compliant: 5 + 5 = 10, capped at the weight 6.
    ['3.1.2.1', '5'],
    ['3.1.2.2', '5'],
    ['3.1.2', '6'],
    // 3.1.3 "如有，得4分".
    ['3.1.3', '4'],
    ['3.1', '22'],
    ['3', '22'],
  ])('%s scores %s by its rule', (id, score) => {
    expect(nodes.get(id)?.computed).toBe(score);
  });

  it('leaves the three 酌情 indicators to the evaluator, so the rule-only total is open', () => {
    for (const id of ['2.4.1', '4.1.1', '4.2.1']) {
      expect(nodes.get(id)?.unscored).toEqual({ kind: 'judgement_required' });
    }
    expect(result.total).toBeNull();
    expect(result.complete).toBe(false);
  });

  it('explains the step deduction with the numbers', () => {
    expect(nodes.get('1.1.1.2')?.explanation).toContain('共扣 0.65 分，得 2.35 分');
  });
});

describe('seed 1 中山路街道 2024: the report’s own scores', () => {
  const result = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);

  it('reproduce its stated total 95.4 and grade 优', () => {
    expect(result.total).toBe(fixture.stated.total);
    expect(result.grade).toBe(fixture.stated.grade);
    expect(result.complete).toBe(true);
  });

  it('reproduce its level-1 table (表3): 17.4 / 41 / 24 / 13', () => {
    expect(Object.fromEntries(result.level1.map((row) => [row.id, row.score]))).toEqual(
      fixture.stated.level1,
    );
    expect(result.level1.map((row) => row.rate)).toEqual(['0.87', '0.9535', '1', '1']);
  });

  it('list exactly where the report departs from its own rules', () => {
    const report = consistencyReport(framework, result, fixture.overrides, {
      total: fixture.stated.total,
      grade: fixture.stated.grade,
    });
    expect(
      report.findings.map((finding) => [finding.kind, 'nodeId' in finding ? finding.nodeId : null]),
    ).toEqual([
      // 2.35 by the rule; the report deducts only whole points: "扣0.6分，得2.4分".
      ['override_departs', '1.1.1.2'],
      // 资产管理安全性: no points stated, scored 5 by judgement.
      ['override_without_rule_score', '2.4.1'],
      // "如有，得4分", the report gives 6.
      ['override_departs', '3.1.3'],
      ['override_without_rule_score', '4.1.1'],
      ['override_without_rule_score', '4.2.1'],
    ]);
    const departures = report.findings.flatMap((finding) =>
      finding.kind === 'override_departs' ? [[finding.nodeId, finding.ruleScore, finding.finalScore]] : [],
    );
    expect(departures).toEqual([
      ['1.1.1.2', '2.35', '2.4'],
      ['3.1.3', '4', '6'],
    ]);
    expect(report.total).toBe('95.4');
    expect(report.grade).toBe('优');
  });

  it('would total 93.35 (优) had its rules been followed (the three 酌情 scores kept)', () => {
    const judgements = Object.fromEntries(
      ['2.4.1', '4.1.1', '4.2.1'].flatMap((id) => {
        const override = fixture.overrides[id];
        return override === undefined ? [] : [[id, override]];
      }),
    );
    const ruled = evaluate(framework, fixture.figures, fixture.observations, judgements);
    // 95.4 − 0.05 (1.1.1.2) − 2 (3.1.3) = 93.35
    expect(ruled.level1.map((row) => row.score)).toEqual(['17.35', '41', '22', '13']);
    expect(ruled.total).toBe('93.35');
    expect(ruled.grade).toBe('优');
  });
});
