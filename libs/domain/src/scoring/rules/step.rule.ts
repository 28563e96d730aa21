import { D, dec, roundScore } from '../decimal';
import type { StepRule } from '../framework.model';
import { formatAnchor, formatNumber } from '../format';
import { capDeduction } from './deduction-cap';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, notApplicable, scored, valueText } from './rule-context';

const ROUNDING_TEXT: Record<StepRule['rounding'], string> = {
  up: '不足一档按一档计',
  down: '不足一档不扣',
  exact: '不足一档按比例计',
};

/**
 * "超出10%的，超出一个百分点扣0.1分，直至1分扣完为止". The distance beyond the threshold is computed
 * in decimal (0.13 − 0.1 is 0.03, not 0.0299…), divided by the step, and rounded as the rule says.
 */
export function applyStep(rule: StepRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  if (!(rule.step > 0)) return notApplicable(`每档大小必须大于 0（${rule.step}）`);
  const x = new D(resolved.value);
  const threshold = new D(rule.threshold);
  const beyond = rule.direction === 'above' ? x.minus(threshold) : threshold.minus(x);
  const side = rule.direction === 'above' ? '超出' : '低于';
  const thresholdText = formatAnchor(threshold, resolved.unit);
  const value = valueText(resolved);
  if (!beyond.isPositive() || beyond.isZero()) {
    return scored(context.weight, context.weight, `${value}，未${side} ${thresholdText}，不扣分`);
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
    `${value}，${side} ${thresholdText} 共 ${formatNumber(exactSteps)} 档（每档 ${stepText}，${ROUNDING_TEXT[rule.rounding]}），` +
      `按 ${formatNumber(steps)} 档每档扣 ${roundScore(perStep)} 分${note}，共扣 ${roundScore(amount)} 分`,
  );
}
