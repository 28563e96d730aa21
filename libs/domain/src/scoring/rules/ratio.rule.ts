import { D, num, roundScore } from '../decimal';
import type { RatioRule } from '../framework.model';
import { formatNumber } from '../format';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, scored, unscored, valueText } from './rule-context';

/**
 * Ratio to target, capped at 1: weight × min(actual / target, 1) when higher is better,
 * weight × min(target / actual, 1) when lower is better (an actual of 0 is then the best possible).
 */
export function applyRatio(rule: RatioRule, context: RuleContext): RuleOutcome {
  const actual = context.resolve(rule.source);
  if (!actual.ok) return failed(actual);
  const target =
    typeof rule.target === 'number'
      ? { ok: true as const, value: rule.target, label: msg('value.target'), unit: actual.unit }
      : context.resolve(rule.target);
  if (!target.ok) return failed(target);
  const higher = rule.direction === 'higher_is_better';
  const numerator = num(higher ? actual.value : target.value);
  const denominator = num(higher ? target.value : actual.value);
  const values = msg('value.pair', { first: valueText(actual), second: valueText(target) });
  if (denominator.isZero()) {
    if (!higher) return scored(context.weight, context.weight, msg('ratio.actual_zero', { values }));
    return unscored(
      { kind: 'zero_denominator', measure: context.node.id, numeratorZero: numerator.isZero() },
      msg('ratio.target_zero_values', { values }),
    );
  }
  const ratio = numerator.div(denominator);
  const capped = D.min(ratio, 1);
  const score = capped.times(context.weight);
  const formula = `min(${formatNumber(numerator)} / ${formatNumber(denominator)}, 1) × ${roundScore(context.weight)}`;
  return scored(score, context.weight, msg('ratio.applied', { values, formula, score: roundScore(score) }));
}
