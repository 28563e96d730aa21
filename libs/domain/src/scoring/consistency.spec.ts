import { describe, expect, it } from 'vitest';
import { consistencyReport } from './consistency';
import { evaluate } from './evaluate';
import { framework, leaf, observed } from './spec-helpers';

const f = framework([
  leaf('1', '40', { kind: 'linear', source: observed, zeroAt: 0.6, fullAt: 1 }),
  leaf('2', '30', { kind: 'judgement' }),
  leaf('3', '30', { kind: 'yes_no' }),
]);

describe('consistencyReport', () => {
  it('lists departing overrides, undecided rules, and a differing stated total and grade', () => {
    const overrides = {
      '1': { score: '40', reason: '实际执行良好' },
      '2': { score: '25', reason: '基本完善' },
    };
    const result = evaluate(f, {}, { '1': 0.9 }, overrides);
    const report = consistencyReport(f, result, overrides, { total: '95', grade: '优' });
    expect(report.findings.map((finding) => finding.kind)).toEqual([
      'override_departs',
      'override_without_rule_score',
      'rule_not_applied',
      'stated_total_differs',
      'stated_grade_differs',
    ]);
    expect(report.findings[0]?.message).toContain('人工调整为 40 分（规则得 30 分），理由：实际执行良好');
    expect(report.total).toBeNull();
  });

  it('is silent when everything agrees', () => {
    const overrides = { '2': { score: '30', reason: '完善' } };
    const result = evaluate(f, {}, { '1': 1, '3': true }, overrides);
    const report = consistencyReport(f, result, overrides, { total: '100.00', grade: '优' });
    expect(report.findings.map((finding) => finding.kind)).toEqual(['override_without_rule_score']);
    expect(report).toMatchObject({ total: '100', grade: '优' });
  });
});
