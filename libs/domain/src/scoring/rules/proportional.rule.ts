import { num, roundScore } from '../decimal';
import type { ProportionalRule } from '../framework.model';
import { formatNumber } from '../format';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, scored, unscored } from './rule-context';

/** "完成两个项目得分为(2/28)×12": n / N × weight; N = 0 leaves the leaf unscored. */
export function applyProportional(rule: ProportionalRule, context: RuleContext): RuleOutcome {
  const count = context.resolve(rule.source);
  if (!count.ok) return failed(count);
  const of =
    typeof rule.of === 'number'
      ? { ok: true as const, value: rule.of, label: msg('value.total'), unit: 'number' as const }
      : context.resolve(rule.of);
  if (!of.ok) return failed(of);
  const n = num(count.value);
  const total = num(of.value);
  if (total.isZero()) {
    return unscored(
      { kind: 'zero_denominator', measure: context.node.id, numeratorZero: n.isZero() },
      msg('proportional.of_zero_value', { n: formatNumber(n) }),
    );
  }
  const score = n.div(total).times(context.weight);
  return scored(
    score,
    context.weight,
    msg('proportional.applied', {
      n: formatNumber(n),
      total: formatNumber(total),
      weight: roundScore(context.weight),
      score: roundScore(score),
    }),
  );
}
