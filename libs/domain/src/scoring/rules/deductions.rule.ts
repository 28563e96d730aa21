import { dec, num, roundScore } from '../decimal';
import type { DeductionsRule } from '../framework.model';
import { formatNumber } from '../format';
import { msg } from '../../messages/render';
import { capDeduction } from './deduction-cap';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, notApplicable, scored } from './rule-context';

/** "每发现一项不符合扣1分，扣完为止": weight − min(count × perFinding, maxDeduction, weight). */
export function applyDeductions(rule: DeductionsRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  if (resolved.value < 0) {
    return notApplicable(msg('deductions.negative_count', { count: formatNumber(resolved.value) }));
  }
  const count = num(resolved.value);
  const perFinding = dec(rule.perFinding);
  const { amount, note } = capDeduction(count.times(perFinding), context.weight, rule.maxDeduction);
  const score = context.weight.minus(amount);
  return scored(
    score,
    context.weight,
    msg('deductions.applied', {
      count: formatNumber(count),
      per: perFinding.toString(),
      cap: note,
      amount: roundScore(amount),
      weight: roundScore(context.weight),
      score: roundScore(score),
    }),
  );
}
