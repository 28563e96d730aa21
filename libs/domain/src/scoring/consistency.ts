import { dec, isDecimalString, roundScore } from './decimal';
import type { ConsistencyFinding, ConsistencyReport, EvaluationResult, Overrides } from './evaluation.model';
import { describeUnscored } from './explain';
import type { DecimalString, Framework } from './framework.model';
import type { Message } from '../messages/message';
import { msg, renderMessage } from '../messages/render';

/** A stated total as a report gives it: "92.5" or 92.5 (a number sent as JSON). */
function statedText(value: DecimalString | number): DecimalString {
  return typeof value === 'number' ? String(value) : value.trim();
}

function withText<T extends { detail: Message }>(finding: T): T & { message: string } {
  return { ...finding, message: renderMessage(finding.detail) };
}

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
  stated?: { total?: DecimalString | number; grade?: string },
): ConsistencyReport {
  const findings: ConsistencyFinding[] = [];
  for (const node of result.nodes) {
    const override = overrides[node.id];
    const label = msg('finding.node', { id: node.id, name: node.name });
    const reason = node.overrideReason ?? '';
    if (override !== undefined && node.overridden && node.final !== null) {
      if (node.computed === null) {
        const why =
          node.unscored === null ? '' : msg('finding.why', { reason: describeUnscored(node.unscored) });
        findings.push(
          withText({
            kind: 'override_without_rule_score' as const,
            nodeId: node.id,
            finalScore: node.final,
            reason,
            detail: msg('finding.override_without_rule_score', { label, why, score: node.final, reason }),
          }),
        );
      } else if (!dec(node.computed).equals(dec(node.final))) {
        findings.push(
          withText({
            kind: 'override_departs' as const,
            nodeId: node.id,
            ruleScore: node.computed,
            finalScore: node.final,
            reason,
            detail: msg('finding.override_departs', {
              label,
              score: node.final,
              rule: node.computed,
              reason,
            }),
          }),
        );
      }
    } else if (node.final === null && node.unscored !== null && node.unscored.kind !== 'children_unscored') {
      findings.push(
        withText({
          kind: 'rule_not_applied' as const,
          nodeId: node.id,
          unscored: node.unscored,
          detail: msg('finding.rule_not_applied', { label, why: describeUnscored(node.unscored) }),
        }),
      );
    }
  }
  if (stated?.total !== undefined) {
    const text = statedText(stated.total);
    const same = result.total !== null && isDecimalString(text) && dec(text).equals(dec(result.total));
    if (!same) {
      findings.push(
        withText({
          kind: 'stated_total_differs' as const,
          stated: text,
          computed: result.total,
          detail: msg('finding.stated_total_differs', {
            stated: text,
            computed: result.total ?? msg('finding.no_total'),
          }),
        }),
      );
    }
  }
  if (stated?.grade !== undefined && stated.grade.trim() !== result.grade) {
    findings.push(
      withText({
        kind: 'stated_grade_differs' as const,
        stated: stated.grade,
        computed: result.grade,
        detail: msg('finding.stated_grade_differs', {
          stated: stated.grade,
          scale: framework.gradeScale.name,
          computed: result.grade ?? msg('finding.no_grade'),
        }),
      }),
    );
  }
  return { findings, total: result.total === null ? null : roundScore(result.total), grade: result.grade };
}
