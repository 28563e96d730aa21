import { dec, isDecimalString, roundScore } from './decimal';
import type { ConsistencyFinding, ConsistencyReport, EvaluationResult, Overrides } from './evaluation.model';
import { describeUnscored } from './explain';
import type { DecimalString, Framework } from './framework.model';

/**
 * Rule and result side by side: overrides that depart from the rule, rules that could not be applied
 * and were not decided, and the recomputed total and grade against those a report states.
 * "Rules that could not be applied" are leaves only (a parent left unscored by its children is not
 * listed again).
 */
export function consistencyReport(
  framework: Framework,
  result: EvaluationResult,
  overrides: Overrides,
  stated?: { total?: DecimalString; grade?: string },
): ConsistencyReport {
  const findings: ConsistencyFinding[] = [];
  for (const node of result.nodes) {
    const override = overrides[node.id];
    const label = `指标 ${node.id}“${node.name}”`;
    if (override !== undefined && node.overridden && node.final !== null) {
      if (node.computed === null) {
        const why = node.unscored === null ? '' : `（${describeUnscored(node.unscored)}）`;
        findings.push({
          kind: 'override_without_rule_score',
          nodeId: node.id,
          finalScore: node.final,
          reason: override.reason,
          message: `${label}规则未能计分${why}，人工评为 ${node.final} 分，理由：${override.reason}`,
        });
      } else if (!dec(node.computed).equals(dec(node.final))) {
        findings.push({
          kind: 'override_departs',
          nodeId: node.id,
          ruleScore: node.computed,
          finalScore: node.final,
          reason: override.reason,
          message: `${label}人工调整为 ${node.final} 分（规则得 ${node.computed} 分），理由：${override.reason}`,
        });
      }
    } else if (node.final === null && node.unscored !== null && node.unscored.kind !== 'children_unscored') {
      findings.push({
        kind: 'rule_not_applied',
        nodeId: node.id,
        unscored: node.unscored,
        message: `${label}未评分：${describeUnscored(node.unscored)}`,
      });
    }
  }
  if (stated?.total !== undefined) {
    const same =
      result.total !== null && isDecimalString(stated.total) && dec(stated.total).equals(dec(result.total));
    if (!same) {
      findings.push({
        kind: 'stated_total_differs',
        stated: stated.total,
        computed: result.total,
        message: `报告所述总分 ${stated.total}，按指标得分重新合计为 ${result.total ?? '（无法合计）'}`,
      });
    }
  }
  if (stated?.grade !== undefined && stated.grade !== result.grade) {
    findings.push({
      kind: 'stated_grade_differs',
      stated: stated.grade,
      computed: result.grade,
      message: `报告所述等级“${stated.grade}”，按总分与“${framework.gradeScale.name}”应为“${result.grade ?? '（无法确定）'}”`,
    });
  }
  return { findings, total: result.total === null ? null : roundScore(result.total), grade: result.grade };
}
