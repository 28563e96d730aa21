import { D, roundScore } from '../decimal';
import type { ProportionalRule } from '../framework.model';
import { formatNumber } from '../format';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, scored, unscored } from './rule-context';

/** "完成两个项目得分为(2/28)×12": n / N × weight; N = 0 leaves the leaf unscored. */
export function applyProportional(rule: ProportionalRule, context: RuleContext): RuleOutcome {
  const count = context.resolve(rule.source);
  if (!count.ok) return failed(count);
  const of =
    typeof rule.of === 'number'
      ? { ok: true as const, value: rule.of, label: '总数', unit: 'number' as const }
      : context.resolve(rule.of);
  if (!of.ok) return failed(of);
  const n = new D(count.value);
  const total = new D(of.value);
  if (total.isZero()) {
    return unscored(
      { kind: 'zero_denominator', measure: context.node.id },
      `${formatNumber(n)} / 0：总数为 0，无法按比例计分`,
    );
  }
  const score = n.div(total).times(context.weight);
  return scored(
    score,
    context.weight,
    `(${formatNumber(n)} / ${formatNumber(total)}) × ${roundScore(context.weight)} = ${roundScore(score)}`,
  );
}
