import { D, roundScore } from '../decimal';
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
  const x = new D(resolved.value);
  const zeroAt = new D(rule.zeroAt);
  const fullAt = new D(rule.fullAt);
  const fraction = x.minus(zeroAt).div(fullAt.minus(zeroAt));
  const value = valueText(resolved);
  const weight = roundScore(context.weight);
  if (fraction.greaterThanOrEqualTo(1)) {
    return scored(
      context.weight,
      context.weight,
      msg('linear.reached_full', { value, full: formatAnchor(fullAt, resolved.unit) }),
    );
  }
  if (fraction.lessThanOrEqualTo(0)) {
    return scored(
      new D(0),
      context.weight,
      msg('linear.not_above_zero', { value, zero: formatAnchor(zeroAt, resolved.unit) }),
    );
  }
  const score = fraction.times(context.weight);
  const formula = `(${formatNumber(x)} − ${formatNumber(zeroAt)}) / (${formatNumber(fullAt)} − ${formatNumber(zeroAt)}) × ${weight}`;
  return scored(score, context.weight, msg('linear.between', { value, formula, score: roundScore(score) }));
}
