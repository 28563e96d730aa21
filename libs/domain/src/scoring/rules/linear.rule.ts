import { ZERO, num, roundScore } from '../decimal';
import type { LinearRule } from '../framework.model';
import { formatAnchor, formatNumber } from '../format';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, notApplicable, scored, valueText } from './rule-context';

/**
 * Linear between two anchors: weight × clamp((x − zeroAt) / (fullAt − zeroAt), 0, 1).
 * fullAt < zeroAt means lower is better; the same formula covers both directions.
 */
export function applyLinear(rule: LinearRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  if (rule.zeroAt === rule.fullAt) return notApplicable(msg('linear.equal_anchors', { value: rule.fullAt }));
  const x = num(resolved.value);
  const zeroAt = num(rule.zeroAt);
  const fullAt = num(rule.fullAt);
  const fraction = x.minus(zeroAt).div(fullAt.minus(zeroAt));
  const value = valueText(resolved);
  const weight = roundScore(context.weight);
  if (fraction.greaterThanOrEqualTo(1)) {
    return scored(
      context.weight,
      context.weight,
      msg('linear.reached_full', { value, full: formatAnchor(rule.fullAt, resolved.unit) }),
    );
  }
  if (fraction.lessThanOrEqualTo(0)) {
    return scored(
      ZERO,
      context.weight,
      msg('linear.not_above_zero', { value, zero: formatAnchor(rule.zeroAt, resolved.unit) }),
    );
  }
  const score = fraction.times(context.weight);
  const formula = `(${formatNumber(resolved.value)} − ${formatNumber(rule.zeroAt)}) / (${formatNumber(rule.fullAt)} − ${formatNumber(rule.zeroAt)}) × ${weight}`;
  return scored(score, context.weight, msg('linear.between', { value, formula, score: roundScore(score) }));
}
