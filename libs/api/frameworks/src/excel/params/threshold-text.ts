import type { ThresholdRule } from '@jixiao/domain';
import { formatNumber, parseNumberText } from '../number-text';
import { asciiBrackets, asciiMinus, halfWidth } from '../text-normalise';
import { fail, ok, type Parsed } from './parsed';

type Comparator = ThresholdRule['comparator'];
type Condition = Pick<ThresholdRule, 'comparator' | 'value' | 'upper'>;

/**
 * 达标: a comparison and a value, `<=1` (also ≤, ≥, ＜ …); the value may be a percentage (`<=100%`).
 * A range, both bounds included, is `[-15%,15%]`, `-15%~15%` or `在-15%和15%之间`.
 */
export function formatThreshold(rule: Condition): string {
  if (rule.comparator === 'between')
    return `[${formatNumber(rule.value)},${formatNumber(rule.upper ?? rule.value)}]`;
  return `${rule.comparator}${formatNumber(rule.value)}`;
}

const COMPARATORS: Record<string, Exclude<Comparator, 'between'>> = {
  '<=': '<=',
  '≤': '<=',
  '>=': '>=',
  '≥': '>=',
  '<': '<',
  '>': '>',
  '=': '=',
  '==': '=',
};

const RANGES = [
  /^\[\s*(.+?)\s*,\s*(.+?)\s*\]$/,
  /^在?\s*(.+?)\s*(?:和|与|到|至)\s*(.+?)\s*之间$/,
  /^(.+?)\s*[~～至到]\s*(.+?)$/,
];

function parseRange(text: string): Parsed<Condition> | null {
  for (const pattern of RANGES) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const value = parseNumberText(match[1] ?? '');
    const upper = parseNumberText(match[2] ?? '');
    if (value === null || upper === null) continue;
    return ok({ comparator: 'between', value, upper });
  }
  return null;
}

export function parseThreshold(text: string): Parsed<Condition> {
  const normalised = asciiMinus(asciiBrackets(halfWidth(text))).trim();
  const range = parseRange(normalised);
  if (range !== null) return range;
  const match = /^\s*(<=|>=|==|≤|≥|<|>|=)\s*(.+?)\s*$/.exec(normalised);
  const comparator = match ? COMPARATORS[match[1] ?? ''] : undefined;
  if (!match || comparator === undefined) return fail('param.threshold_form', { text });
  const value = parseNumberText(match[2] ?? '');
  return value === null
    ? fail('param.threshold_not_number', { text: match[2] ?? '' })
    : ok({ comparator, value });
}
