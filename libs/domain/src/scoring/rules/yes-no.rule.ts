import { ZERO, dec } from '../decimal';
import type { YesNoRule } from '../framework.model';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { notApplicable, scored, unscored } from './rule-context';

const YES = new Set(['true', 'yes', '是', '1']);
const NO = new Set(['false', 'no', '否', '0']);

/** Reads a yes/no observation: a boolean, or "是"/"否", "yes"/"no", 1/0. */
export function observedBoolean(observed: unknown): boolean | null {
  if (typeof observed === 'boolean') return observed;
  const text = String(observed).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/** Yes scores `yesPoints` (default the full weight), no scores `noPoints` (default 0). */
export function applyYesNo(rule: YesNoRule, context: RuleContext): RuleOutcome {
  if (context.observed === undefined) return unscored({ kind: 'missing_observation' }, msg('yes_no.missing'));
  const answer = observedBoolean(context.observed);
  if (answer === null) return notApplicable(msg('yes_no.not_boolean', { value: String(context.observed) }));
  const points = answer
    ? rule.yesPoints === undefined
      ? context.weight
      : dec(rule.yesPoints)
    : rule.noPoints === undefined
      ? ZERO
      : dec(rule.noPoints);
  return scored(points, context.weight, msg(answer ? 'yes_no.yes' : 'yes_no.no'));
}
