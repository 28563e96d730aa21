import { dec, num, roundScore } from '../decimal';
import type { StepRule } from '../framework.model';
import { formatAnchor, formatNumber } from '../format';
import type { MessageCode } from '../../messages/catalog';
import { msg } from '../../messages/render';
import { capDeduction } from './deduction-cap';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, notApplicable, scored, valueText } from './rule-context';

const ROUNDING_TEXT: Record<StepRule['rounding'], MessageCode> = {
  up: 'step.rounding_up',
  down: 'step.rounding_down',
  exact: 'step.rounding_exact',
};

/**
 * "超出10%的，超出一个百分点扣0.1分，直至1分扣完为止". The distance beyond the threshold is computed
 * in decimal (0.13 − 0.1 is 0.03, not 0.0299…), divided by the step, and rounded as the rule says.
 */
export function applyStep(rule: StepRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  if (!(rule.step > 0)) return notApplicable(msg('step.step_not_positive', { step: rule.step }));
  const x = num(resolved.value);
  const threshold = num(rule.threshold);
  const beyond = rule.direction === 'above' ? x.minus(threshold) : threshold.minus(x);
  const side = msg(rule.direction === 'above' ? 'step.side_above' : 'step.side_below');
  const thresholdText = formatAnchor(rule.threshold, resolved.unit);
  const value = valueText(resolved);
  if (!beyond.isPositive() || beyond.isZero()) {
    return scored(
      context.weight,
      context.weight,
      msg('step.within', { value, side, threshold: thresholdText }),
    );
  }
  const exactSteps = beyond.div(rule.step);
  const steps =
    rule.rounding === 'up' ? exactSteps.ceil() : rule.rounding === 'down' ? exactSteps.floor() : exactSteps;
  const perStep = dec(rule.perStep);
  const { amount, note } = capDeduction(steps.times(perStep), context.weight, rule.maxDeduction);
  const score = context.weight.minus(amount);
  const stepText = resolved.unit === 'rate' ? `${formatAnchor(rule.step, 'rate')}` : formatNumber(rule.step);
  return scored(
    score,
    context.weight,
    msg('step.applied', {
      value,
      side,
      threshold: thresholdText,
      steps: formatNumber(exactSteps),
      step: stepText,
      rounding: msg(ROUNDING_TEXT[rule.rounding]),
      counted: formatNumber(steps),
      per: roundScore(perStep),
      cap: note,
      amount: roundScore(amount),
    }),
  );
}
