import type { ScoringRule, StepRule, RatioRule } from '@jixiao/domain';
import { formatNumber } from '../number-text';
import { formatBands } from './bands-text';
import { formatLevels } from './levels-text';
import { formatOperand } from './operand-text';
import { formatThreshold } from './threshold-text';
import { formatZeroDenominator } from './zero-denominator-text';

/** Parameter names of the keyed rule kinds, as written in 规则参数. */
export const PARAM = {
  zeroAt: '零分点',
  fullAt: '满分点',
  perFinding: '每项扣分',
  maxDeduction: '最多扣分',
  threshold: '阈值',
  direction: '方向',
  step: '步长',
  perStep: '每步扣分',
  rounding: '取整',
  target: '目标',
  of: '总数',
  yes: '是',
  no: '否',
} as const;

export const STEP_DIRECTIONS: Record<string, StepRule['direction']> = { 高于: 'above', 低于: 'below' };
export const STEP_ROUNDINGS: Record<string, StepRule['rounding']> = {
  向上: 'up',
  向下: 'down',
  按比例: 'exact',
};
export const RATIO_DIRECTIONS: Record<string, RatioRule['direction']> = {
  越高越好: 'higher_is_better',
  越低越好: 'lower_is_better',
};

function nameOf<T extends string>(choices: Record<string, T>, value: T): string {
  return Object.keys(choices).find((name) => choices[name] === value) ?? value;
}

function pairs(entries: readonly (readonly [string, string | undefined])[]): string {
  return entries
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

/** The 规则参数 text of a rule (the source goes in its own column), with its zero-denominator verdict. */
export function formatRuleParams(rule: ScoringRule): string {
  const own = formatOwnParams(rule);
  const verdict = formatZeroDenominator(rule);
  return verdict === '' ? own : own === '' ? verdict : `${own}; ${verdict}`;
}

function formatOwnParams(rule: ScoringRule): string {
  switch (rule.kind) {
    case 'linear':
      return pairs([
        [PARAM.zeroAt, formatNumber(rule.zeroAt)],
        [PARAM.fullAt, formatNumber(rule.fullAt)],
      ]);
    case 'bands':
      return formatBands(rule.bands);
    case 'deductions':
      return pairs([
        [PARAM.perFinding, rule.perFinding],
        [PARAM.maxDeduction, rule.maxDeduction],
      ]);
    case 'step':
      return pairs([
        [PARAM.threshold, formatNumber(rule.threshold)],
        [PARAM.direction, nameOf(STEP_DIRECTIONS, rule.direction)],
        [PARAM.step, formatNumber(rule.step)],
        [PARAM.perStep, rule.perStep],
        [PARAM.rounding, nameOf(STEP_ROUNDINGS, rule.rounding)],
        [PARAM.maxDeduction, rule.maxDeduction],
      ]);
    case 'levels':
      return formatLevels(rule.levels);
    case 'yes_no':
      return pairs([
        [PARAM.yes, rule.yesPoints],
        [PARAM.no, rule.noPoints],
      ]);
    case 'threshold':
      return formatThreshold(rule);
    case 'ratio':
      return pairs([
        [PARAM.target, formatOperand(rule.target)],
        [PARAM.direction, nameOf(RATIO_DIRECTIONS, rule.direction)],
      ]);
    case 'proportional':
      return pairs([[PARAM.of, formatOperand(rule.of)]]);
    case 'veto':
    case 'judgement':
      return '';
  }
}
