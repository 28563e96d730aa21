import type { ThresholdRule } from '@jixiao/domain';
import { formatNumber, parseNumberText } from '../number-text';
import { halfWidth } from '../text-normalise';
import { fail, ok, type Parsed } from './parsed';

type Comparator = ThresholdRule['comparator'];

/** 达标: a comparison and a value, `<=1` (also ≤, ≥, ＜ …); the value may be a percentage (`<=100%`). */
export function formatThreshold(rule: Pick<ThresholdRule, 'comparator' | 'value'>): string {
  return `${rule.comparator}${formatNumber(rule.value)}`;
}

const COMPARATORS: Record<string, Comparator> = {
  '<=': '<=',
  '≤': '<=',
  '>=': '>=',
  '≥': '>=',
  '<': '<',
  '>': '>',
  '=': '=',
  '==': '=',
};

export function parseThreshold(text: string): Parsed<Pick<ThresholdRule, 'comparator' | 'value'>> {
  const match = /^\s*(<=|>=|==|≤|≥|<|>|=)\s*(.+?)\s*$/.exec(halfWidth(text));
  const comparator = match ? COMPARATORS[match[1] ?? ''] : undefined;
  if (!match || comparator === undefined) return fail(`达标条件应写成“比较符 数值”，如 <=1：'${text}'`);
  const value = parseNumberText(match[2] ?? '');
  return value === null ? fail(`达标条件的数值不是数字：'${match[2] ?? ''}'`) : ok({ comparator, value });
}
