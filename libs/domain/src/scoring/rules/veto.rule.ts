import { ZERO } from '../decimal';
import { msg } from '../../messages/render';
import type { RuleContext, RuleOutcome } from './rule-context';
import { notApplicable, unscored } from './rule-context';
import { observedBoolean } from './yes-no.rule';

/** What a veto point says about its parent. */
export type VetoOutcome = RuleOutcome & { fired: boolean };

/**
 * A veto point ("发生…的，本项指标得0分") scores 0 itself; when it fired (observed true) its parent
 * is zeroed. Its observation is required like any other: an unanswered veto leaves the parent unscored.
 */
export function applyVeto(context: RuleContext): VetoOutcome {
  if (context.observed === undefined) {
    return { ...unscored({ kind: 'missing_observation' }, msg('veto.missing')), fired: false };
  }
  const fired = observedBoolean(context.observed);
  if (fired === null) {
    return { ...notApplicable(msg('yes_no.not_boolean', { value: String(context.observed) })), fired: false };
  }
  const name = context.node.name;
  return fired
    ? { score: ZERO, explanation: msg('veto.fired', { name }), fired: true }
    : { score: ZERO, explanation: msg('veto.not_fired', { name }), fired: false };
}
