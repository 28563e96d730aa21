import { dec, isDecimalString, roundScore } from './decimal';
import type { Dec } from './decimal';
import type { FrameworkProblem } from './evaluation.model';
import type { DecimalString, IndicatorNode } from './framework.model';
import { error } from './problems';
import type { Message } from '../messages/message';
import { msg } from '../messages/render';

/** Checks one decimal field; returns it when valid (and, unless `negativeAllowed`, not negative). */
export function decimalField(
  value: DecimalString,
  field: Message,
  nodeId: string | null,
  problems: FrameworkProblem[],
  checkNegative = true,
): Dec | null {
  if (!isDecimalString(value)) {
    problems.push(error('decimal.invalid', nodeId, { field, value: String(value) }));
    return null;
  }
  const parsed = dec(value);
  if (checkNegative && parsed.lessThan(0)) problems.push(error('decimal.negative', nodeId, { field, value }));
  return parsed;
}

/** Points a rule gives must fit the weight. */
export function pointsWithinWeight(
  points: Dec | null,
  weight: Dec,
  what: Message,
  node: IndicatorNode,
  problems: FrameworkProblem[],
): void {
  if (points !== null && points.greaterThan(weight)) {
    problems.push(
      error('rule.points_exceed_weight', node.id, {
        what,
        points: roundScore(points),
        weight: roundScore(weight),
      }),
    );
  }
}

/** Exemption and extra deductions of a node (any level). */
export function validateClauses(node: IndicatorNode, weight: Dec, problems: FrameworkProblem[]): void {
  if (node.exemption !== undefined && node.exemption.condition.trim() === '') {
    problems.push(error('exemption.condition_empty', node.id));
  }
  for (const deduction of node.deductions ?? []) {
    if (deduction.label.trim() === '') problems.push(error('extra_deduction.label_empty', node.id));
    const field = msg('field.extra_deduction', { label: deduction.label });
    decimalField(deduction.perFinding, field, node.id, problems);
    if (deduction.maxDeduction !== undefined) {
      const max = decimalField(deduction.maxDeduction, msg('field.max_deduction'), node.id, problems);
      pointsWithinWeight(max, weight, msg('field.max_deduction'), node, problems);
    }
  }
}

/** The problems of a node's exemption and extra deductions alone, for a form showing them by field. */
export function clauseProblems(node: IndicatorNode): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const weight = isDecimalString(node.weight) ? dec(node.weight) : dec('0');
  validateClauses(node, weight, problems);
  return problems;
}
