import { D } from '../decimal';
import type { ThresholdRule } from '../framework.model';
import { formatAnchor } from '../format';
import type { RuleContext, RuleOutcome } from './rule-context';
import { failed, scored, valueText } from './rule-context';

const SYMBOL: Record<ThresholdRule['comparator'], string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
};

function holds(comparator: ThresholdRule['comparator'], x: number, value: number): boolean {
  const difference = new D(x).comparedTo(value);
  switch (comparator) {
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
    case '>':
      return difference > 0;
    case '>=':
      return difference >= 0;
    case '=':
      return difference === 0;
  }
}

/** Pass/fail: the full weight when `value comparator threshold` holds, else 0. */
export function applyThreshold(rule: ThresholdRule, context: RuleContext): RuleOutcome {
  const resolved = context.resolve(rule.source);
  if (!resolved.ok) return failed(resolved);
  const pass = holds(rule.comparator, resolved.value, rule.value);
  const condition = `${SYMBOL[rule.comparator]} ${formatAnchor(rule.value, resolved.unit)}`;
  return scored(
    pass ? context.weight : new D(0),
    context.weight,
    `${valueText(resolved)}，${pass ? '满足' : '不满足'}“${condition}”`,
  );
}
