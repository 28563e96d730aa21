import { ZERO, num } from '../decimal';
import type { ThresholdRule } from '../framework.model';
import { formatAnchor } from '../format';
import type { DisplayUnit } from '../format';
import type { MessageParam } from '../../messages/message';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, scored, valueText } from './rule-context';

const SYMBOL: Record<Exclude<ThresholdRule['comparator'], 'between'>, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
};

/** Does `x comparator value` (or value ≤ x ≤ upper for "between") hold? Compared in decimal. */
export function thresholdHolds(
  rule: Pick<ThresholdRule, 'comparator' | 'value' | 'upper'>,
  x: number,
): boolean {
  const difference = num(x).comparedTo(num(rule.value));
  switch (rule.comparator) {
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
    case '>':
      return difference > 0;
    case '>=':
      return difference >= 0;
    case '=':
      return difference === 0;
    case 'between':
      return difference >= 0 && num(x).comparedTo(num(rule.upper ?? rule.value)) <= 0;
  }
}

/** "≤ 100%", "在 -15% 与 15% 之间". */
export function thresholdCondition(rule: ThresholdRule, unit: DisplayUnit): MessageParam {
  if (rule.comparator === 'between') {
    return msg('threshold.between', {
      min: formatAnchor(rule.value, unit),
      max: formatAnchor(rule.upper ?? rule.value, unit),
    });
  }
  return `${SYMBOL[rule.comparator]} ${formatAnchor(rule.value, unit)}`;
}

/** Pass/fail: the full weight when `value comparator threshold` (or "between value and upper") holds, else 0. */
export function applyThreshold(rule: ThresholdRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  const pass = thresholdHolds(rule, resolved.value);
  const condition = thresholdCondition(rule, resolved.unit);
  return scored(
    pass ? context.weight : ZERO,
    context.weight,
    msg(pass ? 'threshold.met' : 'threshold.not_met', { value: valueText(resolved), condition }),
  );
}
